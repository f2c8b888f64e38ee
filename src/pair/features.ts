// Language-independent evidence that an article and its translation share: numbers (normalised
// across locales), names and capitalised tokens, cognate word prefixes, month names.
import { LANGUAGES } from '../lang/index.js';
import type { Lang } from '../types.js';
import { numberFormatOf, type NumberFormat } from './lang/index.js';

/**
 * Cognates share their first letters far more often than whole words (Parlament / parliament).
 * Five letters: four matched too many unrelated words across the languages on the dev set.
 */
const PREFIX_LENGTH = 5;
/** Shorter words are mostly function words: their prefixes only add noise. */
const MIN_PREFIX_WORD = 5;
/** Lead only: a 20,000-character speech adds little evidence after its first pages and costs time. */
export const MAX_FEATURE_CHARS = 6_000;

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
/** Token -> feature keys, per language: news vocabulary repeats, so each word is analysed once. */
const TOKEN_CACHE_LIMIT = 500_000;

// Character classes of the Basic Multilingual Plane, for a tokenizer that is a plain loop:
// a Unicode-property regex over 100 MB of text was the pairer's largest cost.
const OTHER = 0;
const LETTER = 1;
const UPPER = 2;
const DIGIT = 3;
let classes: Uint8Array | undefined;

function charClasses(): Uint8Array {
  if (!classes) {
    classes = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      if (c >= 48 && c <= 57) classes[c] = DIGIT;
      else if (c >= 0xd800 && c <= 0xdfff) classes[c] = OTHER;
      else {
        const ch = String.fromCharCode(c);
        if (/\p{Lu}|\p{Lt}/u.test(ch)) classes[c] = UPPER;
        else if (/\p{L}|\p{M}/u.test(ch)) classes[c] = LETTER;
      }
    }
  }
  return classes;
}

/**
 * Calls `visit` with each word (letters) and each number (digits with inner `.` or `,`) of `text`;
 * lower-case words shorter than `minLowerWord` are skipped unsliced (they carry no feature).
 */
export function forEachToken(
  text: string,
  visit: (token: string, isNumber: boolean) => void,
  minLowerWord = 0,
): void {
  const cls = charClasses();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = cls[text.charCodeAt(i)];
    if (c === OTHER) {
      i++;
      continue;
    }
    const start = i;
    if (c === DIGIT) {
      i++;
      for (;;) {
        while (i < n && cls[text.charCodeAt(i)] === DIGIT) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && cls[text.charCodeAt(i + 1)] === DIGIT) i++;
        else break;
      }
      visit(text.slice(start, i), true);
    } else {
      i++;
      while (i < n && (cls[text.charCodeAt(i)] === LETTER || cls[text.charCodeAt(i)] === UPPER)) i++;
      if (c === UPPER || i - start >= minLowerWord) visit(text.slice(start, i), false);
    }
  }
}

/** Lower case, no accents, transliteration-prone letters folded: the shape cognates share. */
export function fold(word: string): string {
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) w = w.normalize('NFD').replace(MARKS, '');
  return w.replace(COGNATE, (c) => COGNATE_LETTERS[c]);
}

/** A number as written in `format`, as a locale-free decimal string ("1.300,5" de -> "1300.5"). */
export function normaliseNumber(raw: string, format: NumberFormat): string {
  let s = raw;
  for (const g of format.group) {
    const parts = s.split(g);
    // Only a separator followed by three digits groups thousands ("1,300"); "3,14" is no grouping.
    if (parts.length > 1 && parts.every((part, i) => i === 0 || /^\d{3}/.test(part))) s = parts.join('');
  }
  if (format.decimal !== '.') s = s.split(format.decimal).join('.');
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

/** Feature ids of one collection, with per-language token caches: each word is analysed once. */
export interface Vocabulary {
  ids: Map<string, number>;
  /** Feature key by id. */
  keys: string[];
  /** First spelling seen of a name or number feature, by id. */
  surfaces: (string | undefined)[];
  tokens: Map<Lang, Map<string, number[]>>;
  /** Scratch counts by id, zero between calls. */
  scratch: Int32Array;
}

export function newVocabulary(): Vocabulary {
  return { ids: new Map(), keys: [], surfaces: [], tokens: new Map(), scratch: new Int32Array(1024) };
}

function idOf(vocab: Vocabulary, key: string, surface: string | undefined): number {
  let id = vocab.ids.get(key);
  if (id === undefined) {
    id = vocab.keys.length;
    vocab.ids.set(key, id);
    vocab.keys.push(key);
    vocab.surfaces.push(surface);
  }
  return id;
}

/** The feature ids of one token in `lang`. */
function idsOf(token: string, isNumber: boolean, lang: Lang, vocab: Vocabulary, cache: Map<string, number[]>): number[] {
  let ids = cache.get(token);
  if (ids) return ids;
  ids = [];
  if (isNumber) ids.push(idOf(vocab, NUMBER + normaliseNumber(token, numberFormatOf(lang)), token));
  else {
    const capital = charClasses()[token.charCodeAt(0)] === UPPER;
    const folded = fold(token);
    if (capital && token.length > 1) ids.push(idOf(vocab, NAME + folded, token));
    if (token.length >= MIN_PREFIX_WORD) ids.push(idOf(vocab, PREFIX + folded.slice(0, PREFIX_LENGTH), undefined));
    const month = capital ? monthsOf(lang).get(token.toLowerCase()) : undefined;
    if (month) ids.push(idOf(vocab, MONTH + month, undefined));
  }
  if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
  cache.set(token, ids);
  return ids;
}

/** The features of `text` as parallel arrays of vocabulary ids and counts. */
export function countFeatures(text: string, lang: Lang, vocab: Vocabulary): { ids: number[]; tfs: number[] } {
  let cache = vocab.tokens.get(lang);
  if (!cache) vocab.tokens.set(lang, (cache = new Map()));
  const sample = text.length > MAX_FEATURE_CHARS ? text.slice(0, MAX_FEATURE_CHARS) : text;
  const seen: number[] = [];
  forEachToken(
    sample,
    (token, isNumber) => {
      for (const id of idsOf(token, isNumber, lang, vocab, cache!)) {
        if (id >= vocab.scratch.length) {
          const grown = new Int32Array(Math.max(id + 1, vocab.scratch.length * 2));
          grown.set(vocab.scratch);
          vocab.scratch = grown;
        }
        if (vocab.scratch[id]++ === 0) seen.push(id);
      }
    },
    MIN_PREFIX_WORD,
  );
  const tfs = seen.map((id) => vocab.scratch[id]);
  for (const id of seen) vocab.scratch[id] = 0;
  return { ids: seen, tfs };
}
