import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { contextOf, overlap, startContexts, type Context } from '../context.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo, Side } from '../types.js';

const info: RuleInfo = {
  id: 'numbers-swapped',
  severity: 'error',
  title: 'Numbers swapped',
  description: "Two numbers exchanged places: each now stands among the other one's words, unit or role.",
};

// Weights of the evidence that a source figure and a target figure are the same mention:
// shared context words, same kind, same role, distance in the text, distance in figure order.
export const WEIGHTS = [2, 1, 0.5, -0.5, -1.5];
// How much better the crossed reading must fit than the straight one to call it a swap.
export const THRESHOLD = 1.5;
// Later matched figures each one is tried against: every pair in a sentence, a near-linear number of
// pairs in a segment of thousands of figures (figures that trade places are seldom further apart).
const PARTNERS = 64;

// Roles that belong to a figure and do not move in translation: time spans and measures.
const ROLE: Record<string, string> = {
  year: 'year', age: 'age', month: 'month', week: 'week', day: 'day', hour: 'hour', minute: 'minute', second: 'second',
  km: 'km', m: 'm', cm: 'cm', mm: 'mm', kg: 'kg', g: 'g', t: 't', l: 'l', mile: 'mile', deg: 'deg', point: 'point', times: 'times',
};

/** What a figure is in its sentence: a date's day, an amount of money, a percentage, a measure. */
function role(q: ScannedQuantity): string | undefined {
  if (q.kind === 'date' || q.kind === 'time' || q.kind === 'percent') return q.kind;
  if (q.kind === 'currency') return `money:${q.unit}`;
  return q.context === undefined ? undefined : ROLE[q.context];
}

interface Mention {
  q: ScannedQuantity;
  ctx: Context;
  role: string | undefined;
  /** Place in the text, 0..1. */
  pos: number;
  /** Place among the text's figures, 0..1. */
  rank: number;
}

/** The mention of quantity `n` of a side, read once per comparison into `cache`. */
function mention(side: Side, n: number, cache: (Mention | undefined)[]): Mention {
  let m = cache[n];
  if (m === undefined) {
    const q = side.quantities[n];
    const count = side.quantities.length;
    m = { q, ctx: contextOf(side, q), role: role(q), pos: q.span.start / Math.max(1, side.text.length), rank: count > 1 ? n / (count - 1) : 0 };
    cache[n] = m;
  }
  return m;
}

/** How well a source and a target mention fit as one figure, by everything but the value: shared
 * context words, same kind, same role, distance in the text, distance in figure order. */
function fit(a: Mention, b: Mention, weights: readonly number[]): number {
  return (
    weights[0] * overlap(a.ctx, b.ctx) +
    (a.q.kind === b.q.kind ? weights[1] : 0) +
    (a.role !== undefined && a.role === b.role ? weights[2] : 0) +
    weights[3] * Math.abs(a.pos - b.pos) +
    weights[4] * Math.abs(a.rank - b.rank)
  );
}

export interface Swap {
  gain: number;
  s: [ScannedQuantity, ScannedQuantity];
  t: [ScannedQuantity, ScannedQuantity];
}

// Rounding the ceiling may be off by; far below any difference of fit that matters.
const SLACK = 1e-9;
// Fewest figures for which the ceiling is worth its cost: a sentence's few pairs are weighed at once.
const CEILING_MIN_PAIRS = PARTNERS;

/** Largest total weight a context can have; crossed minus straight overlap is at most twice it. */
function contextWeight(m: Mention): number {
  let w = 0;
  for (const x of m.ctx.weights) w += x;
  return w;
}

/**
 * A ceiling on the gain of any two of `pairs`, from each evidence's extremes: when it is below the
 * floor the caller cares about, no pair need be weighed (thousands of figures in one segment, all
 * in place, would otherwise cost a million weighings for nothing).
 */
function gainCeiling(c: Comparison, pairs: [number, number][], ms: (Mention | undefined)[], mt: (Mention | undefined)[], weights: readonly number[]): number {
  let context = 0;
  let posOff = 0;
  let rankOff = 0;
  let lo = Infinity;
  let hi = -Infinity;
  const kinds = new Set<string>();
  const roles = new Set<string | undefined>();
  for (const [i, j] of pairs) {
    const s = mention(c.src, i, ms);
    const t = mention(c.tgt, j, mt);
    context = Math.max(context, contextWeight(s), contextWeight(t));
    posOff = Math.max(posOff, Math.abs(s.pos - t.pos));
    rankOff = Math.max(rankOff, Math.abs(s.rank - t.rank));
    lo = Math.min(lo, s.pos, t.pos, s.rank, t.rank);
    hi = Math.max(hi, s.pos, t.pos, s.rank, t.rank);
    kinds.add(s.q.kind).add(t.q.kind);
    roles.add(s.role).add(t.role);
  }
  // A distance weighed against: crossing gains at most the straight distances; weighed for: at most the spread.
  const distance = (w: number, off: number) => (w <= 0 ? -w * 2 * off : w * 2 * (hi - lo));
  return (
    Math.abs(weights[0]) * 2 * context +
    (kinds.size > 1 ? Math.abs(weights[1]) * 2 : 0) +
    (roles.size > 1 ? Math.abs(weights[2]) * 2 : 0) +
    distance(weights[3], posOff) +
    distance(weights[4], rankOff)
  );
}

/**
 * The pair of matched figures whose crossed reading fits best, when it fits better than the straight
 * one. With a `floor`, pairs that cannot gain that much may be left unweighed (undefined when none can).
 */
export function bestSwap(c: Comparison, weights: readonly number[] = WEIGHTS, floor = -Infinity): Swap | undefined {
  const pairs: [number, number][] = [];
  for (const p of c.matched) {
    const s = c.src.quantities[p[0]];
    const t = c.tgt.quantities[p[1]];
    if (!s.weak && !t.weak && !s.fromWords && !t.fromWords) pairs.push(p);
  }
  if (pairs.length < 2) return undefined;
  startContexts();
  const ms: (Mention | undefined)[] = [];
  const mt: (Mention | undefined)[] = [];
  if (floor > -Infinity && pairs.length > CEILING_MIN_PAIRS && gainCeiling(c, pairs, ms, mt, weights) + SLACK < floor) return undefined;
  // The best pair so far by place in `pairs` (-1: none yet); its Swap is built once, at the end.
  let bestX = -1;
  let bestY = -1;
  let bestGain = 0;
  for (let x = 0; x < pairs.length; x++) {
    const [i1, j1] = pairs[x];
    const v1 = Math.abs(c.src.quantities[i1].value);
    for (let y = x + 1; y < pairs.length && y <= x + PARTNERS; y++) {
      const [i2, j2] = pairs[y];
      if (v1 === Math.abs(c.src.quantities[i2].value)) continue;
      const s1 = mention(c.src, i1, ms);
      const s2 = mention(c.src, i2, ms);
      const t1 = mention(c.tgt, j1, mt);
      const t2 = mention(c.tgt, j2, mt);
      const straight = fit(s1, t1, weights) + fit(s2, t2, weights);
      const crossed = fit(s1, t2, weights) + fit(s2, t1, weights);
      const gain = crossed - straight;
      if (bestX < 0 || gain > bestGain) {
        bestX = x;
        bestY = y;
        bestGain = gain;
      }
    }
  }
  if (bestX < 0) return undefined;
  const [i1, j1] = pairs[bestX];
  const [i2, j2] = pairs[bestY];
  return { gain: bestGain, s: [c.src.quantities[i1], c.src.quantities[i2]], t: [c.tgt.quantities[j1], c.tgt.quantities[j2]] };
}

export const numbersSwapped: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const swap = bestSwap(c, WEIGHTS, THRESHOLD);
    if (!swap || swap.gain < THRESHOLD) return [];
    const [a, b] = swap.s;
    return [makeFlag(info, `"${a.text}" and "${b.text}" traded places`, c, a, swap.t[0])];
  },
};
