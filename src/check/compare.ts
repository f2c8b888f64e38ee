// Puts the quantities of a source and a target text side by side: first by meaning (same value
// after magnitude words, word numbers, separators), then the leftovers as "this became that".
import {
  mayHoldFigure,
  scan,
  tokenize,
  tokensMayHoldFigure,
  wordsOf,
  type NameToken,
  type Scan,
  type ScannedQuantity,
  type Token,
} from '../numbers/index.js';
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

/** A scanned side: the scan's findings, its words read on demand. */
class ScannedSide implements Side {
  readonly quantities: ScannedQuantity[];
  readonly names: NameToken[];
  readonly tokens: Token[];

  constructor(
    readonly text: string,
    readonly lang: Lang,
    private readonly found: Scan,
  ) {
    this.quantities = found.quantities;
    this.names = found.names;
    this.tokens = found.tokens;
  }

  get words(): string[] {
    return this.found.words;
  }
}

export function side(text: string, lang: Lang, tokens?: Token[]): Side {
  return new ScannedSide(text, lang, scan(text, lang, tokens));
}

/** A side with no figure: only its words may be asked for (by the untranslated rule), so they are read on demand. */
class FigurelessSide implements Side {
  readonly quantities: ScannedQuantity[] = [];
  readonly names = [];
  private ws?: string[];

  constructor(
    readonly text: string,
    readonly lang: Lang,
    private toks?: Token[],
  ) {}

  get tokens(): Token[] {
    return (this.toks ??= tokenize(this.text));
  }

  get words(): string[] {
    return (this.ws ??= wordsOf(this.tokens));
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

// Targets a source quantity is weighed against, on each side of the target at its relative rank.
// Sentences hold a few figures, so every pair is weighed; a segment of thousands of figures (a
// table read as one sentence) stays near-linear, and a figure that far from its counterpart's
// place would not win the greedy choice anyway.
const RANK_WINDOW = 48;

/** First of the targets (by rank in their list) that source number `k` of `count` is weighed against. */
function windowStart(k: number, count: number, targets: number): number {
  if (targets <= 2 * RANK_WINDOW + 1) return 0;
  const centre = count > 1 ? Math.round((k * (targets - 1)) / (count - 1)) : 0;
  return Math.max(0, Math.min(centre - RANK_WINDOW, targets - (2 * RANK_WINDOW + 1)));
}

/** Candidate pairs of one assignment: cost, source and target index, and the sorted order. */
export interface Candidates {
  costs: Float64Array;
  src: Int32Array;
  tgt: Int32Array;
  order: Int32Array;
}

export function candidates(size: number): Candidates {
  return { costs: new Float64Array(size), src: new Int32Array(size), tgt: new Int32Array(size), order: new Int32Array(size) };
}

// Candidates of an ordinary sentence fit in one buffer reused from call to call; a huge segment
// grows its own, dropped after the call.
const SHARED_CANDIDATES = 4096;
const shared = candidates(SHARED_CANDIDATES);
// Fewest candidates merge-sorted rather than sorted by insertion.
const INSERTION_SORT_MAX = 32;

/** First place in sorted[0..n) whose value is not below x. */
function lowerBound(sorted: ArrayLike<number>, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A stable bottom-up merge sort of order[0..n) by cost: ties keep candidate order. Written out
 * because a segment of thousands of figures has thousands of candidates, and the built-in sort's
 * comparator calls were most of its check.
 */
function mergeSort(c: Candidates, n: number): void {
  const { costs } = c;
  let from: Int32Array = c.order;
  let to: Int32Array = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = costs[from[j]] < costs[from[i]] ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  if (from !== c.order) c.order.set(from.subarray(0, n));
}

/** Sorts order[0..n) by cost, ties by candidate number (the order they were found in). Exported for tests. */
export function sortCandidates(c: Candidates, n: number): void {
  const { costs, order } = c;
  for (let k = 0; k < n; k++) order[k] = k;
  if (n > INSERTION_SORT_MAX) {
    mergeSort(c, n);
    return;
  }
  for (let k = 1; k < n; k++) {
    const x = order[k];
    const cx = costs[x];
    let m = k - 1;
    while (m >= 0 && costs[order[m]] > cx) {
      order[m + 1] = order[m];
      m--;
    }
    order[m + 1] = x;
  }
}

/** Twice the room of `c`, holding its first n candidates: a segment of many figures outgrows the shared buffer. */
function grown(c: Candidates, n: number): Candidates {
  const g = candidates(2 * c.costs.length);
  g.costs.set(c.costs.subarray(0, n));
  g.src.set(c.src.subarray(0, n));
  g.tgt.set(c.tgt.subarray(0, n));
  return g;
}

// Marks per figure, for figures of a segment: one more doubling than a sentence needs.
const MARKS_START = 64;

/**
 * One array of marks reused from call to call, handed out zeroed for the first `size` figures: a
 * typed array allocated per call cost more than assigning a sentence's few figures.
 */
class Marks {
  private buf = new Uint8Array(MARKS_START);

  take(size: number): Uint8Array {
    if (size > this.buf.length) this.buf = new Uint8Array(Math.max(size, 2 * this.buf.length));
    else this.buf.fill(0, 0, size);
    return this.buf;
  }
}

// Each in use by one caller at a time: assign holds the first three, left the last, neither calls the other.
const PLAIN_T = new Marks();
const USED_S = new Marks();
const USED_T = new Marks();
const TAKEN = new Marks();

/** A figure sameQuantity can only match by value: no other reading, no size alone, no kind or unit with a rule of its own. */
function plainFigure(q: ScannedQuantity): boolean {
  return q.alts === undefined && q.decimals === 0 && q.unit !== 'ct' && q.kind !== 'time' && q.kind !== 'year' && q.kind !== 'fraction' && !sizeOnly(q);
}

// Integers below this are the same number for close() only when equal (beyond, it allows a difference of one).
const EXACT_INTEGER = 1e9;

function plainInteger(q: ScannedQuantity): boolean {
  return Number.isInteger(q.value) && Math.abs(q.value) < EXACT_INTEGER && plainFigure(q);
}

/** Places in tgtIdx of each value, in order, when every target is a plain integer; undefined otherwise. */
function placesByValue(tgt: Side, tgtIdx: number[]): Map<number, number[]> | undefined {
  const out = new Map<number, number[]>();
  for (let m = 0; m < tgtIdx.length; m++) {
    const b = tgt.quantities[tgtIdx[m]];
    if (!plainInteger(b)) return undefined;
    const v = Math.abs(b.value);
    const list = out.get(v);
    if (list) list.push(m);
    else out.set(v, [m]);
  }
  return out;
}

/** `allowed`, with sameQuantity between two plain figures read as equal values (as assign weighs them). */
function pairAllowed(a: ScannedQuantity, b: ScannedQuantity, allowed: (a: ScannedQuantity, b: ScannedQuantity) => boolean): boolean {
  if (allowed === sameQuantity && plainFigure(a) && plainFigure(b)) return close(Math.abs(a.value), Math.abs(b.value));
  return allowed(a, b);
}

/**
 * Greedy assignment of the cheapest allowed pairs; ties go to the earlier source, then target.
 * `allowed` sameQuantity: two plain figures are compared by value without it, and when the targets
 * outnumber the window, a plain integer looks up the targets of its value instead of weighing
 * the whole window (a segment of thousands of figures weighs about a hundred per figure).
 */
function assign(
  src: Side,
  tgt: Side,
  srcIdx: number[],
  tgtIdx: number[],
  allowed: (a: ScannedQuantity, b: ScannedQuantity) => boolean,
): [number, number][] {
  const out: [number, number][] = [];
  if (srcIdx.length === 0 || tgtIdx.length === 0) return out;
  // Most sentences hold one figure a side: one test, no candidates to weigh or sort.
  if (srcIdx.length === 1 && tgtIdx.length === 1) {
    if (pairAllowed(src.quantities[srcIdx[0]], tgt.quantities[tgtIdx[0]], allowed)) out.push([srcIdx[0], tgtIdx[0]]);
    return out;
  }
  const span = Math.min(tgtIdx.length, 2 * RANK_WINDOW + 1);
  const byValue = allowed === sameQuantity;
  const plainT = PLAIN_T.take(byValue ? tgt.quantities.length : 0);
  if (byValue) for (let j = 0; j < tgt.quantities.length; j++) plainT[j] = plainFigure(tgt.quantities[j]) ? 1 : 0;
  const places = byValue && tgtIdx.length > span ? placesByValue(tgt, tgtIdx) : undefined;
  let c = shared;
  let n = 0;
  const add = (i: number, j: number) => {
    if (n === c.costs.length) c = grown(c, n);
    c.costs[n] = pairCost(src.quantities[i], tgt.quantities[j], src, tgt);
    c.src[n] = i;
    c.tgt[n] = j;
    n++;
  };
  for (let k = 0; k < srcIdx.length; k++) {
    const a = src.quantities[srcIdx[k]];
    const from = windowStart(k, srcIdx.length, tgtIdx.length);
    if (places !== undefined && plainInteger(a)) {
      const list = places.get(Math.abs(a.value)) ?? [];
      for (let p = lowerBound(list, list.length, from); p < list.length && list[p] < from + span; p++) add(srcIdx[k], tgtIdx[list[p]]);
      continue;
    }
    const plainA = byValue && plainFigure(a);
    const x = Math.abs(a.value);
    for (let m = from; m < from + span; m++) {
      const b = tgt.quantities[tgtIdx[m]];
      if (plainA && plainT[tgtIdx[m]] === 1 ? !close(x, Math.abs(b.value)) : !allowed(a, b)) continue;
      add(srcIdx[k], tgtIdx[m]);
    }
  }
  sortCandidates(c, n);
  const usedS = USED_S.take(src.quantities.length);
  const usedT = USED_T.take(tgt.quantities.length);
  for (let k = 0; k < n; k++) {
    const i = c.src[c.order[k]];
    const j = c.tgt[c.order[k]];
    if (usedS[i] || usedT[j]) continue;
    usedS[i] = 1;
    usedT[j] = 1;
    out.push([i, j]);
  }
  return out;
}

/** Indices of `idx` not taken by any of `pairs` on that side (0: source, 1: target). */
function left(idx: number[], pairs: [number, number][], sideOf: 0 | 1, size: number): number[] {
  // Each index of idx is paired at most once: no pair leaves all of them, as many pairs leave none.
  if (pairs.length === 0) return idx.slice();
  if (pairs.length === idx.length) return [];
  const taken = TAKEN.take(size);
  for (const p of pairs) taken[p[sideOf]] = 1;
  return idx.filter((i) => taken[i] === 0);
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
export function wordsOnly(srcText: string, tgtText: string, srcLang: Lang, tgtLang: Lang, tgtTokens?: Token[]): Comparison {
  const none: number[] = [];
  const tgt = new FigurelessSide(tgtText, tgtLang, tgtTokens);
  return { src: new FigurelessSide(srcText, srcLang), tgt, matched: [], changed: [], srcLeft: none, tgtLeft: none };
}

export function compare(srcText: string, tgtText: string, srcLang: Lang, tgtLang: Lang): Comparison {
  let tgtTokens: Token[] | undefined;
  // Most sentences of an article carry no figure on either side: nothing to scan or pair. The
  // target's tokens serve both the test and the untranslated check (or the scan).
  if (!mayHoldFigure(srcText, srcLang)) {
    tgtTokens = tokenize(tgtText);
    if (!tokensMayHoldFigure(tgtTokens, tgtLang)) return wordsOnly(srcText, tgtText, srcLang, tgtLang, tgtTokens);
  }
  const src = side(srcText, srcLang);
  const tgt = side(tgtText, tgtLang, tgtTokens);
  const allS = src.quantities.map((_, i) => i);
  const allT = tgt.quantities.map((_, j) => j);
  const matched = assign(src, tgt, allS, allT, sameQuantity);
  const restS = left(allS, matched, 0, allS.length);
  const restT = left(allT, matched, 1, allT.length);
  const changed = assign(src, tgt, restS, restT, pairable);
  return {
    src,
    tgt,
    matched,
    changed,
    srcLeft: left(restS, changed, 0, allS.length),
    tgtLeft: left(restT, changed, 1, allT.length),
  };
}
