// Puts the quantities of a source and a target text side by side: first by meaning (same value
// after magnitude words, word numbers, separators), then the leftovers as "this became that".
import { mayHoldFigure, scan, type ScannedQuantity, type Token } from '../numbers/index.js';
import { tokenize } from '../numbers/tokens.js';
import type { Lang } from '../types.js';
import type { Comparison, Side } from './types.js';

// Relative difference below which two values are the same number (floating-point noise).
const EPSILON = 1e-9;
// Hours between "8 pm" and "8 Uhr" written without the evening marker.
const HALF_DAY = 12;
// Added to a pairing with a weak mention: more than any difference of place, kind, context and unit.
const WEAK_COST = 3;
// Largest figure a word number is paired with when both are left over (word numbers are small).
const WORD_PAIR_MAX = 1000;

export function side(text: string, lang: Lang): Side {
  const { quantities, names, words, tokens } = scan(text, lang);
  return { text, lang, quantities, names, words, tokens };
}

/** A side with no figure: only its words may be asked for (by the untranslated rule), so they are read on demand. */
class FigurelessSide implements Side {
  readonly quantities: ScannedQuantity[] = [];
  readonly names = [];
  private toks?: Token[];
  private ws?: string[];

  constructor(
    readonly text: string,
    readonly lang: Lang,
  ) {}

  get tokens(): Token[] {
    return (this.toks ??= tokenize(this.text));
  }

  get words(): string[] {
    if (!this.ws) {
      this.ws = [];
      for (const t of this.tokens) if (t.type === 'word') this.ws.push(t.lc);
    }
    return this.ws;
  }
}

function close(x: number, y: number): boolean {
  return x === y || Math.abs(x - y) <= EPSILON * Math.max(Math.abs(x), Math.abs(y));
}

/** The figure as written, without its magnitude word (2.3 for "2.3 billion"). */
export function numeral(q: ScannedQuantity): number {
  return q.magnitude ? Number((q.value / q.magnitude).toPrecision(15)) : q.value;
}

/** Whether the less precise figure is the more precise one rounded or cut ("3.89" and "3,9"). */
function rounded(a: ScannedQuantity, b: ScannedQuantity): boolean {
  if ((a.magnitude ?? 1) !== (b.magnitude ?? 1)) return false;
  const [fine, coarse] = a.decimals >= b.decimals ? [a, b] : [b, a];
  if (fine.decimals === 0 || fine.decimals === coarse.decimals) return false;
  const f = Math.abs(numeral(fine)) * 10 ** coarse.decimals;
  const c = Math.abs(numeral(coarse)) * 10 ** coarse.decimals;
  return close(Math.round(f), c) || close(Math.floor(f), c);
}

// A century: "'08" and "2008" differ by a multiple of it.
const CENTURY = 100;
// Minutes in an hour and cents in a unit of money.
const MINUTES = 60;
const CENTS = 100;

/** "08" or "'92" for the year 2008 or 1992: two digits written for a year. */
function shortYear(short: ScannedQuantity, year: ScannedQuantity): boolean {
  return year.kind === 'year' && /^'?\d\d$/.test(short.text) && short.value === year.value % CENTURY;
}

/** "5.13" or "20.30" read as a clock time (5:13, 20:30) against a time. */
function clockReading(decimal: ScannedQuantity, time: ScannedQuantity): boolean {
  if (time.kind !== 'time' || decimal.decimals !== 2) return false;
  const h = Math.floor(decimal.value);
  const clock = h + Math.round((decimal.value - h) * CENTURY) / MINUTES;
  return close(clock % HALF_DAY, time.value % HALF_DAY);
}

/** "0.30 euros" and "30 Cent": the same money in its sub-unit. */
function inCents(whole: ScannedQuantity, cents: ScannedQuantity): boolean {
  return cents.unit === 'ct' && whole.kind === 'currency' && whole.unit !== 'ct' && close(whole.value * CENTS, cents.value);
}

/** "a million" and "1 Mio.": the size said in words and one of it written as a figure. */
function oneOfSize(words: ScannedQuantity, figure: ScannedQuantity): boolean {
  return sizeOnly(words) && !words.bare && !sizeOnly(figure) && figure.magnitude === words.magnitude && numeral(figure) === 1;
}

/** Whether two quantities say the same number, in whatever words or format. */
export function sameQuantity(a: ScannedQuantity, b: ScannedQuantity): boolean {
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (sizeOnly(a) || sizeOnly(b)) return (sizeOnly(a) && sizeOnly(b) && a.magnitude === b.magnitude) || oneOfSize(a, b) || oneOfSize(b, a);
  if (close(x, y)) return true;
  if (a.alts?.some((v) => close(Math.abs(v), y)) || b.alts?.some((v) => close(x, Math.abs(v)))) return true;
  if (a.kind === 'time' || b.kind === 'time') return close(x % HALF_DAY, y % HALF_DAY) || clockReading(a, b) || clockReading(b, a);
  if (shortYear(a, b) || shortYear(b, a)) return true;
  if (inCents(a, b) || inCents(b, a)) return true;
  // "half" and "50 percent", "a quarter" and "25 %".
  if (a.kind === 'fraction' && b.kind === 'percent') return close(x * 100, y);
  if (b.kind === 'fraction' && a.kind === 'percent') return close(y * 100, x);
  return rounded(a, b);
}

function position(q: ScannedQuantity, text: string): number {
  return text.length === 0 ? 0 : q.span.start / text.length;
}

/** Cost of pairing two quantities: same kind and same place in the sentence are cheapest. */
function pairCost(a: ScannedQuantity, b: ScannedQuantity, src: Side, tgt: Side): number {
  let cost = Math.abs(position(a, src.text) - position(b, tgt.text));
  if (a.kind !== b.kind) cost += 1;
  if (a.context !== b.context) cost += 0.5;
  if ((a.unit ?? '') !== (b.unit ?? '')) cost += 0.5;
  // An article or a word ordinal ("ein", "first") takes a figure only when no real number wants it.
  if (a.weak || b.weak) cost += WEAK_COST;
  return cost;
}

/** Greedy assignment of the cheapest allowed pairs. */
function assign(
  src: Side,
  tgt: Side,
  srcIdx: number[],
  tgtIdx: number[],
  allowed: (a: ScannedQuantity, b: ScannedQuantity) => boolean,
): [number, number][] {
  const cands: [number, number, number][] = [];
  for (const i of srcIdx) {
    for (const j of tgtIdx) {
      const a = src.quantities[i];
      const b = tgt.quantities[j];
      if (allowed(a, b)) cands.push([pairCost(a, b, src, tgt), i, j]);
    }
  }
  cands.sort((p, q) => p[0] - q[0]);
  const usedS = new Set<number>();
  const usedT = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (usedS.has(i) || usedT.has(j)) continue;
    usedS.add(i);
    usedT.add(j);
    out.push([i, j]);
  }
  return out;
}

/** A magnitude with no figure of its own: "Millionen", "a million", "several thousand". */
export function sizeOnly(q: ScannedQuantity): boolean {
  return q.bare === true || (q.fromWords === true && q.magnitude !== undefined && numeral(q) === 1);
}

/** Whether two left-over quantities plausibly stand for each other. */
function pairable(a: ScannedQuantity, b: ScannedQuantity): boolean {
  // Articles, word ordinals and decades never stand for a changed figure; bare magnitudes only for each other.
  if (a.weak || b.weak) return sizeOnly(a) && sizeOnly(b);
  if (a.fromWords || b.fromWords) {
    const other = a.fromWords ? b : a;
    return (other.fromWords ?? false) || (Number.isInteger(other.value) && Math.abs(other.value) <= WORD_PAIR_MAX);
  }
  return true;
}

/** A comparison of the words only, no figures: for texts without any, and for the untranslated check alone. */
export function wordsOnly(srcText: string, tgtText: string, srcLang: Lang, tgtLang: Lang): Comparison {
  const none: number[] = [];
  return { src: new FigurelessSide(srcText, srcLang), tgt: new FigurelessSide(tgtText, tgtLang), matched: [], changed: [], srcLeft: none, tgtLeft: none };
}

export function compare(srcText: string, tgtText: string, srcLang: Lang, tgtLang: Lang): Comparison {
  // Most sentences of an article carry no figure on either side: nothing to scan or pair.
  if (!mayHoldFigure(srcText, srcLang) && !mayHoldFigure(tgtText, tgtLang)) return wordsOnly(srcText, tgtText, srcLang, tgtLang);
  const src = side(srcText, srcLang);
  const tgt = side(tgtText, tgtLang);
  const allS = src.quantities.map((_, i) => i);
  const allT = tgt.quantities.map((_, j) => j);
  const matched = assign(src, tgt, allS, allT, sameQuantity);
  const restS = allS.filter((i) => !matched.some(([s]) => s === i));
  const restT = allT.filter((j) => !matched.some(([, t]) => t === j));
  const changed = assign(src, tgt, restS, restT, pairable);
  return {
    src,
    tgt,
    matched,
    changed,
    srcLeft: restS.filter((i) => !changed.some(([s]) => s === i)),
    tgtLeft: restT.filter((j) => !changed.some(([, t]) => t === j)),
  };
}
