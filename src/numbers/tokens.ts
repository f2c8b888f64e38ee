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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x85;
}

// Latin-1 and Latin Extended (umlauts, ß, accents): letters without the regex, except × and ÷.
const LATIN_END = 0x24f;
const TIMES = 0xd7;
const DIVIDE = 0xf7;

function isLetter(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= LATIN_END) return c !== TIMES && c !== DIVIDE;
  return LETTER.test(text[k]);
}

/** Digit runs keep inner separators (1,300.5 / 1.300,5 / 19:45); letter runs keep combining marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) {
      k++;
      continue;
    }
    const s = k;
    if (isDigit(c)) {
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      while (k + 1 < n && (text[k] === '.' || text[k] === ',' || text[k] === ':') && isDigit(text.charCodeAt(k + 1))) {
        k++;
        while (k < n && isDigit(text.charCodeAt(k))) k++;
      }
      const t = text.slice(s, k);
      out.push({ s, e: k, t, lc: t, type: 'digits' });
    } else if (isLetter(text, k)) {
      while (k < n && isLetter(text, k)) k++;
      const t = text.slice(s, k);
      out.push({ s, e: k, t, lc: t.toLowerCase(), type: 'word' });
    } else {
      k++;
      const t = text[s];
      out.push({ s, e: k, t, lc: t, type: 'punct' });
    }
  }
  return out;
}

/** Whether two neighbouring tokens touch (no space between them). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.e === b.s;
}
