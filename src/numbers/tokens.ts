// Splits text into digit runs, letter runs and single other characters, keeping offsets.
// A hand-written loop: the scanner runs on every pair and a /u regex over the text is several times slower.

export type TokenType = 'digits' | 'word' | 'punct';

export interface Token {
  /** Offsets into the scanned text, half-open. */
  s: number;
  e: number;
  t: string;
  /** Lower-cased text, for table look-ups. */
  lc: string;
  type: TokenType;
}

const LETTER = /[\p{L}\p{M}]/u;

// Character classes of the common range (ASCII, Latin-1, Latin Extended), looked up in one table.
const SPACE = 1;
const DIGIT = 2;
/** A letter that is its own lower case. */
const LOWER = 4;
/** A letter toLowerCase may change (capitals; anything beyond the table is asked the slow way). */
const CAPITAL = 8;
const TABLE_END = 0x250;
const CLASS = buildClasses();

function buildClasses(): Uint8Array {
  const cls = new Uint8Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    if (c <= 32 || c === 0xa0 || c === 0x85) cls[c] = SPACE;
    else if (c >= 48 && c <= 57) cls[c] = DIGIT;
    else if (LETTER.test(ch)) cls[c] = ch.toLowerCase() === ch ? LOWER : CAPITAL;
  }
  return cls;
}

function classOf(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < TABLE_END) return CLASS[c];
  if ((c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff) return SPACE;
  return LETTER.test(text[k]) ? CAPITAL : 0;
}

const DOT = 46;
const COMMA = 44;
const COLON = 58;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(text: string, k: number): boolean {
  return (classOf(text, k) & (LOWER | CAPITAL)) !== 0;
}

/** Digit runs keep inner separators (1,300.5 / 1.300,5 / 19:45); letter runs keep combining marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    // classOf's table look-up written out, here and in the letter loop: these run once per character.
    const first = text.charCodeAt(k);
    const cls = first < TABLE_END ? CLASS[first] : classOf(text, k);
    if (cls === SPACE) {
      k++;
      continue;
    }
    const s = k;
    if (cls === DIGIT) {
      k = digitRunEnd(text, k + 1);
      // Inner separators: a dot, comma or colon with a digit right after it.
      for (let c = text.charCodeAt(k); (c === DOT || c === COMMA || c === COLON) && isDigit(text.charCodeAt(k + 1)); c = text.charCodeAt(k)) {
        k = digitRunEnd(text, k + 2);
      }
      const t = text.slice(s, k);
      out.push({ s, e: k, t, lc: t, type: 'digits' });
    } else if (cls >= LOWER) {
      // Most words are already lower case: they need no lower-cased copy.
      let seen = cls;
      for (k++; k < n; k++) {
        const c = text.charCodeAt(k);
        const next = c < TABLE_END ? CLASS[c] : classOf(text, k);
        if (next < LOWER) break;
        seen |= next;
      }
      const t = text.slice(s, k);
      out.push({ s, e: k, t, lc: seen & CAPITAL ? t.toLowerCase() : t, type: 'word' });
    } else {
      k++;
      const t = text[s];
      out.push({ s, e: k, t, lc: t, type: 'punct' });
    }
  }
  return out;
}

/** End of the run of ASCII digits starting at k. */
function digitRunEnd(text: string, k: number): number {
  while (isDigit(text.charCodeAt(k))) k++;
  return k;
}

/** Whether two neighbouring tokens touch (no space between them). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.e === b.s;
}
