// Banded dynamic programming over bead shapes: the cheapest monotone path through a band of the matrix.
import { type BeadShape, type CostWeights, MAX_BLOCK, scaledLengthCost, SHAPES } from './cost.js';
import { type SparseVector, SpreadVector } from './features.js';

/** One side of an alignment as the DP sees it: vectors, lengths, and what makes block costs O(1). */
export interface Side {
  vecs: SparseVector[];
  len: Float64Array;
  /** |x_i|^2 per sentence. */
  sq: Float64Array;
  /** norms[a - 1][i] = |x_i + ... + x_(i+a-1)|^2, for blocks of up to MAX_BLOCK sentences. */
  norms: Float64Array[];
  /** cumLen[i] = total length of sentences 0 .. i-1. */
  cumLen: Float64Array;
  /** Per sentence: ids of the numbers it carries that the other document also has somewhere. */
  nums: number[][];
  /** cumNums[i] = how many of sentences 0 .. i-1 carry such numbers: most blocks have none to check. */
  cumNums: Int32Array;
}

const NO_NUMBERS: number[] = [];
/** Scratch for dot products; alignment is synchronous, so one per thread will do. */
const spread = new SpreadVector();

/**
 * Working arrays per thread, grown on demand and never cleared: alignment is synchronous, and a
 * typed array of more than a few entries costs a memory block of its own to allocate (~0.7 us, some
 * 90 per document) and to collect. Each use sets every entry it reads; one slot per use.
 */
const floats: Float64Array[] = [];
const ints: Int32Array[] = [];
let steps = new Uint8Array(0);
const LAGS = 0;
const COST = 1;
const SRC_FLOORS = 2;
const TGT_FLOORS = 3;
const SCALED_TGT = 4;
const RING_DOT = 5;
const ROW_AT = 0;
const ROW_BASE = 1;
const FIRST_REACHED = 2;
const LAST_REACHED = 3;
const BASE_LO = 4;
const BASE_HI = 5;
const RING_ROW = 6;

/** Scratch floats `slot`, at least `size` long. */
function floatScratch(slot: number, size: number): Float64Array {
  if (!(floats[slot]?.length >= size)) floats[slot] = new Float64Array(Math.max(size, 2 * (floats[slot]?.length ?? 0)));
  return floats[slot];
}

/** Scratch integers `slot`, at least `size` long. */
function intScratch(slot: number, size: number): Int32Array {
  if (!(ints[slot]?.length >= size)) ints[slot] = new Int32Array(Math.max(size, 2 * (ints[slot]?.length ?? 0)));
  return ints[slot];
}
/** Length cost (-log p) at which two 1-1 sentences sharing nothing pay the full orphan cost: lengths clearly disagree. */
const ORPHAN_GC = 2;

/** A side from its vectors and lengths; `nums` (per sentence, the numbers the other side also has) may be left out. */
export function makeSide(vecs: SparseVector[], len: Float64Array, nums?: number[][]): Side {
  const n = vecs.length;
  // sq, the norms per block size and cumLen share one block of memory.
  const store = new Float64Array((2 + MAX_BLOCK) * n + 1);
  const sq = store.subarray(0, n);
  const norms = Array.from({ length: MAX_BLOCK }, (_, a) => store.subarray((1 + a) * n, (2 + a) * n));
  const cumLen = store.subarray((1 + MAX_BLOCK) * n);
  // lags[d * n + i] = x_i . x_(i+d)
  const lags = floatScratch(LAGS, MAX_BLOCK * n);
  for (let i = 0; i < n; i++) {
    spread.spread(vecs[i]);
    sq[i] = spread.dot(vecs[i]);
    for (let d = 1; d < MAX_BLOCK && i + d < n; d++) lags[d * n + i] = spread.dot(vecs[i + d]);
  }
  for (let i = 0; i < n; i++) {
    for (let a = 1; a <= MAX_BLOCK && i + a <= n; a++) {
      let n2 = 0;
      for (let k = i; k < i + a; k++) n2 += sq[k];
      for (let d = 1; d < a; d++) for (let k = i; k + d < i + a; k++) n2 += 2 * lags[d * n + k];
      norms[a - 1][i] = n2;
    }
  }
  for (let i = 0; i < n; i++) cumLen[i + 1] = cumLen[i] + len[i];
  const numbers = nums ?? vecs.map(() => NO_NUMBERS);
  const cumNums = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) cumNums[i + 1] = cumNums[i] + (numbers[i].length > 0 ? 1 : 0);
  return { vecs, len, sq, norms, cumLen, nums: numbers, cumNums };
}

/** DP nodes allowed per row: node (i, j) for lo[i] <= j <= hi[i]; both non-decreasing, lo[0] = 0, hi[n] = m. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** A bead in sentence coordinates: `a` source sentences from `i`, `b` target sentences from `j`. */
export interface RawBead {
  i: number;
  a: number;
  j: number;
  b: number;
  cost: number;
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * The band `width` rows and columns around a path given by its nodes (bead boundaries), clipped
 * to the matrix. Linear in the path length times `width`.
 */
export function bandAround(nodes: [number, number][], n: number, m: number, width: number): Band {
  const baseLo = intScratch(BASE_LO, n + 1).fill(m, 0, n + 1);
  const baseHi = intScratch(BASE_HI, n + 1).fill(0, 0, n + 1);
  for (let k = 0; k < nodes.length; k++) {
    const [i0, j0] = nodes[k];
    const [i1, j1] = k + 1 < nodes.length ? nodes[k + 1] : nodes[k];
    for (let i = i0; i <= i1; i++) {
      if (j0 < baseLo[i]) baseLo[i] = j0;
      if (j1 > baseHi[i]) baseHi[i] = j1;
    }
  }
  const bounds = new Int32Array(2 * (n + 1));
  const lo = bounds.subarray(0, n + 1);
  const hi = bounds.subarray(n + 1);
  for (let i = 0; i <= n; i++) {
    let l = m;
    let h = 0;
    for (let r = Math.max(0, i - width); r <= Math.min(n, i + width); r++) {
      if (baseLo[r] < l) l = baseLo[r];
      if (baseHi[r] > h) h = baseHi[r];
    }
    lo[i] = Math.max(0, l - width);
    hi[i] = Math.min(m, h + width);
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/**
 * Source-target dot products over the cells the band's beads can touch, one row per source sentence, in
 * flat arrays. A cache built for a band serves any band inside it too.
 */
export class DotCache {
  /** Row r covers target sentences start[r] .. start[r] + width; its dots begin at offset[r]. */
  private readonly start: Int32Array;
  private readonly offset: Int32Array;
  private readonly dots: Float64Array;
  /** Per row, prefix sums of the dots (one more entry per row): a sentence against a block is one subtraction. */
  private readonly prefix: Float64Array;
  constructor(src: Side, tgt: Side, band: Band) {
    const n = src.vecs.length;
    const m = tgt.vecs.length;
    this.start = new Int32Array(n);
    this.offset = new Int32Array(n + 1);
    for (let r = 0; r < n; r++) {
      const from = Math.max(0, band.lo[r + 1] - MAX_BLOCK);
      const to = Math.min(m, band.hi[Math.min(r + MAX_BLOCK, n)]);
      this.start[r] = from;
      this.offset[r + 1] = this.offset[r] + Math.max(0, to - from);
    }
    this.dots = new Float64Array(this.offset[n]);
    this.prefix = new Float64Array(this.offset[n] + n);
    for (let r = 0; r < n; r++) {
      const x = src.vecs[r];
      const from = this.start[r];
      const base = this.offset[r];
      const width = this.offset[r + 1] - base;
      if (x.ids.length > 0) {
        spread.spread(x);
        for (let c = 0; c < width; c++) this.dots[base + c] = spread.dot(tgt.vecs[from + c]);
      }
      const pre = base + r;
      for (let c = 0; c < width; c++) this.prefix[pre + c + 1] = this.prefix[pre + c] + this.dots[base + c];
    }
  }
  /** Source sentence r against target sentences j .. j+b-1. */
  rowBlock(r: number, j: number, b: number): number {
    const at = this.offset[r] + r - this.start[r];
    return this.prefix[at + j + b] - this.prefix[at + j];
  }
  /** Source sentence r against target sentence c. */
  one(r: number, c: number): number {
    return this.dots[this.offset[r] + c - this.start[r]];
  }
  /** Source sentences i .. i+a-1 against target sentence c. */
  columnBlock(i: number, a: number, c: number): number {
    let s = 0;
    for (let r = i; r < i + a; r++) s += this.dots[this.offset[r] + c - this.start[r]];
    return s;
  }

  private cosines?: BestCosines;
  /** Per sentence of either side, a ceiling on its cosine with any block it can meet (see bestCosines); taken once per cache. */
  bestCosines(src: Side, tgt: Side): BestCosines {
    return (this.cosines ??= this.takeBestCosines(src, tgt));
  }

  /**
   * Each sentence's cosine with every block of up to MAX_BLOCK sentences the cache reaches, at most:
   * only blocks that end in a sentence sharing something with it are taken, as weights are never
   * negative and a block that ends in one sharing nothing has a smaller cosine than the block without
   * that sentence. A sentence without features gets -Infinity: its support is `noEvidence` whatever
   * it meets. Blocks the band never forms only raise the ceiling, which keeps it a ceiling.
   */
  private takeBestCosines(src: Side, tgt: Side): BestCosines {
    const n = src.vecs.length;
    const m = tgt.vecs.length;
    const srcBest = Float64Array.from(src.sq, (x) => (x > 0 ? 0 : -Infinity));
    const tgtBest = Float64Array.from(tgt.sq, (x) => (x > 0 ? 0 : -Infinity));
    // Per column, the dots of the last MAX_BLOCK source rows that share something with it, in slot
    // r % MAX_BLOCK with the row they came from: most dots are 0, and only the others are visited.
    const ringRow = intScratch(RING_ROW, MAX_BLOCK * m).fill(-MAX_BLOCK, 0, MAX_BLOCK * m);
    const ringDot = floatScratch(RING_DOT, MAX_BLOCK * m);
    for (let r = 0; r < n; r++) {
      const base = this.offset[r];
      const from = this.start[r];
      const width = this.offset[r + 1] - base;
      const nr = src.sq[r];
      if (!(nr > 0)) continue;
      for (let c = 0; c < width; c++) {
        if (this.dots[base + c] === 0) continue;
        const col = from + c;
        // Squared dots over squared block norms, compared by multiplying: the sentence's own norm
        // and the root are taken once per sentence at the end.
        let across = 0;
        for (let b = 1; b <= MAX_BLOCK && c - b + 1 >= 0; b++) {
          across += this.dots[base + c - b + 1];
          const norm = tgt.norms[b - 1][col - b + 1];
          if (across * across > srcBest[r] * norm) srcBest[r] = (across * across) / norm;
        }
        const at = (r % MAX_BLOCK) * m + col;
        ringRow[at] = r;
        ringDot[at] = this.dots[base + c];
        let down = 0;
        for (let a = 1; a <= MAX_BLOCK && r - a + 1 >= 0; a++) {
          const q = r - a + 1;
          const slot = (q % MAX_BLOCK) * m + col;
          if (ringRow[slot] === q) down += ringDot[slot];
          const norm = src.norms[a - 1][q];
          if (down * down > tgtBest[col] * norm) tgtBest[col] = (down * down) / norm;
        }
      }
    }
    for (let r = 0; r < n; r++) if (srcBest[r] > 0) srcBest[r] = Math.sqrt(srcBest[r] / src.sq[r]);
    for (let c = 0; c < m; c++) if (tgtBest[c] > 0) tgtBest[c] = Math.sqrt(tgtBest[c] / tgt.sq[c]);
    return { src: srcBest, tgt: tgtBest };
  }
}

/** Per sentence, a ceiling on its cosine with any block on the other side that a bead may pair it with. */
interface BestCosines {
  src: Float64Array;
  tgt: Float64Array;
}

/**
 * The least content cost each sentence from k on adds to any path, summed: entry k of the result.
 * A sentence's share of a bead's cost is at least half the lexical weight times its support, and a
 * null bead's (its whole cost) at least `nullCost` less what the gap bound already counts.
 */
function floorsAfter(slot: number, best: Float64Array, w: CostWeights, perGap: number): Float64Array {
  const cap = Math.max(0, w.nullCost - perGap);
  const out = floatScratch(slot, best.length + 1);
  out[best.length] = 0;
  for (let k = best.length - 1; k >= 0; k--) out[k] = out[k + 1] + Math.max(0, Math.min(cap, (w.lexical / 2) * Math.min(w.noEvidence, 1 - best[k])));
  return out;
}

/**
 * Slack on a `limit`: costs are sums of rounded terms, and a path's cost may come out a few ulps apart
 * between two bands (their dot-product prefix sums start at different columns). Relative to the limit, and
 * never less than this absolutely: a limit near zero (identical sentences) has no room for rounding otherwise.
 */
const LIMIT_SLACK = 1e-9;
/**
 * What a bead may cost below zero, with room to spare: the erfc fit puts the length cost of a perfect
 * length match at -3e-8, and a cosine of identical vectors may round above 1.
 */
const BEAD_SLACK = 1e-6;

/**
 * The least cost, per sentence of difference between the sentences left on the two sides, of any
 * bead that closes that gap: no path from (i, j) to (n, m) costs less than this times |(m - j) - (n - i)|.
 */
function gapCost(shapeSet: readonly BeadShape[], nullCost: number): number {
  let least = Infinity;
  for (const { a, b, prior } of shapeSet) {
    if (a !== b) least = Math.min(least, (a === 0 || b === 0 ? prior + nullCost * (a + b) : prior) / Math.abs(b - a));
  }
  return Math.max(0, least);
}

/**
 * The cheapest path through `band`, as beads in order. `ratio` is target length per source length.
 * `limit`, when given, is the cost of some path inside the band: a cell whose cost plus the least cost
 * of closing its gap to the end and the least content cost of the sentences left (floorsAfter; each
 * bead pays its share of both, so the sum never drops along a path), less BEAD_SLACK per sentence
 * left, exceeds it lies on no cheapest path, nor can it be the best predecessor of a cell on one, so it is left unreachable (A*-style) and
 * the cells only it leads to cost nothing to fill. The path found costs what the path found without a
 * limit costs, and is the same path on every eval document and 1,010 generated pairs; where two paths
 * tie (documents that repeat a short sentence: 38 of 30,000 random ones of number-only lines) the
 * other one may be chosen.
 */
export function alignInBand(
  src: Side,
  tgt: Side,
  band: Band,
  w: CostWeights,
  ratio: number,
  shapeSet: readonly BeadShape[] = SHAPES,
  limit = Infinity,
  dots = new DotCache(src, tgt, band),
): RawBead[] {
  const n = src.vecs.length;
  const m = tgt.vecs.length;
  const { shapeA, shapeB, shapePrior } = shapeTables(shapeSet);
  const shapes = shapeSet.length;
  const { lo, hi } = band;
  const { nullCost, variance, length: lengthWeight } = w;
  const srcCum = src.cumLen;
  const scaledTgt = scaledBlockLengths(tgt.cumLen, ratio);
  // Flat arrays over the band's cells, row i from rowAt[i]: one allocation instead of one per row.
  const rowAt = intScratch(ROW_AT, n + 2);
  rowAt[0] = 0;
  for (let i = 0; i <= n; i++) rowAt[i + 1] = rowAt[i] + hi[i] - lo[i] + 1;
  /** Cell (i, j) is at rowBase[i] + j. */
  const rowBase = intScratch(ROW_BASE, n + 1);
  for (let i = 0; i <= n; i++) rowBase[i] = rowAt[i] - lo[i];
  const cost = floatScratch(COST, rowAt[n + 1]).fill(Infinity, 0, rowAt[n + 1]);
  if (steps.length < rowAt[n + 1]) steps = new Uint8Array(Math.max(rowAt[n + 1], 2 * steps.length));
  // Read only where a cell was reached, so never before it is written.
  const back = steps;
  cost[0] = 0;
  const ceiling = limit + LIMIT_SLACK * Math.max(1, Math.abs(limit));
  const perGap = gapCost(shapeSet, nullCost);
  // Without a limit nothing is cut, and the floors are not worth taking.
  const cosines = limit === Infinity ? undefined : dots.bestCosines(src, tgt);
  const srcAfter = cosines === undefined ? floatScratch(SRC_FLOORS, n + 1).fill(0, 0, n + 1) : floorsAfter(SRC_FLOORS, cosines.src, w, perGap);
  const tgtAfter = cosines === undefined ? floatScratch(TGT_FLOORS, m + 1).fill(0, 0, m + 1) : floorsAfter(TGT_FLOORS, cosines.tgt, w, perGap);
  // Per row, the first and last cell reached (finite; (0, 0) to start with): no bead spans more than
  // MAX_BLOCK columns, so a cell further than that from every cell reached in the rows above it, and
  // not next to one reached in its own row, is unreachable and is not filled.
  const firstReached = intScratch(FIRST_REACHED, n + 1).fill(m + 1, 0, n + 1);
  const lastReached = intScratch(LAST_REACHED, n + 1).fill(-1, 0, n + 1);
  firstReached[0] = 0;
  lastReached[0] = 0;
  for (let i = 0; i <= n; i++) {
    const at = rowBase[i];
    let left = firstReached[i];
    let right = lastReached[i];
    for (let r = Math.max(0, i - MAX_BLOCK); r < i; r++) {
      if (firstReached[r] < left) left = firstReached[r];
      if (lastReached[r] > right) right = lastReached[r];
    }
    const start = Math.max(lo[i], left, i === 0 ? 1 : 0);
    for (let j = start; j <= hi[i]; j++) {
      // Out of reach of the rows above, and of its left neighbour: so is the rest of the row.
      if (j > right + MAX_BLOCK && (j === start || cost[at + j - 1] === Infinity)) break;
      // A candidate that does not get below the cut leaves the cell unreachable; Infinity without a limit.
      const cut = ceiling + BEAD_SLACK * (n - i + m - j) - perGap * Math.abs(m - j - (n - i)) - srcAfter[i] - tgtAfter[j];
      let best = cut;
      let bestShape = 0;
      for (let s = 0; s < shapes; s++) {
        const a = shapeA[s];
        const b = shapeB[s];
        const pi = i - a;
        const pj = j - b;
        // lo[pi] >= 0, so this also rules out pj < 0.
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const base = cost[rowBase[pi] + pj] + shapePrior[s];
        // Bead costs are never negative: a path that is already worse cannot win.
        if (base >= best) continue;
        let c: number;
        if (a === 0 || b === 0) {
          c = base + nullCost * (a + b);
        } else {
          const gc = scaledLengthCost(srcCum[i] - srcCum[pi], scaledTgt[b * (m + 1) + j], variance);
          // The length cost alone is a lower bound: skip the content when it already loses.
          const withLength = base + lengthWeight * gc;
          if (withLength >= best) continue;
          c = withLength + contentCost(src, tgt, dots, pi, a, pj, b, w, gc, best - withLength);
        }
        if (c < best) {
          best = c;
          bestShape = s;
        }
      }
      if (best < cut) {
        cost[at + j] = best;
        back[at + j] = bestShape;
        if (j < firstReached[i]) firstReached[i] = j;
        lastReached[i] = j;
      }
    }
  }
  // The bound holds in exact arithmetic; should rounding ever leave the end unreached, the search is done again without it.
  if (limit !== Infinity && !(cost[rowBase[n] + m] < Infinity)) return alignInBand(src, tgt, band, w, ratio, shapeSet, Infinity, dots);
  const beads: RawBead[] = [];
  const cell = (i: number, j: number): number => rowBase[i] + j;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[cell(i, j)];
    const a = shapeA[s];
    const b = shapeB[s];
    beads.push({ i: i - a, a, j: j - b, b, cost: cost[cell(i, j)] - cost[cell(i - a, j - b)] });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

/** A shape set as flat arrays, as the DP's inner loop reads it. */
interface ShapeTables {
  shapeA: Int32Array;
  shapeB: Int32Array;
  shapePrior: Float64Array;
}

/** Flat arrays per shape set, made once: every DP run would otherwise rebuild them. */
const shapeTablesOf = new Map<readonly BeadShape[], ShapeTables>();

function shapeTables(shapeSet: readonly BeadShape[]): ShapeTables {
  let tables = shapeTablesOf.get(shapeSet);
  if (tables === undefined) {
    tables = {
      shapeA: Int32Array.from(shapeSet, (x) => x.a),
      shapeB: Int32Array.from(shapeSet, (x) => x.b),
      shapePrior: Float64Array.from(shapeSet, (x) => x.prior),
    };
    shapeTablesOf.set(shapeSet, tables);
  }
  return tables;
}

/**
 * Lengths of the target blocks of up to MAX_BLOCK sentences divided by `ratio`, as the length cost
 * wants them: entry b * (m + 1) + j is the block of b sentences ending before j.
 */
function scaledBlockLengths(cumLen: Float64Array, ratio: number): Float64Array {
  const stride = cumLen.length;
  const out = floatScratch(SCALED_TGT, (MAX_BLOCK + 1) * stride);
  for (let b = 1; b <= MAX_BLOCK; b++) for (let j = b; j < stride; j++) out[b * stride + j] = (cumLen[j] - cumLen[j - b]) / ratio;
  return out;
}

/**
 * Margin by which a merge's partial content cost must pass `bound` before the rest is skipped: the
 * terms still to come are never negative but for rounding (a cosine may come out a few ulps above 1).
 */
const PARTIAL_SLACK = 1e-9;

/**
 * The cost of a bead beyond its length cost `gc`: lexical support, orphans, unmatched numbers. Once
 * it reaches `bound` the bead loses anyway, and the numbers are not counted; a merge whose first
 * sentences already pass it is given up as Infinity, which loses the same way.
 */
function contentCost(src: Side, tgt: Side, dots: DotCache, i: number, a: number, j: number, b: number, w: CostWeights, gc: number, bound: number): number {
  if (a === 1 && b === 1) return oneToOneCost(src, tgt, dots.one(i, j), i, j, w, gc, bound);
  const ns = src.norms[a - 1][i];
  const nt = tgt.norms[b - 1][j];
  const half = w.lexical / 2;
  const giveUp = bound + PARTIAL_SLACK;
  // Each sentence answers for itself: one without support on the other side costs as much in a merge as alone.
  let lex = 0;
  let orphans = 0;
  for (let r = i; r < i + a; r++) {
    const d = dots.rowBlock(r, j, b);
    lex += support(src.sq[r], d, nt, w.noEvidence);
    if (d <= 0 && src.sq[r] > 0 && nt > 0) orphans++;
    if (half * lex + w.orphan * orphans >= giveUp) return Infinity;
  }
  for (let c = j; c < j + b; c++) {
    const d = dots.columnBlock(i, a, c);
    lex += support(tgt.sq[c], d, ns, w.noEvidence);
    if (d <= 0 && tgt.sq[c] > 0 && ns > 0) orphans++;
    if (half * lex + w.orphan * orphans >= giveUp) return Infinity;
  }
  // A merged sentence that shares nothing with the other block, though both have features, is likely an omission.
  let cost = (w.lexical * lex) / 2 + w.orphan * orphans;
  if (cost < bound && (src.cumNums[i + a] > src.cumNums[i] || tgt.cumNums[j + b] > tgt.cumNums[j])) {
    cost += w.numberMismatch * (unmatchedNumbers(src, i, a, tgt, j, b) + unmatchedNumbers(tgt, j, b, src, i, a));
  }
  return cost;
}

/**
 * `contentCost` of a 1-1 bead, the shape the DP tries at every cell: both sentences' support is the
 * same cosine, so it is taken once.
 */
function oneToOneCost(src: Side, tgt: Side, d: number, i: number, j: number, w: CostWeights, gc: number, bound: number): number {
  const ns = src.sq[i];
  const nt = tgt.sq[j];
  const lex = 2 * support(ns, d, nt, w.noEvidence);
  // Two sentences sharing nothing, though both have features, are two omissions only when the lengths disagree too.
  const orphans = d <= 0 && ns > 0 && nt > 0 ? 2 : 0;
  let cost = (w.lexical * lex) / 2 + w.orphan * Math.min(1, gc / ORPHAN_GC) * orphans;
  if (cost < bound && (src.nums[i].length > 0 || tgt.nums[j].length > 0)) {
    cost += w.numberMismatch * (unmatchedNumbers(src, i, 1, tgt, j, 1) + unmatchedNumbers(tgt, j, 1, src, i, 1));
  }
  return cost;
}

/** Numbers of block (i, a) that block (j, b) on the other side lacks although its document has them. */
function unmatchedNumbers(x: Side, i: number, a: number, y: Side, j: number, b: number): number {
  let missing = 0;
  for (let r = i; r < i + a; r++) {
    const ids = x.nums[r];
    for (let k = 0; k < ids.length; k++) {
      if (!blockHas(y, j, b, ids[k])) missing++;
    }
  }
  return missing;
}

/** Whether sentences j .. j+b-1 of `y` carry number `id`: a plain loop, as these lists hold a few ids at most. */
function blockHas(y: Side, j: number, b: number, id: number): boolean {
  for (let c = j; c < j + b; c++) {
    const ids = y.nums[c];
    for (let k = 0; k < ids.length; k++) if (ids[k] === id) return true;
  }
  return false;
}

/** 1 - cosine of one sentence with the block on the other side; `noEvidence` when either has no features. */
function support(norm2: number, dotWithBlock: number, blockNorm2: number, noEvidence: number): number {
  return norm2 > 0 && blockNorm2 > 0 ? 1 - dotWithBlock / Math.sqrt(norm2 * blockNorm2) : noEvidence;
}
