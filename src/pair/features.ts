// Language-independent evidence that an article and its translation share: numbers (normalised
// across locales), names and capitalised tokens, cognate word prefixes, month names.
import { charClasses, DIGIT, LETTER, UPPER } from '../detect/char-classes.js';
import { LANGUAGES } from '../lang/index.js';
import type { Lang } from '../types.js';
import { numberFormatOf, type NumberFormat } from './lang/index.js';
import { IntMap } from './int-map.js';
import { TokenTable } from './token-table.js';

/**
 * Cognates share their first letters far more often than whole words (Parlament / parliament).
 * Five letters: four matched too many unrelated words across the languages on the dev set.
 */
const PREFIX_LENGTH = 5;
/** Shorter words are mostly function words: their prefixes only add noise. */
const MIN_PREFIX_WORD = 5;
/**
 * Lead only: the work per document is capped. On the dev set 4,000 characters keep the margins of
 * 6,000 (weakest true pair 0.28, best no-partner candidate 0.19); on 10,000 generated pairs they
 * find 9,908 true pairs against 9,942 (3,000: 9,885) for about a fifth less tokenizing.
 */
export const MAX_FEATURE_CHARS = 4_000;

/** Feature kinds, the first character of a feature key. */
export const NUMBER = '#';
export const NAME = 'N';
const PREFIX = 'P';
const MONTH = 'M';

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
/**
 * Spellings that swap between English and German transliterations (Kazakhstan / Kasachstan,
 * Tokayev / Tokajew, commission / Kommission) fold to one letter.
 */
const COGNATE_LETTERS: Record<string, string> = { c: 'k', q: 'k', z: 's', w: 'v', y: 'i', j: 'i', ß: 'ss' };
const COGNATE = /[cqzwyjß]/g;
/** ASCII lower-case letter -> its folded letter's index 1..26 (0: not a-z), for packed prefix codes. */
const FOLDED_INDEX = (() => {
  const index = new Uint8Array(128);
  for (let c = 97; c <= 122; c++) {
    const ch = String.fromCharCode(c);
    index[c] = (COGNATE_LETTERS[ch] ?? ch).charCodeAt(0) - 96;
  }
  return index;
})();

/** Lower case, no accents, transliteration-prone letters folded: the shape cognates share. */
export function fold(word: string): string {
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) w = w.normalize('NFD').replace(MARKS, '');
  return w.replace(COGNATE, (c) => COGNATE_LETTERS[c]);
}

/** Digit runs short enough to be exact doubles: their value's decimal form is the run itself. */
const PLAIN_DIGITS = /^\d{1,15}$/;
const LEADING_ZEROS = /^0+(?=\d)/;
/** Integers short enough to be exact doubles, without leading zeros: String(Number(s)) gives them back. */
const CANONICAL_INTEGER = /^[1-9]\d{0,14}$/;

/** Whether every `sep` in `s` is followed by three digits, as thousands groups are ("1,300"; "3,14" is no grouping). */
function groupsThousands(s: string, sep: string): boolean {
  for (let at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, at + sep.length)) {
    for (let k = at + sep.length; k < at + sep.length + 3; k++) if (!(s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57)) return false;
  }
  return true;
}

/**
 * A number as written in `format`, as a locale-free decimal string ("1.300,5" de -> "1300.5").
 * Separators are found with indexOf, not split and a regex per part: new numbers are most of the
 * tokens a generated or financial corpus adds to the vocabulary.
 */
export function normaliseNumber(raw: string, format: NumberFormat): string {
  if (PLAIN_DIGITS.test(raw)) return raw.charCodeAt(0) === 48 ? raw.replace(LEADING_ZEROS, '') : raw;
  let s = raw;
  for (const g of format.group) if (s.includes(g) && groupsThousands(s, g)) s = s.split(g).join('');
  if (format.decimal !== '.') s = s.split(format.decimal).join('.');
  // A grouped integer ("2,971" -> "2971") is its own decimal form: no round trip through a double.
  if (CANONICAL_INTEGER.test(s)) return s;
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : s;
}

const monthTables = new Map<Lang, Map<string, number>>();

function monthsOf(lang: Lang): Map<string, number> {
  let table = monthTables.get(lang);
  if (!table) {
    table = new Map();
    LANGUAGES[lang]?.months.forEach((names, i) => names.forEach((n) => table!.set(n, i + 1)));
    monthTables.set(lang, table);
  }
  return table;
}

/** Feature ids of one collection, with a token table per language: each word is analysed once. */
export class Vocabulary {
  ids = new Map<string, number>();
  /** Feature key by id. */
  keys: string[] = [];
  /** First spelling seen of a name or number feature, by id. */
  surfaces: (string | undefined)[] = [];
  private tables = new Map<Lang, TokenTable>();
  /** Packed a-z prefix code -> prefix feature id: the lower-case words, most tokens, skip the token table. */
  private prefixes = new IntMap();

  /** The prefix feature of an ASCII lower-case word whose first PREFIX_LENGTH letters pack to `code`. */
  prefixId(code: number, text: string, start: number): number {
    let id = this.prefixes.get(code);
    if (id < 0) {
      id = this.idOf(PREFIX + fold(text.slice(start, start + PREFIX_LENGTH)), undefined);
      this.prefixes.set(code, id);
    }
    return id;
  }

  idOf(key: string, surface: string | undefined): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.surfaces.push(surface);
    }
    return id;
  }

  tableOf(lang: Lang): TokenTable {
    let table = this.tables.get(lang);
    if (!table) {
      const format = numberFormatOf(lang);
      const months = monthsOf(lang);
      table = new TokenTable((token, isNumber) => featuresOf(token, isNumber, format, months, this));
      this.tables.set(lang, table);
    }
    return table;
  }
}

/** The feature ids of one token (a number, or a word of letters). */
function featuresOf(token: string, isNumber: boolean, format: NumberFormat, months: Map<string, number>, vocab: Vocabulary): number[] {
  if (isNumber) return [vocab.idOf(NUMBER + normaliseNumber(token, format), token)];
  const ids: number[] = [];
  const capital = (charClasses()[token.charCodeAt(0)] & UPPER) !== 0;
  const folded = fold(token);
  if (capital && token.length > 1) ids.push(vocab.idOf(NAME + folded, token));
  if (token.length >= MIN_PREFIX_WORD) ids.push(vocab.idOf(PREFIX + folded.slice(0, PREFIX_LENGTH), undefined));
  const month = capital ? months.get(token.toLowerCase()) : undefined;
  if (month) ids.push(vocab.idOf(MONTH + month, undefined));
  return ids;
}

/** Feature counts of the document being read, by id; cleared as each document is taken. */
export class TermCounter {
  private tf = new Int32Array(1 << 16);
  /** Ids counted so far, in first-seen order. */
  private seen = new Int32Array(256);
  private size = 0;

  /** Counts one occurrence of feature `id` (bound: passed around as a callback). */
  readonly count = (id: number): void => {
    if (id >= this.tf.length) this.tf = grown(this.tf, id + 1);
    if (this.tf[id]++ === 0) {
      if (this.size === this.seen.length) this.seen = grown(this.seen, this.size + 1);
      this.seen[this.size++] = id;
    }
  };

  /**
   * Appends the counted ids and their counts to `ids` / `tfs` from index `at`, adds one
   * to each id's document frequency in `df`, starts a new document, and returns the new end.
   */
  drain(ids: Int32Array, tfs: Int32Array, at: number, df: Int32Array): number {
    const seen = this.seen;
    for (let k = 0; k < this.size; k++) {
      const id = seen[k];
      ids[at] = id;
      tfs[at++] = this.tf[id];
      this.tf[id] = 0;
      df[id]++;
    }
    this.size = 0;
    return at;
  }

  /** Distinct ids counted in the current document. */
  get distinct(): number {
    return this.size;
  }
}

/** A copy of `a`, zero-extended to at least `min` entries (doubling, so appends stay linear). */
export function grown(a: Int32Array, min: number): Int32Array<ArrayBuffer> {
  let size = a.length * 2;
  while (size < min) size *= 2;
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

/**
 * Counts the features of each token of `text` (its first MAX_FEATURE_CHARS): words (letters) and
 * numbers (digits with inner `.` or `,`); lower-case words shorter than MIN_PREFIX_WORD carry no
 * feature and are skipped. A plain loop over char codes: tokens are looked up by their
 * characters, never sliced unless new.
 */
export function countFeatures(text: string, table: TokenTable, vocabulary: Vocabulary, counter: TermCounter): void {
  const cls = charClasses();
  const n = Math.min(text.length, MAX_FEATURE_CHARS);
  let i = 0;
  while (i < n) {
    const c = cls[text.charCodeAt(i)];
    if (c === 0) {
      i++;
      continue;
    }
    const start = i;
    let isNumber = false;
    if (c & DIGIT) {
      isNumber = true;
      i++;
      for (;;) {
        while (i < n && cls[text.charCodeAt(i)] & DIGIT) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && cls[text.charCodeAt(i + 1)] & DIGIT) i++;
        else break;
      }
    } else {
      i++;
      while (i < n && cls[text.charCodeAt(i)] & LETTER) i++;
      if ((c & UPPER) === 0) {
        if (i - start < MIN_PREFIX_WORD) continue;
        const code = packedPrefix(text, start);
        if (code > 0) {
          counter.count(vocabulary.prefixId(code, text, start));
          continue;
        }
      }
    }
    table.forEachId(text, start, i, isNumber, counter.count);
  }
}

/** The folded first PREFIX_LENGTH letters of a word as a 5-bit-per-letter code, or 0 when not all a-z. */
function packedPrefix(text: string, start: number): number {
  let code = 0;
  for (let i = start; i < start + PREFIX_LENGTH; i++) {
    const c = text.charCodeAt(i);
    const letter = c < 128 ? FOLDED_INDEX[c] : 0;
    if (letter === 0) return 0;
    code = (code << 5) | letter;
  }
  return code;
}
