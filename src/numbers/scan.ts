// The number scanner: one pass over the tokens of a text, reading every quantity as meant in
// its language (value, unit, kind) and setting aside alphanumeric names (CO2, G7, A380).
import type { Lang, Quantity, Span } from '../types.js';
import { CURRENCY_SYMBOLS } from './lang/shared-units.js';
import { numberTable } from './lang/index.js';
import type { NumberTable } from './lang/types.js';
import { Lexicon, MIN_BARE_MAGNITUDE, PERCENT_STEM, US_PREFIXES, type WordMaps } from './lexicon.js';
import { composeNumber, scaleSet } from './number-words.js';
import { parseNumeral } from './numerals.js';
import { glued, tokenize, type Token } from './tokens.js';

export type { Token } from './tokens.js';

/** A quantity with the context the checks need besides the public fields. */
export interface ScannedQuantity extends Quantity {
  /** Digits after the decimal separator as written. */
  decimals: number;
  /** "1" as an article, word ordinals, decades: may match, never reported as missing or extra. */
  weak?: boolean;
  /** Unit code of the word right after the number (minute, age, km...): its role in the sentence. */
  context?: string;
  /** Written with the other language's decimal separator (3.1 in German copy). */
  foreign?: boolean;
  /** Stands in the day slot of a date but cannot be a day (2010. Mai). */
  badDay?: boolean;
  /** Other readings of an ambiguous figure: "500.000" in English copy may be 500000, "400m" may be
   * metres, the "12" of "12 bis 16 Tausend" is 12000, "drei Jahrzehnte" are 30 years. */
  alts?: number[];
  /** A magnitude word with no figure ("tens of millions", "Milliarden Kronen"). */
  bare?: boolean;
  /** Part of "between X and Y" / "X to Y": index of the other end in the scan's list. */
  rangePeer?: number;
}

/** A token mixing letters and digits: a name (CO2, G7, A380), not a quantity. */
export interface NameToken {
  text: string;
  span: Span;
}

export interface Scan {
  quantities: ScannedQuantity[];
  names: NameToken[];
  /** The text's words, lower-cased, in order (for checks that compare wording). */
  words: string[];
  /** Every token of the text, in order (for checks that read the words around a number). */
  tokens: Token[];
}

/**
 * A quantity with every optional field present (undefined until set), always in this order: all
 * quantities then share one hidden class, and the rules that read their fields on every pair stay on
 * V8's fast path (quantities built field by field came in dozens of shapes).
 */
function quantity(kind: Quantity['kind'], value: number, decimals: number, text: string, span: Span): ScannedQuantity {
  return {
    kind, value, decimals, text, span,
    unit: undefined, magnitude: undefined, month: undefined, day: undefined, fromWords: undefined,
    weak: undefined, context: undefined, foreign: undefined, badDay: undefined, alts: undefined, bare: undefined, rangePeer: undefined,
  };
}

// Plausible years: a four-digit integer in this range with nothing attached reads as a year.
const YEAR_MIN = 1000;
const YEAR_MAX = 2100;
// Whitespace that may group thousands ("35 000"): space, no-break space, narrow no-break space.
const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/;
// A digit group after a grouping space: three digits, the last one possibly with decimals ("1 106.41").
const GROUP_TAIL = /^\d{3}(?:[.,]\d{1,2})?$/;
// A German numeric date, "24.12.2019"; its shortest form, "1.2.2019", is this long.
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const NUMERIC_DATE_MIN = 8;
// A digit run that may open digit groups ("35 000": at most this many digits, see groupHead), and a
// group after a separator and a space ("77. 000").
const GROUP_HEAD_DIGITS = 3;
const THREE_DIGITS = /^\d{3}$/;
// A three-letter currency code before an amount ("USD 5").
const CURRENCY_CODE = /^[A-Z]{3}$/;
// Abbreviated magnitude words that may carry a dot (Mio., Mrd., Tsd.).
const DOTTED = new Set(['mio', 'mrd', 'tsd', 'mill', 'bio', 'mn', 'bn', 'mln']);
// Single-letter magnitudes ($5m, 3bn) count only when glued to the digits.
const GLUED_ONLY = new Set(['m', 'b', 'k']);

// Percentage points beyond this are index points ("to 11,743.61 points").
const FULL_PERCENT = 100;
// Hours a clock face shows: "halb sieben" names one of them.
const HOURS_ON_DIAL = 12;
const MINUTES_PER_HOUR = 60;
// Roman numerals of two letters or more ("III.", "XXII", "Henry VIII"); single letters are words or initials.
const ROMAN = /^(?=[IVXLC]{2,}$)(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$|^C{1,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** GROUP_HEAD's test for a digit run: 1-3 characters, none a separator (runs hold digits and inner
 * separators only). Written out: the regex call cost more than the test, on every figure. */
function groupHead(run: string): boolean {
  if (run.length === 0 || run.length > GROUP_HEAD_DIGITS) return false;
  for (let k = 0; k < run.length; k++) {
    const c = run.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Whether the code unit is I, V, X, L or C. */
function isRomanDigit(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76 || c === 67;
}

/** Value of an upper-case Roman numeral, or undefined. */
export function romanValue(word: string): number | undefined {
  // Cheap first test, every letter a Roman digit: "In", "City" and "Vienna" fail by the second letter.
  for (let k = 0; k < word.length; k++) if (!isRomanDigit(word.charCodeAt(k))) return undefined;
  if (!ROMAN.test(word)) return undefined;
  let total = 0;
  for (let k = 0; k < word.length; k++) {
    const v = ROMAN_DIGITS[word[k]];
    const next = ROMAN_DIGITS[word[k + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

// Shortest glued ending read as an adjective ("75seitige"), not a name ("5G").
const MIN_ADJECTIVE = 4;

/** Table entries of one or more words ("per cent") as word lists, and the words they start with. */
interface Phrases {
  parts: string[][];
  /** Asked after every number and almost always missing: one look-up instead of a comparison per entry. */
  firsts: Set<string>;
}

const phraseCache = new Map<string[], Phrases>();

/** Multi-word table entries as word lists, split once. */
function splitPhrases(words: string[]): Phrases {
  let p = phraseCache.get(words);
  if (!p) {
    const parts = words.map((w) => w.split(' '));
    p = { parts, firsts: new Set(parts.map((w) => w[0])) };
    phraseCache.set(words, p);
  }
  return p;
}

// Integers below this have at most 15 digits: toPrecision(15) gives them back unchanged.
const EXACT_BELOW = 1e15;

/** value x factor without floating-point dust (2.3 x 1e9 = 2300000000, not 2299999999.9999998). */
function scaled(value: number, factor: number): number {
  const product = value * factor;
  // Most products ("5 million") are whole: the rounding through a string would change nothing.
  // (-0 comes back as 0, as through the string.)
  if (Number.isInteger(product) && Math.abs(product) < EXACT_BELOW) return product === 0 ? 0 : product;
  return Number(product.toPrecision(15));
}

function addAlt(q: ScannedQuantity, value: number): void {
  if (value !== q.value) (q.alts ??= []).push(value);
}

// Most days in a month.
const MAX_DAY = 31;

/** "1. und 2. November", "November 1 and 2": a bare day coordinated with a date is a date of the same month. */
function shareMonth(a: ScannedQuantity, b: ScannedQuantity): void {
  const [date, day] = a.kind === 'date' ? [a, b] : [b, a];
  if (date.kind !== 'date' || date.month === undefined || day.kind === 'date' || day.fromWords || day.magnitude !== undefined) return;
  if (!Number.isInteger(day.value) || day.value < 1 || day.value > MAX_DAY || !(day.kind === 'ordinal' || day.kind === 'number')) return;
  day.kind = 'date';
  day.month = date.month;
  day.day = day.value;
}

// Thousands a bare low end borrows from a grouped high end ("5-15.000 Euro").
const THOUSAND = 1000;

/** "12 bis 16 Tausend", "von 25 auf 55 Mrd.", "5-15.000": the low end may share the high end's size. */
function carryMagnitude(lo: ScannedQuantity, hi: ScannedQuantity): void {
  if (lo.magnitude !== undefined) return;
  if (hi.magnitude !== undefined) addAlt(lo, scaled(lo.value, hi.magnitude));
  else if (Number.isInteger(lo.value) && lo.value < THOUSAND && hi.value % THOUSAND === 0 && lo.value * THOUSAND <= hi.value) {
    addAlt(lo, lo.value * THOUSAND);
  }
}

/** The lower-cased words among `tokens`, in order. */
export function wordsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.type === 'word') out.push(t.lc);
  return out;
}

/** A scan's findings; only the untranslated check reads the words, mostly of one side: listed on first use. */
class ScanResult implements Scan {
  private ws?: string[];

  constructor(
    readonly quantities: ScannedQuantity[],
    readonly names: NameToken[],
    readonly tokens: Token[],
  ) {}

  get words(): string[] {
    return (this.ws ??= wordsOf(this.tokens));
  }
}

/** Currency code of a symbol token ($, €): symbols are single characters, never words or digits. */
function currencySymbol(t: Token | undefined): string | undefined {
  return t?.type === 'punct' ? CURRENCY_SYMBOLS[t.t] : undefined;
}

const lexicons = new Map<Lang, Lexicon>();

/** The word look-ups for `lang`, built on first use. */
function lexicon(lang: Lang): Lexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    lex = new Lexicon(numberTable(lang), lang);
    lexicons.set(lang, lex);
  }
  return lex;
}

class Scanner {
  readonly toks: Token[];
  readonly out: ScannedQuantity[] = [];
  readonly names: NameToken[] = [];

  readonly table: NumberTable;
  readonly maps: WordMaps;
  readonly lang: Lang;

  constructor(
    readonly text: string,
    readonly lex: Lexicon,
    tokens: Token[],
  ) {
    this.table = lex.table;
    this.maps = lex.maps;
    this.lang = lex.lang;
    this.toks = tokens;
  }

  run(): Scan {
    const { toks } = this;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (t.type === 'digits') i = this.digits(i);
      else if (t.type === 'word') i = this.word(i);
      else i++;
    }
    this.linkRanges();
    return new ScanResult(this.out, this.names, toks);
  }

  // ------------------------------------------------------------ digits

  private digits(i: number): number {
    const { toks, table } = this;
    const tok = toks[i];
    const prev = toks[i - 1];
    if (prev?.type === 'word' && glued(prev, tok)) return this.name(i - 1, i);
    if (prev?.t === '-' && glued(prev, tok) && this.isNameStem(toks[i - 2], prev)) return this.name(i - 2, i);
    if (tok.t.includes(':')) return this.colon(i);
    // Only German copy writes numeric dates; most digit runs are too short to be one.
    const dmy = this.lang !== 'en' && tok.t.length >= NUMERIC_DATE_MIN ? NUMERIC_DATE.exec(tok.t) : null;
    if (dmy) return this.numericDate(i, dmy);

    let raw = tok.t;
    let last = i;
    // "35 000": digit groups separated by a single space.
    if (groupHead(raw)) {
      while (
        toks[last + 1]?.type === 'digits' &&
        GROUP_TAIL.test(toks[last + 1].t) &&
        GROUP_SPACE.test(this.text.slice(toks[last].e, toks[last + 1].s))
      ) {
        last++;
        raw += toks[last].t;
        if (toks[last].t.length > 3) break;
      }
      // "77. 000", "80, 000": a separator typed with a space after it.
      const sep = toks[last + 1];
      const group = toks[last + 2];
      if (last === i && (sep?.t === '.' || sep?.t === ',') && glued(tok, sep) && group?.type === 'digits' && THREE_DIGITS.test(group.t) && group.s === sep.e + 1 && toks[last + 3]?.type !== 'digits') {
        last += 2;
        raw += group.t;
      }
    }
    const num = parseNumeral(raw, table.decimal);
    if (!num) return this.splitDigits(i);
    const next = toks[last + 1];
    if (next?.type === 'word' && glued(toks[last], next)) {
      const handled = this.gluedSuffix(i, last, num.value, num.decimals);
      if (handled !== undefined) return handled;
    }
    const q = this.start(i, last, num.value, num.decimals, false);
    if (num.foreign) q.foreign = true;
    // "$96,000" in German copy: the English symbol before the figure says English separators too.
    if (num.alt !== undefined && (this.lang === 'en' || (currencySymbol(toks[i - 1]) !== undefined && toks[i - 1].e >= tok.s - 1))) addAlt(q, num.alt);
    return this.complete(q, i, last + 1);
  }

  /** Letters glued to digits after them: ordinals, decades, units, magnitudes, or a name. */
  private gluedSuffix(i: number, last: number, value: number, decimals: number): number | undefined {
    const { toks, table } = this;
    const suffix = toks[last + 1].lc;
    const q = this.start(i, last, value, decimals, false);
    if (table.ordinalSuffixes.includes(suffix)) {
      q.kind = 'ordinal';
      q.span.end = toks[last + 1].e;
      q.text = this.text.slice(q.span.start, q.span.end);
      return this.push(q, last + 2);
    }
    if (table.decadeSuffixes.includes(suffix)) {
      q.kind = 'year';
      q.weak = true;
      q.span.end = toks[last + 1].e;
      q.text = this.text.slice(q.span.start, q.span.end);
      return this.push(q, last + 2);
    }
    if (this.maps.magnitudes.get(suffix) !== undefined || this.maps.units.get(suffix) !== undefined || this.maps.timeWords.get(suffix) !== undefined) {
      return this.complete(q, i, last + 1);
    }
    const adj = this.adjectiveSuffix(toks[last + 1].t);
    if (adj !== undefined) {
      this.extend(q, toks[last + 1]);
      return this.push(this.applySuffix(q, adj), last + 2);
    }
    return this.name(i, last + 1);
  }

  /** "19:45" is a time; "3:1", "25:13", "2:03:59" are separate numbers (scores, durations). */
  private colon(i: number): number {
    const tok = this.toks[i];
    const parts = tok.t.split(':');
    const h = Number(parts[0]);
    const m = Number(parts[1]);
    if (parts.length === 2 && h <= 24 && /^\d\d$/.test(parts[1]) && m < 60 && !/[.,]/.test(tok.t)) {
      const q = this.start(i, i, h + m / 60, 0, false);
      q.kind = 'time';
      return this.complete(q, i, i + 1);
    }
    return this.splitDigits(i);
  }

  /** A digit run that is not one number (16:05:59, 192.168.1.1): each part on its own. */
  private splitDigits(i: number): number {
    const tok = this.toks[i];
    let offset = tok.s;
    for (const part of tok.t.split(/[.,:]/)) {
      const span = { start: offset, end: offset + part.length };
      this.out.push(quantity('number', Number(part), 0, part, span));
      offset += part.length + 1;
    }
    return i + 1;
  }

  private numericDate(i: number, m: RegExpExecArray): number {
    const tok = this.toks[i];
    const day = Number(m[1]);
    const month = Number(m[2]);
    const yearStart = tok.s + m[1].length + m[2].length + 2;
    const date = quantity('date', day, 0, tok.t.slice(0, yearStart - tok.s), { start: tok.s, end: yearStart });
    date.day = day;
    date.month = month;
    this.out.push(date);
    this.out.push(quantity('year', Number(m[3]), 0, m[3], { start: yearStart, end: tok.e }));
    return i + 1;
  }

  /** Records a name made of tokens from..to plus any further glued letters or digits. */
  private name(from: number, to: number): number {
    const { toks } = this;
    let j = to;
    while (toks[j + 1] && glued(toks[j], toks[j + 1]) && toks[j + 1].type !== 'punct') j++;
    this.names.push({ text: this.text.slice(toks[from].s, toks[j].e), span: { start: toks[from].s, end: toks[j].e } });
    return j + 1;
  }

  /** "COVID-19", "F-16", "Meteor-3": a capitalised word glued by a hyphen to digits. */
  private isNameStem(word: Token | undefined, hyphen: Token): boolean {
    return (
      word?.type === 'word' && glued(word, hyphen) && /^\p{Lu}/u.test(word.t) && this.lex.month(word.lc) === undefined
    );
  }

  // ------------------------------------------------------------ words

  private word(i: number): number {
    const tok = this.toks[i];
    const lc = tok.lc;
    const roman = romanValue(tok.t);
    if (roman !== undefined) {
      const q = this.wordQuantity(i, 'ordinal', roman);
      q.weak = true;
      return this.push(q, i + 1);
    }
    // Most words play no part in a number: one look-up and on.
    if (this.lex.inert(lc)) return i + 1;
    // The rest are read once per distinct word; "Siemens" or "einstellen" pass the first test but make nothing.
    const r = this.lex.reading(lc);
    if (r.silent) return i + 1;
    if (r.implied !== undefined) {
      const q = this.wordQuantity(i, 'number', r.implied);
      q.weak = true;
      return this.push(q, i + 1);
    }
    if (r.halfHourStart) {
      const half = this.halfHour(i);
      if (half !== undefined) return half;
    }
    if (r.multiplier !== undefined) return this.push(this.wordQuantity(i, 'multiplier', r.multiplier), i + 1);
    const frac = r.fraction;
    const ord = r.ordinal;
    // "a third" is a fraction, "the third" an ordinal.
    if (frac !== undefined && (ord === undefined || this.countedBefore(i))) {
      return this.push(this.wordQuantity(i, 'fraction', frac), i + 1);
    }
    if (ord !== undefined) {
      const q = this.wordQuantity(i, 'ordinal', ord);
      q.weak = true;
      return this.push(q, i + 1);
    }
    if (r.fused !== undefined) return this.push(this.applySuffix(this.wordQuantity(i, 'number', r.fused.value), r.fused.stem), i + 1);
    if (r.compoundOrdinal !== undefined) {
      const q = this.wordQuantity(i, 'ordinal', r.compoundOrdinal);
      q.weak = true;
      return this.push(q, i + 1);
    }
    return this.cardinalPhrase(i);
  }

  /** Whether an article or a cardinal stands right before word `i` ("a third", "two thirds"). */
  private countedBefore(i: number): boolean {
    const prevLc = this.prevWord(i)?.lc;
    return prevLc !== undefined && (this.table.articles.includes(prevLc) || this.maps.cardinals.get(prevLc) !== undefined);
  }

  /** "halb sieben" (6:30), "half past six": a clock time said with "half". */
  private halfHour(i: number): number | undefined {
    const { toks, table } = this;
    const n = this.phrase(i, table.halfHour.words);
    if (n === 0) return undefined;
    const h = toks[i + n];
    const hour = h?.type === 'word' ? this.maps.cardinals.get(h.lc) : h?.type === 'digits' ? Number(h.t) : undefined;
    if (hour === undefined || !(hour >= 1 && hour <= HOURS_ON_DIAL)) return undefined;
    const q = this.start(i, i + n, hour + table.halfHour.offset, 0, h.type === 'word');
    q.kind = 'time';
    return this.push(q, i + n + 1);
  }

  /** A lower-case adjective ending glued to a number ("75seitige", "zwanzigjährige"): its table stem. */
  private adjectiveSuffix(word: string): string | undefined {
    if (word.length < MIN_ADJECTIVE || word !== word.toLowerCase()) return undefined;
    return Object.keys(this.table.adjectiveSuffixes).find((stem) => word.startsWith(stem)) ?? (this.table.compoundJoiner ? '' : undefined);
  }

  private applySuffix(q: ScannedQuantity, stem: string): ScannedQuantity {
    const role = this.table.adjectiveSuffixes[stem];
    if (role === '%') {
      q.kind = 'percent';
      q.unit = '%';
    } else if (role === 'times') q.kind = 'multiplier';
    else if (role) q.context = role;
    return q;
  }

  private cardinalPhrase(i: number): number {
    const { toks, table } = this;
    const parts: number[] = [];
    let j = i;
    let last = -1;
    const first = toks[i].lc;
    const nextWord = toks[i + 1];
    if (table.articles.includes(first) && nextWord?.type === 'word' && (this.maps.scales.get(nextWord.lc) !== undefined || this.maps.magnitudes.get(nextWord.lc) !== undefined) && !GLUED_ONLY.has(nextWord.lc)) {
      parts.push(1);
      last = i;
      j = i + 1;
    }
    while (j < toks.length) {
      const t = toks[j];
      const v = t.type === 'word' ? this.lex.wordValue(t.lc) : undefined;
      if (v !== undefined && !(parts.length > 0 && this.maps.cardinals.get(t.lc) !== undefined && !this.canFollow(parts, v))) {
        parts.push(v);
        last = j;
        j++;
        continue;
      }
      // Joiners only inside a phrase: "hundred and fifty", "twenty-five".
      const joiner = table.numberJoiners.includes(t.lc) && parts.length > 0;
      const after = toks[j + 1];
      const joined = after?.type === 'word' && (this.maps.cardinals.get(after.lc) !== undefined || (t.t === '-' && this.maps.scales.get(after.lc) !== undefined));
      if (joiner && joined && (t.t !== '-' || (glued(toks[j - 1], t) && glued(t, after)))) {
        j++;
        continue;
      }
      break;
    }
    if (parts.length === 0) return this.bareMagnitude(i);
    const value = composeNumber(parts, scaleSet(table));
    const q = this.start(i, last, value, 0, true);
    // "several thousand": the size alone, like "Millionen".
    if (value >= THOUSAND && this.maps.scales.get(toks[last].lc) === value) q.magnitude = value;
    const end = this.complete(q, i, last + 1);
    // "a dozen", "drei Dutzend": a round count, not a figure to hold the translation to.
    if (table.approximateWords.includes(toks[last].lc)) q.weak = true;
    // "one" is an article unless a magnitude follows ("one million").
    if (parts.length === 1 && table.weakOnes.includes(toks[i].lc) && q.magnitude === undefined) q.weak = true;
    return end;
  }

  /** "Millionen Menschen", "tens of millions": the size is stated though no figure is. */
  private bareMagnitude(i: number): number {
    const t = this.toks[i];
    const mag = this.maps.magnitudes.get(t.lc);
    if (mag !== undefined && t.lc.length >= MIN_BARE_MAGNITUDE) {
      const q = this.wordQuantity(i, 'number', mag);
      q.magnitude = mag;
      q.weak = true;
      q.bare = true;
      this.out.push(q);
    }
    return i + 1;
  }

  /** Whether cardinal v can continue a phrase (twenty five yes, five five no). */
  private canFollow(parts: number[], v: number): boolean {
    const prev = parts[parts.length - 1];
    if (scaleSet(this.table).has(prev)) return true;
    return prev >= 20 && prev % 10 === 0 && v < 10;
  }

  private wordQuantity(i: number, kind: Quantity['kind'], value: number): ScannedQuantity {
    const q = this.start(i, i, value, 0, true);
    q.kind = kind;
    return q;
  }

  private prevWord(i: number): Token | undefined {
    const p = this.toks[i - 1];
    return p?.type === 'word' ? p : undefined;
  }

  // ------------------------------------------------------------ shared

  private start(i: number, last: number, value: number, decimals: number, fromWords: boolean): ScannedQuantity {
    const span = { start: this.toks[i].s, end: this.toks[last].e };
    const q = quantity('number', value, decimals, this.text.slice(span.start, span.end), span);
    if (fromWords) q.fromWords = true;
    return q;
  }

  private push(q: ScannedQuantity, next: number): number {
    this.out.push(q);
    return next;
  }

  /** Reads what stands around a number (currency, sign, month before; magnitude, percent, unit, date after). */
  private complete(q: ScannedQuantity, first: number, k: number): number {
    const { toks, table, lang } = this;
    this.prefix(q, first);
    // Magnitude word: "2,3 Milliarden", "$5m", "3 Mio."
    let t = toks[k];
    // Most words and marks after a number are in none of the tables read below: only the figure itself decides.
    if (t === undefined || (t.type !== 'digits' && this.plainFollower(t))) {
      if (q.kind === 'currency' || q.kind === 'time') return this.push(q, k);
      return this.settle(q, k);
    }
    // "6 thousand million": magnitude words multiply.
    while (t?.type === 'word') {
      const mag = this.magnitudeAt(k);
      if (mag === undefined) break;
      const base = q.value;
      q.value = scaled(q.value, mag);
      if (q.alts) q.alts = q.alts.map((x) => scaled(x, mag));
      // "400m" without money is as likely metres as millions.
      if (GLUED_ONLY.has(t.lc) && q.kind !== 'currency' && !this.currencyAt(k + 1)) addAlt(q, base);
      q.magnitude = (q.magnitude ?? 1) * mag;
      this.extend(q, t);
      k++;
      if (toks[k]?.t === '.' && DOTTED.has(t.lc) && glued(t, toks[k])) k++;
      t = toks[k];
    }
    // Hyphenated compounds: "40-year-old", "29-Jährige", "10-fache", "50-prozentige".
    if (t?.t === '-' && glued(toks[k - 1], t) && toks[k + 1]?.type === 'word' && glued(t, toks[k + 1])) {
      const w = toks[k + 1];
      const w2 = toks[k + 3];
      const pair = toks[k + 2]?.t === '-' && w2?.type === 'word' ? `${w.lc}-${w2.lc}` : '';
      const mag = GLUED_ONLY.has(w.lc) ? undefined : this.maps.magnitudes.get(w.lc);
      if (mag !== undefined) {
        q.value = scaled(q.value, mag);
        if (q.alts) q.alts = q.alts.map((x) => scaled(x, mag));
        q.magnitude = mag;
        this.extend(q, w);
        return this.complete(q, first, k + 2);
      }
      if (w.lc.startsWith('fach') || w.lc === 'fold') {
        q.kind = 'multiplier';
        return this.push(q, k + 2);
      }
      if (w.lc.startsWith(PERCENT_STEM) || w.lc === 'percent') {
        q.kind = 'percent';
        q.unit = '%';
        return this.push(q, k + 2);
      }
      const unit = this.maps.units.get(pair) ?? this.maps.units.get(w.lc);
      if (unit !== undefined) {
        q.context = unit;
        return this.push(q, this.maps.units.get(pair) !== undefined ? k + 4 : k + 2);
      }
    }
    // Percent and percentage points.
    const pp = this.phrase(k, table.percentPointWords);
    if (pp > 0 && !(pp === 1 && toks[k].lc === 'points' && (!this.afterPercentWord(k) || Math.abs(q.value) > FULL_PERCENT))) {
      q.kind = 'percentPoint';
      q.unit = 'pp';
      return this.push(q, k + pp);
    }
    const pc = this.phrase(k, table.percentWords);
    if (pc > 0 || (t?.type === 'word' && t.lc.startsWith(PERCENT_STEM) && lang === 'de')) {
      q.kind = 'percent';
      q.unit = '%';
      this.extend(q, toks[k + Math.max(pc, 1) - 1]);
      return this.push(q, k + Math.max(pc, 1));
    }
    // Currency after the amount: "100 Euro", "35 Milliarden US-Dollar", "10 €".
    const cur = this.currencyAt(k);
    if (cur) {
      q.kind = 'currency';
      q.unit = cur.code;
      return this.push(q, cur.next);
    }
    if (q.kind === 'currency') return this.push(q, k);
    // Time: "3 p.m.", "15 Uhr", "9.15 pm".
    const time = this.timeAt(k);
    if (time && q.value <= 24) {
      const hours = Math.floor(q.value);
      const minutes = q.kind === 'time' ? q.value - hours : Math.round((q.value - hours) * 100) / 60;
      const h = time.offset === 12 && hours < 12 ? hours + 12 : time.offset === 0 && hours === 12 && time.word !== 'uhr' ? 0 : hours;
      q.kind = 'time';
      q.value = h + minutes;
      this.extend(q, toks[time.next - 1]);
      // "5 Uhr 13": minutes after the hour word.
      const m = toks[time.next];
      if (time.word === 'uhr' && minutes === 0 && m?.type === 'digits' && /^\d\d$/.test(m.t) && Number(m.t) < MINUTES_PER_HOUR) {
        q.value += Number(m.t) / MINUTES_PER_HOUR;
        this.extend(q, m);
        return this.push(q, time.next + 1);
      }
      return this.push(q, time.next);
    }
    if (q.kind === 'time') return this.push(q, k);
    // Dates: "24. November", "24 November", "November 24".
    if (t?.t === '.' && glued(toks[k - 1], t) && !q.fromWords && !q.magnitude) {
      const w = toks[k + 1];
      const month = w?.type === 'word' ? this.lex.month(w.lc) : undefined;
      if (month !== undefined) return this.date(q, month, k + 2);
      if (lang === 'de' && Number.isInteger(q.value) && w?.type === 'word' && !glued(t, w)) {
        q.kind = 'ordinal';
        return this.push(q, k + 1);
      }
    }
    if (t?.type === 'word' && !q.fromWords && !q.magnitude && Number.isInteger(q.value) && q.value <= 31) {
      const month = this.lex.month(t.lc);
      if (month !== undefined && !(t.lc === 'may' && t.t === 'may')) return this.date(q, month, k + 1);
    }
    return this.settle(q, k);
  }

  /** Whether a word or mark after a number leaves it as it is: in no table complete() reads, and no
   * hyphen (compounds) or dot (dates, ordinals). */
  private plainFollower(t: Token): boolean {
    if (t.type === 'word') return !this.lex.mayFollowNumber(t.lc);
    return t.t !== '-' && t.t !== '.' && currencySymbol(t) === undefined && !this.lex.mayFollowNumber(t.lc);
  }

  /** The end of complete(): a day after its month, a unit word's role, or a year. */
  private settle(q: ScannedQuantity, k: number): number {
    const { toks } = this;
    const t = toks[k];
    if (q.month !== undefined && q.value <= 31 && Number.isInteger(q.value)) {
      q.kind = 'date';
      q.day = q.value;
      return this.push(q, k);
    }
    // Unit words give the number its role: "49 minutes", "36 Jahren", "500 Meter".
    if (t?.type === 'word') {
      const span = this.maps.unitScales.get(t.lc);
      if (span !== undefined) {
        // "drei Jahrzehnte" are 30 years.
        addAlt(q, scaled(q.value, span.factor));
        q.context = span.unit;
        return this.push(q, k);
      }
      const unit = this.maps.units.get(t.lc);
      if (unit !== undefined) {
        const old = toks[k + 1];
        q.context = unit === 'year' && (old?.lc === 'old' || old?.lc === 'alt') ? 'age' : unit;
      }
    }
    if (this.isYear(q) && q.context === undefined) q.kind = 'year';
    return this.push(q, k);
  }

  /** The factor of a magnitude word at k that applies to the figure before it ("$5m" but not "5m2"). */
  private magnitudeAt(k: number): number | undefined {
    const { toks, maps } = this;
    const t = toks[k];
    const scale = maps.scales.get(t.lc);
    const mag = maps.magnitudes.get(t.lc) ?? (scale !== undefined && scale >= THOUSAND ? scale : undefined);
    if (mag === undefined || !GLUED_ONLY.has(t.lc)) return mag;
    const after = toks[k + 1];
    return glued(toks[k - 1], t) && !(glued(t, after) && after.type !== 'punct') ? mag : undefined;
  }

  private date(q: ScannedQuantity, month: number, next: number): number {
    q.kind = 'date';
    q.month = month;
    if (Number.isInteger(q.value) && q.value >= 1 && q.value <= 31) q.day = q.value;
    else q.badDay = true;
    return this.push(q, next);
  }

  private isYear(q: ScannedQuantity): boolean {
    return !q.fromWords && !q.magnitude && Number.isInteger(q.value) && q.value >= YEAR_MIN && q.value <= YEAR_MAX && /^\d{4}$/.test(q.text);
  }

  /** Currency symbol or code before the amount, minus sign, month name before a day. */
  private prefix(q: ScannedQuantity, first: number): void {
    const { toks, table, lang } = this;
    const p = toks[first - 1];
    if (!p) return;
    // Most words before a number ("in 2019") are in none of the tables read below.
    if (p.type === 'word' && !this.lex.mayPrecedeNumber(p.lc)) return;
    const sym = currencySymbol(p);
    if (sym && p.e >= q.span.start - 1) {
      q.kind = 'currency';
      q.unit = sym;
      return;
    }
    if (p.type === 'word' && p.t.length === 3 && CURRENCY_CODE.test(p.t) && this.maps.currencies.get(p.lc) !== undefined) {
      q.kind = 'currency';
      q.unit = this.maps.currencies.get(p.lc);
      return;
    }
    if ((p.t === '-' || p.t === '−') && glued(p, toks[first]) && toks[first - 2]?.type !== 'digits' && !glued(toks[first - 2], p)) {
      q.value = -q.value;
      return;
    }
    if (p.type === 'word' && table.minusWords.includes(p.lc)) {
      q.value = -q.value;
      return;
    }
    // "November 24", "Nov. 18": the month comes first.
    const monthTok = p.t === '.' ? toks[first - 2] : p;
    if (monthTok?.type === 'word') {
      const month = this.lex.month(monthTok.lc);
      if (month !== undefined && !(monthTok.t === 'may')) q.month = month;
    }
  }

  /** Length in tokens of the entry of `words` (space separated) that starts at token k, or 0. */
  private phrase(k: number, words: string[]): number {
    const { toks } = this;
    const first = toks[k]?.lc;
    if (first === undefined) return 0;
    const phrases = splitPhrases(words);
    if (!phrases.firsts.has(first)) return 0;
    let best = 0;
    for (const parts of phrases.parts) {
      if (parts.length <= best || parts[0] !== first) continue;
      let n = 1;
      while (n < parts.length && toks[k + n]?.lc === parts[n]) n++;
      if (n === parts.length) best = n;
    }
    return best;
  }

  /** "points" is a percentage point only after a percent figure earlier in the text. */
  private afterPercentWord(k: number): boolean {
    return this.out.some((q) => q.kind === 'percent' && q.span.end <= this.toks[k].s);
  }

  private currencyAt(k: number): { code: string; next: number } | undefined {
    const { toks, table } = this;
    const t = toks[k];
    if (!t) return undefined;
    const sym = currencySymbol(t);
    if (sym) return { code: sym, next: k + 1 };
    if (t.type !== 'word') return undefined;
    // "US-Dollar", "US dollars": skip the country prefix.
    if (US_PREFIXES.includes(t.lc) && toks[k + 1]?.t === '-' && toks[k + 2]?.type === 'word') {
      const code = this.maps.currencies.get(toks[k + 2].lc);
      if (code) return { code, next: k + 3 };
    }
    const usCode = t.lc === 'us' && toks[k + 1]?.type === 'word' ? this.maps.currencies.get(toks[k + 1].lc) : undefined;
    if (usCode) {
      return { code: usCode, next: k + 2 };
    }
    const code = this.maps.currencies.get(t.lc);
    if (!code) return undefined;
    // "5 euro cents": the second word is the unit.
    const sub = toks[k + 1]?.type === 'word' ? this.maps.currencies.get(toks[k + 1].lc) : undefined;
    return sub ? { code: sub, next: k + 2 } : { code, next: k + 1 };
  }

  private timeAt(k: number): { offset: number; next: number; word: string } | undefined {
    const { toks, table } = this;
    if (!toks[k]) return undefined;
    // Glue "p", ".", "m", "." back together.
    let joined = '';
    for (let n = 0; n < 4 && toks[k + n]; n++) {
      if (n > 0 && !glued(toks[k + n - 1], toks[k + n])) break;
      joined += toks[k + n].lc;
      const offset = this.maps.timeWords.get(joined);
      if (offset !== undefined && (n > 0 || toks[k].type === 'word')) {
        // Prefer the longest spelling ("p.m." over "p.m").
        const longer = toks[k + n + 1] && glued(toks[k + n], toks[k + n + 1]) ? this.maps.timeWords.get(joined + toks[k + n + 1].lc) : undefined;
        if (longer !== undefined) return { offset: longer, next: k + n + 2, word: joined + toks[k + n + 1].lc };
        return { offset, next: k + n + 1, word: joined };
      }
    }
    return undefined;
  }

  private extend(q: ScannedQuantity, t: Token): void {
    q.span = { start: q.span.start, end: t.e };
    q.text = this.text.slice(q.span.start, q.span.end);
  }

  /** Marks "X to Y", "5 bis 7", "between X and Y", "2010-2015" as ranges. */
  private linkRanges(): void {
    const { out, text, table } = this;
    for (let n = 0; n + 1 < out.length; n++) {
      const a = out[n];
      const b = out[n + 1];
      if (a.rangePeer !== undefined || a.weak || b.weak) continue;
      if (tooMuchBetween(text, a.span.end, b.span.start, this.lex.longestJoin)) continue;
      const between = text.slice(a.span.end, b.span.start).trim().toLowerCase();
      if (table.stepWords.includes(between) || table.rangeWords.includes(between)) carryMagnitude(a, b);
      if (table.rangeWords.includes(between) || between === ',') shareMonth(a, b);
      if (!table.rangeWords.includes(between)) continue;
      if (between === 'and' || between === 'und' || between === table.rangeClosers[0]) {
        const before = text.slice(Math.max(0, a.span.start - 12), a.span.start).trim().toLowerCase().split(/\s+/).pop() ?? '';
        if (!table.rangeOpeners.includes(before)) continue;
      }
      a.rangePeer = n + 1;
      b.rangePeer = n;
    }
  }
}

/** Whether `text` may hold a figure worth checking (false: scan would find at most articles). */
export function mayHoldFigure(text: string, lang: Lang): boolean {
  return lexicon(lang).mayHoldFigure(text);
}

/** mayHoldFigure for a text already cut into `tokens` (by tokenize). */
export function tokensMayHoldFigure(tokens: readonly Token[], lang: Lang): boolean {
  return lexicon(lang).tokensMayHoldFigure(tokens);
}

// Printable ASCII: never whitespace, so never trimmed away.
const FIRST_PRINTABLE = 33;
const LAST_PRINTABLE = 126;

/**
 * Whether text[from..to) holds more than `most` characters that trimming cannot remove: then it is
 * no range or step word (lower-casing never shortens). Most figures of a sentence lie words apart,
 * and this saves cutting out the words between them.
 */
function tooMuchBetween(text: string, from: number, to: number, most: number): boolean {
  if (to - from <= most) return false;
  let printable = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= FIRST_PRINTABLE && c <= LAST_PRINTABLE && ++printable > most) return true;
  }
  return false;
}

/** Scans a text for quantities and alphanumeric names, in the conventions of `lang`; `tokens` when
 * the caller has already cut the text (tokenize(text)). Inside `rememberingScans`, a text scanned
 * before is not scanned again (callers only read a scan). */
export function scan(text: string, lang: Lang, tokens?: Token[]): Scan {
  if (remembered === undefined) return scanAfresh(text, lang, tokens);
  const key = `${lang}\u0000${text}`;
  let found = remembered.get(key);
  if (found === undefined) remembered.set(key, (found = scanAfresh(text, lang, tokens)));
  return found;
}

function scanAfresh(text: string, lang: Lang, tokens?: Token[]): Scan {
  return new Scanner(text, lexicon(lang), tokens ?? tokenize(text)).run();
}

/** The scans of the work `rememberingScans` is doing, by language and text. */
let remembered: Map<string, Scan> | undefined;

/**
 * Runs `work` with every scan it makes remembered until it returns: a worker checks a pair and then
 * marks the quantities of the same sentences for the report, which need not be scanned twice. Scoped
 * to one piece of work (one pair), so that nothing is shared across pairs and memory stays bounded.
 */
export function rememberingScans<T>(work: () => T): T {
  const outer = remembered;
  remembered = new Map();
  try {
    return work();
  } finally {
    remembered = outer;
  }
}
