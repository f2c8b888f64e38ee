// The scanner's word look-ups for one language, built once per language and remembered per distinct
// word: most words of a sentence play no part in any number and must cost one Map look-up, no more.
import { LANGUAGES, monthOf } from '../lang/index.js';
import type { Lang } from '../types.js';
import type { NumberTable } from './lang/types.js';
import { maybeCompound, parseCompound } from './number-words.js';
import { isLetter, type Token } from './tokens.js';

// Distinct words remembered per language; a cache starts over beyond this (bounded memory on long runs).
const CACHE_LIMIT = 100_000;
// Shortest magnitude word that counts on its own: "million", "Mio"; not "m" or "bn".
export const MIN_BARE_MAGNITUDE = 3;
// German percent words all start so ("Prozent", "prozentige"); the scanner tests the prefix.
export const PERCENT_STEM = 'prozent';
// The country before a currency word ("US-Dollar", "US dollars", "U.S. dollars").
export const US_PREFIXES: readonly string[] = ['us', 'u'];
// Shortest word that may name a number without writing it ("semifinal").
const MIN_IMPLIED = 8;
// Leading characters of a word that decide whether it may take part in a number at all.
const PREFIX = 3;
// Slots of the prefix filter: a power of two, small enough to stay in cache.
const FILTER_SIZE = 1 << 16;

/** Hash of a word's first PREFIX characters into the filter (collisions only cost a look-up). */
function prefixHash(lc: string): number {
  let h = 0;
  const n = Math.min(PREFIX, lc.length);
  for (let k = 0; k < n; k++) h = (h * 31 + lc.charCodeAt(k)) | 0;
  return h & (FILTER_SIZE - 1);
}

// A digit anywhere: the regex engine finds it faster than a loop over the characters.
const ANY_DIGIT = /[0-9]/;
// Latin-1 capitals (À-Þ) lie this far below their small letters, like ASCII ones.
const CASE_OFFSET = 32;
const LATIN1_CAPITALS = [0xc0, 0xde];
const TIMES = 0xd7;

/** Lower-case code of a letter for the prefix hash, or -1 when toLowerCase must decide (rare scripts). */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + CASE_OFFSET : c;
  if (c >= LATIN1_CAPITALS[0] && c <= LATIN1_CAPITALS[1] && c !== TIMES) return c + CASE_OFFSET;
  return c <= 0xff ? c : -1;
}

/** Roman digits: a word made only of them may be a numeral (scan reads the exact form). */
function romanLetter(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76 || c === 67;
}

/** Map of a table's own entries: a Map look-up of a freshly cut word hashes it once, where an object
 * look-up pays for the key again on every try (and would find inherited names such as "constructor"). */
function mapOf<V>(record: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(record));
}

/** The word tables the scanner looks words up in, as Maps. */
export interface WordMaps {
  cardinals: Map<string, number>;
  scales: Map<string, number>;
  magnitudes: Map<string, number>;
  ordinals: Map<string, number>;
  multipliers: Map<string, number>;
  fractions: Map<string, number>;
  currencies: Map<string, string>;
  timeWords: Map<string, number>;
  units: Map<string, string>;
  unitScales: Map<string, { factor: number; unit: string }>;
}

function wordMaps(t: NumberTable): WordMaps {
  return {
    cardinals: mapOf(t.cardinals), scales: mapOf(t.scales), magnitudes: mapOf(t.magnitudes), ordinals: mapOf(t.ordinals),
    multipliers: mapOf(t.multipliers), fractions: mapOf(t.fractions), currencies: mapOf(t.currencies),
    timeWords: mapOf(t.timeWords), units: mapOf(t.units), unitScales: mapOf(t.unitScales),
  };
}

/** Whether a word is made only of Roman digits. */
function romanWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (!romanLetter(word.charCodeAt(k))) return false;
  return true;
}

/**
 * What one word can make whatever stands around it: the answers of the scanner's word look-ups that
 * depend on the word alone, read once per distinct word (a number word otherwise cost a dozen look-ups
 * at every occurrence). `silent`: none of them holds, so the word makes nothing in any company.
 */
export interface WordReading {
  implied: number | undefined;
  /** First word of a half-hour phrase ("halb", "half"). */
  halfHourStart: boolean;
  multiplier: number | undefined;
  fraction: number | undefined;
  ordinal: number | undefined;
  /** A number word fused with an adjective ending ("zwanzigjährige"): its value and the ending's stem. */
  fused: { value: number; stem: string } | undefined;
  compoundOrdinal: number | undefined;
  silent: boolean;
}

export class Lexicon {
  /** The table's word look-ups as Maps. */
  readonly maps: WordMaps;
  /** Every word that can start or be a number. */
  readonly numberWords: Set<string>;
  /** A word containing an adjective ending a number word may be fused with ("zwanzigjährige"); null when the language has none. */
  private readonly fusibleRe: RegExp | null;
  /** Prefix hashes of every word that may take part in a number: most words fail here without a string look-up. */
  private readonly filter = new Uint8Array(FILTER_SIZE);
  private readonly inertCache = new Map<string, boolean>();
  private readonly triggerCache = new Map<string, boolean>();
  /** Articles and "one"/"ein": alone they only ever make a weak quantity. */
  private readonly weakWords: Set<string>;
  /** Longest text that can join two figures into a range or a step ("to", "bis", ","). */
  readonly longestJoin: number;
  /** Month number per word; 0 for a word that names no month (one look-up either way). */
  private readonly monthCache = new Map<string, number>();
  private readonly readingCache = new Map<string, WordReading>();
  /** First words of the half-hour phrases. */
  private readonly halfHourFirsts: Set<string>;
  /** Every word the reading after a number looks up (see mayFollowNumber). */
  private readonly followers: Set<string>;
  /** Every word the reading before a number looks up: currency codes, minus words, months. */
  private readonly leaders: Set<string>;

  constructor(
    readonly table: NumberTable,
    readonly lang: Lang,
  ) {
    this.maps = wordMaps(table);
    this.longestJoin = Math.max(1, ...[...table.rangeWords, ...table.stepWords].map((w) => w.length));
    this.numberWords = new Set([
      ...Object.keys(table.cardinals), ...Object.keys(table.scales), ...Object.keys(table.magnitudes),
      ...Object.keys(table.ordinals), ...Object.keys(table.multipliers), ...Object.keys(table.fractions),
      ...table.articles, ...table.weakOnes,
    ]);
    const stems = Object.keys(table.adjectiveSuffixes).filter(Boolean);
    this.fusibleRe = stems.length ? new RegExp(`.(${stems.join('|')})`) : null;
    // A fused adjective ("zwanzigjährige") starts with a number word, so the number words' and
    // morphemes' prefixes cover it too.
    const starts = [...this.numberWords, ...Object.keys(table.cardinals), ...Object.keys(table.scales), ...table.impliedNumbers.map(([p]) => p)];
    for (const w of starts) this.filter[prefixHash(w)] = 1;
    this.weakWords = new Set([...table.articles, ...table.weakOnes]);
    this.halfHourFirsts = new Set(table.halfHour.words.map((w) => w.split(' ')[0]));
    this.followers = followerWords(table, lang);
    this.leaders = new Set([...Object.keys(table.currencies), ...table.minusWords, ...monthNames(lang)]);
  }

  /** Whether a word right before a number may change what it is (a currency code, "minus", a month). */
  mayPrecedeNumber(lc: string): boolean {
    return this.leaders.has(lc);
  }

  /**
   * Whether a word right after a number may change what the number is: a magnitude, percent,
   * currency, time, month or unit word, or the start of one. Other words ("people", "in") leave the
   * figure as it is, and the scanner skips its dozen table look-ups for them.
   */
  mayFollowNumber(lc: string): boolean {
    return this.followers.has(lc) || lc.startsWith(PERCENT_STEM);
  }

  /** The context-free answers about a word (see WordReading), remembered per word. */
  reading(lc: string): WordReading {
    let r = this.readingCache.get(lc);
    if (r === undefined) {
      r = this.readWord(lc);
      remember(this.readingCache, lc, r);
    }
    return r;
  }

  private readWord(lc: string): WordReading {
    const { maps } = this;
    const r: WordReading = {
      implied: this.impliedNumber(lc),
      halfHourStart: this.halfHourFirsts.has(lc),
      multiplier: maps.multipliers.get(lc),
      fraction: maps.fractions.get(lc),
      ordinal: maps.ordinals.get(lc),
      fused: this.fusible(lc) ? this.fusedNumber(lc) : undefined,
      compoundOrdinal: this.compoundOrdinal(lc),
      silent: false,
    };
    // What a phrase starting with the word reads of it: an article, a number word, a bare magnitude.
    const bareMagnitude = maps.magnitudes.get(lc) !== undefined && lc.length >= MIN_BARE_MAGNITUDE;
    const phrase = this.table.articles.includes(lc) || this.wordValue(lc) !== undefined || bareMagnitude;
    r.silent =
      r.implied === undefined && !r.halfHourStart && r.multiplier === undefined && r.fraction === undefined && r.ordinal === undefined &&
      r.fused === undefined && r.compoundOrdinal === undefined && !phrase;
    return r;
  }

  /** "fünfzigprozentige": the first adjective ending after a number word, and the number's value. */
  private fusedNumber(lc: string): { value: number; stem: string } | undefined {
    for (const stem of Object.keys(this.table.adjectiveSuffixes)) {
      const k = lc.indexOf(stem);
      if (k <= 0) continue;
      const value = this.wordValue(lc.slice(0, k));
      if (value !== undefined) return { value, stem };
    }
    return undefined;
  }

  /** Value of a cardinal or scale word, or of a compound number word ("dreiundzwanzig"). */
  wordValue(lc: string): number | undefined {
    return this.maps.cardinals.get(lc) ?? this.maps.scales.get(lc) ?? parseCompound(lc, this.table);
  }

  /** "neunzigsten", "einundzwanzigste": an ordinal ending on a compound number word. */
  compoundOrdinal(lc: string): number | undefined {
    for (const suffix of this.table.ordinalWordSuffixes) {
      if (lc.length > suffix.length + 2 && lc.endsWith(suffix)) {
        const v = this.wordValue(lc.slice(0, lc.length - suffix.length));
        if (v !== undefined) return v;
      }
    }
    return undefined;
  }

  /** Whether a word can make a quantity that counts (a number word, not an article or "one" alone). */
  trigger(lc: string): boolean {
    if (this.inert(lc)) return false;
    let v = this.triggerCache.get(lc);
    if (v === undefined) {
      v =
        !this.weakWords.has(lc) &&
        (this.numberWords.has(lc) ||
          this.impliedNumber(lc) !== undefined ||
          this.wordValue(lc) !== undefined ||
          this.compoundOrdinal(lc) !== undefined ||
          this.fusible(lc));
      remember(this.triggerCache, lc, v);
    }
    return v;
  }

  /**
   * Whether a text may hold a quantity that counts: a digit, a Roman numeral or a number word. When
   * neither side of a pair does, no rule about figures can fire and the scan is skipped. One pass over
   * the characters; only words whose first letters start some number word are looked up.
   */
  mayHoldFigure(text: string): boolean {
    if (ANY_DIGIT.test(text)) return true;
    const n = text.length;
    let k = 0;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) return true;
      if (!isLetter(text, k)) {
        k++;
        continue;
      }
      const s = k;
      let h = 0;
      let roman = true;
      let exotic = false;
      for (; k < n && isLetter(text, k); k++) {
        const ch = text.charCodeAt(k);
        if (k - s < PREFIX) {
          const low = lowerCode(ch);
          if (low < 0) exotic = true;
          h = (h * 31 + low) | 0;
        }
        if (!romanLetter(ch)) roman = false;
      }
      if (roman && k - s >= 2) return true;
      if ((exotic || this.filter[h & (FILTER_SIZE - 1)] === 1) && this.trigger(text.slice(s, k).toLowerCase())) return true;
    }
    return false;
  }

  /** mayHoldFigure over a text already cut into tokens: the same answer, no second pass over the characters. */
  tokensMayHoldFigure(tokens: readonly Token[]): boolean {
    for (const t of tokens) {
      if (t.type === 'digits') return true;
      if (t.type !== 'word') continue;
      if (t.t.length >= 2 && romanWord(t.t)) return true;
      if (this.trigger(t.lc)) return true;
    }
    return false;
  }

  /** A word that names a number without writing it ("Achtelfinale": the last 16). */
  impliedNumber(lc: string): number | undefined {
    if (lc.length < MIN_IMPLIED) return undefined;
    for (const [prefix, v] of this.table.impliedNumbers) if (lc.startsWith(prefix)) return v;
    return undefined;
  }

  fusible(lc: string): boolean {
    return this.fusibleRe !== null && this.fusibleRe.test(lc);
  }

  /** Whether a lower-cased word can play no part in a number (the scanner skips it). */
  inert(lc: string): boolean {
    if (this.filter[prefixHash(lc)] === 0) return true;
    let v = this.inertCache.get(lc);
    if (v === undefined) {
      v =
        this.impliedNumber(lc) === undefined &&
        !this.numberWords.has(lc) &&
        !maybeCompound(lc, this.table) &&
        !this.fusible(lc);
      remember(this.inertCache, lc, v);
    }
    return v;
  }

  /** Month number of a month name or abbreviation, remembered: the scanner asks about the words next to every number. */
  month(lc: string): number | undefined {
    let m = this.monthCache.get(lc);
    if (m === undefined) {
      m = monthOf(lc, this.lang) ?? 0;
      remember(this.monthCache, lc, m);
    }
    return m === 0 ? undefined : m;
  }
}

/** Every month name and abbreviation of `lang`, lower case (monthOf's answers are among these words). */
function monthNames(lang: Lang): string[] {
  return (LANGUAGES[lang]?.months ?? []).flat().map((m) => m.toLowerCase());
}

/** The words of the tables the scanner reads after a number, and every start of a time word (it
 * joins "p", ".", "m", "." back together), lower case. */
function followerWords(t: NumberTable, lang: Lang): Set<string> {
  const out = new Set<string>([
    ...Object.keys(t.magnitudes), ...Object.keys(t.scales), ...Object.keys(t.currencies), ...Object.keys(t.units),
    ...Object.keys(t.unitScales), ...US_PREFIXES,
    ...[...t.percentWords, ...t.percentPointWords].map((w) => w.split(' ')[0]),
    ...monthNames(lang),
  ]);
  for (const w of Object.keys(t.timeWords)) for (let k = 1; k <= w.length; k++) out.add(w.slice(0, k));
  return out;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
