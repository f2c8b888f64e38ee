// Banded dynamic programming over bead shapes: the cheapest monotone path through a band of the matrix.
import { type CostWeights, lengthCost, MAX_BLOCK, SHAPES } from './cost.js';
import { dot, type SparseVector } from './features.js';

/** One side of an alignment as the DP sees it: vectors, lengths, and the dots between neighbours. */
export interface Side {
  vecs: SparseVector[];
  len: Float64Array;
  /** |x_i|^2, x_i . x_(i+1), x_i . x_(i+2): the norm of any block of up to three sentences. */
  sq: Float64Array;
  lag1: Float64Array;
  lag2: Float64Array;
}

export function makeSide(vecs: SparseVector[], len: Float64Array): Side {
  const n = vecs.length;
  const sq = new Float64Array(n);
  const lag1 = new Float64Array(n);
  const lag2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sq[i] = dot(vecs[i], vecs[i]);
    if (i + 1 < n) lag1[i] = dot(vecs[i], vecs[i + 1]);
    if (i + 2 < n) lag2[i] = dot(vecs[i], vecs[i + 2]);
  }
  return { vecs, len, sq, lag1, lag2 };
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
  const baseLo = new Int32Array(n + 1).fill(m);
  const baseHi = new Int32Array(n + 1);
  for (let k = 0; k < nodes.length; k++) {
    const [i0, j0] = nodes[k];
    const [i1, j1] = k + 1 < nodes.length ? nodes[k + 1] : nodes[k];
    for (let i = i0; i <= i1; i++) {
      if (j0 < baseLo[i]) baseLo[i] = j0;
      if (j1 > baseHi[i]) baseHi[i] = j1;
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
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

function blockNorm2(s: Side, i: number, a: number): number {
  if (a === 1) return s.sq[i];
  if (a === 2) return s.sq[i] + s.sq[i + 1] + 2 * s.lag1[i];
  return s.sq[i] + s.sq[i + 1] + s.sq[i + 2] + 2 * (s.lag1[i] + s.lag1[i + 1] + s.lag2[i]);
}

function blockLength(s: Side, i: number, a: number): number {
  let l = 0;
  for (let k = i; k < i + a; k++) l += s.len[k];
  return l;
}

/** Source-target dot products over the cells the band's beads can touch, one row per source sentence. */
class DotCache {
  readonly start: Int32Array;
  readonly rows: Float64Array[];
  constructor(src: Side, tgt: Side, band: Band) {
    const n = src.vecs.length;
    const m = tgt.vecs.length;
    this.start = new Int32Array(n);
    this.rows = new Array<Float64Array>(n);
    for (let r = 0; r < n; r++) {
      const from = Math.max(0, band.lo[r + 1] - MAX_BLOCK);
      const to = Math.min(m, band.hi[Math.min(r + MAX_BLOCK, n)]);
      const row = new Float64Array(Math.max(0, to - from));
      const x = src.vecs[r];
      if (x.ids.length > 0) for (let c = from; c < to; c++) row[c - from] = dot(x, tgt.vecs[c]);
      this.start[r] = from;
      this.rows[r] = row;
    }
  }
  block(i: number, a: number, j: number, b: number): number {
    let s = 0;
    for (let r = i; r < i + a; r++) {
      const row = this.rows[r];
      const off = this.start[r];
      for (let c = j; c < j + b; c++) s += row[c - off];
    }
    return s;
  }
}

/** The cheapest path through `band`, as beads in order. `ratio` is target length per source length. */
export function alignInBand(src: Side, tgt: Side, band: Band, w: CostWeights, ratio: number): RawBead[] {
  const n = src.vecs.length;
  const m = tgt.vecs.length;
  const dots = new DotCache(src, tgt, band);
  const shapeA = SHAPES.map((x) => x.a);
  const shapeB = SHAPES.map((x) => x.b);
  const shapePrior = SHAPES.map((x) => x.prior);
  const shapes = SHAPES.length;
  const cost = new Array<Float64Array>(n + 1);
  const back = new Array<Uint8Array>(n + 1);
  for (let i = 0; i <= n; i++) {
    const lo = band.lo[i];
    const width = band.hi[i] - lo + 1;
    const ci = new Float64Array(width).fill(Infinity);
    const bi = new Uint8Array(width);
    cost[i] = ci;
    back[i] = bi;
    for (let j = lo; j <= band.hi[i]; j++) {
      if (i === 0 && j === 0) {
        ci[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < shapes; s++) {
        const a = shapeA[s];
        const b = shapeB[s];
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < band.lo[pi] || pj > band.hi[pi]) continue;
        const prev = cost[pi][pj - band.lo[pi]];
        if (prev === Infinity) continue;
        const c = prev + beadCost(src, tgt, dots, pi, a, pj, b, w, ratio) + shapePrior[s];
        if (c < best) {
          best = c;
          bestShape = s;
        }
      }
      ci[j - lo] = best;
      bi[j - lo] = bestShape;
    }
  }
  const beads: RawBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[i][j - band.lo[i]];
    const a = shapeA[s];
    const b = shapeB[s];
    const here = cost[i][j - band.lo[i]];
    const there = cost[i - a][j - b - band.lo[i - a]];
    beads.push({ i: i - a, a, j: j - b, b, cost: here - there });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

function beadCost(
  src: Side,
  tgt: Side,
  dots: DotCache,
  i: number,
  a: number,
  j: number,
  b: number,
  w: CostWeights,
  ratio: number,
): number {
  if (a === 0 || b === 0) return w.nullCost * (a + b);
  const gc = lengthCost(blockLength(src, i, a), blockLength(tgt, j, b), ratio, w.variance);
  const ns = blockNorm2(src, i, a);
  const nt = blockNorm2(tgt, j, b);
  // Each sentence answers for itself: one without support on the other side costs as much in a merge as alone.
  let lex = 0;
  for (let r = i; r < i + a; r++) lex += support(src.sq[r], dots.block(r, 1, j, b), nt, w.noEvidence);
  for (let c = j; c < j + b; c++) lex += support(tgt.sq[c], dots.block(i, a, c, 1), ns, w.noEvidence);
  return w.length * gc + (w.lexical * lex) / 2;
}

/** 1 - cosine of one sentence with the block on the other side; `noEvidence` when either has no features. */
function support(norm2: number, dotWithBlock: number, blockNorm2: number, noEvidence: number): number {
  return norm2 > 0 && blockNorm2 > 0 ? 1 - dotWithBlock / Math.sqrt(norm2 * blockNorm2) : noEvidence;
}
