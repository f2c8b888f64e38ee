// Coarse-to-fine search (after Vecalign): align halved documents recursively; the caller refines in a band.
import { type CostWeights, SHAPES } from './cost.js';
import { alignInBand, type Band, bandAround, DotCache, fullBand, makeSide, type RawBead, type Side } from './dp.js';
import { add, type SparseVector, strongest } from './features.js';

/** Matrices up to this many cells are searched whole: a few hundred sentences a side. */
export const FULL_SEARCH_CELLS = 400_000;
/** Coarse levels stop halving here: the top of the pyramid is searched whole, so keep it small. */
const COARSE_BASE_CELLS = 20_000;
/** Merged blocks keep their strongest features only: bounds the cost of a dot product at coarse levels. */
const MAX_COARSE_FEATURES = 64;
/** Rows/columns kept on each side of the projected coarse path: room for the coarse path's blur. */
export const REFINE_WIDTH = 5;
/** Inside the pyramid a narrower band will do: each level only has to be right to a sentence or two. */
const COARSE_WIDTH = 3;

/**
 * Starting width of an adaptive band (see searchAround), in rows/columns: 4 kept every path of 103
 * generated news pairs and the eval figures; 3 already changed two paths, as the widening check is a heuristic.
 */
export const ADAPTIVE_WIDTH = 4;

/** Halved sentences already stand for pairs: small shapes suffice to find the coarse path. */
const COARSE_SHAPES = SHAPES.filter((s) => s.a <= 2 && s.b <= 2);

/** Nodes (bead boundaries) of a path, from (0, 0) to (n, m). */
export function pathNodes(beads: RawBead[]): [number, number][] {
  const nodes: [number, number][] = [[0, 0]];
  for (const b of beads) nodes.push([b.i + b.a, b.j + b.b]);
  return nodes;
}

/** Nodes of the straight line from (0, 0) to (n, m), one per source row: where a path without omissions runs. */
export function diagonalNodes(n: number, m: number): [number, number][] {
  return Array.from({ length: n + 1 }, (_, i): [number, number] => [i, n > 0 ? Math.round((i * m) / n) : m]);
}

/**
 * The cheapest path through a band `width` around `nodes`, doubling the width while the path runs
 * along the band's edge (a cheaper one may lie outside): as good as the whole matrix unless the
 * better path strays far and returns, at a fraction of the cells.
 */
export function searchAround(src: Side, tgt: Side, nodes: [number, number][], width: number, w: CostWeights, ratio: number): RawBead[] {
  const n = src.vecs.length;
  const m = tgt.vecs.length;
  // Every band below contains the seed's and the last try's band: their paths' costs bound the search.
  let limit = Infinity;
  for (let k = width; ; k *= 2) {
    const band = bandAround(nodes, n, m, k);
    const dots = new DotCache(src, tgt, band);
    if (k > SEED_WIDTH && limit === Infinity) limit = pathCost(alignInBand(src, tgt, bandAround(nodes, n, m, SEED_WIDTH), w, ratio, SHAPES, Infinity, dots));
    const beads = alignInBand(src, tgt, band, w, ratio, SHAPES, limit, dots);
    if (k >= Math.max(n, m) || !touchesEdge(pathNodes(beads), band, m)) return beads;
    limit = pathCost(beads);
  }
}

/**
 * Width of the narrow band searched first to bound the wide search (see alignInBand's `limit`): 0, the
 * cells the given path crosses, costs a few cells a row; on generated news pairs the wide search then
 * evaluated 30% fewer bead costs, seed included, against 20% with a seed of width 1.
 */
const SEED_WIDTH = 0;

/** Total cost of a path. */
function pathCost(beads: RawBead[]): number {
  let total = 0;
  for (const b of beads) total += b.cost;
  return total;
}

/** Whether a path meets a band edge that is not also the matrix edge. */
function touchesEdge(nodes: [number, number][], band: Band, m: number): boolean {
  return nodes.some(([i, j]) => (j <= band.lo[i] && band.lo[i] > 0) || (j >= band.hi[i] && band.hi[i] < m));
}

/** The cheapest path over halved sides: searched whole when small enough, else from a coarser path in a band. */
function coarsePath(src: Side, tgt: Side, w: CostWeights, ratio: number): RawBead[] {
  const n = src.vecs.length;
  const m = tgt.vecs.length;
  if ((n + 1) * (m + 1) <= COARSE_BASE_CELLS || n < 2 || m < 2) return alignInBand(src, tgt, fullBand(n, m), w, ratio, COARSE_SHAPES);
  const nodes = pathNodes(coarsePath(halve(src), halve(tgt), w, ratio)).map(([i, j]): [number, number] => [Math.min(2 * i, n), Math.min(2 * j, m)]);
  return alignInBand(src, tgt, bandAround(nodes, n, m, COARSE_WIDTH), w, ratio, COARSE_SHAPES);
}

/**
 * A first, rough path: for small inputs the cheapest one near the diagonal (widened by the length
 * difference, which a run of omissions at one end pushes the path off by); for large ones the coarse path projected onto
 * sentence pairs, which is all the lexicon and the length ratio need and saves a full-size pass.
 * `unit` is the size of its one-to-one beads: 1, or 2 on a projected coarse path.
 */
export function roughPath(src: Side, tgt: Side, w: CostWeights, ratio: number): { beads: RawBead[]; unit: number } {
  const n = src.vecs.length;
  const m = tgt.vecs.length;
  if ((n + 1) * (m + 1) <= FULL_SEARCH_CELLS || n < 2 || m < 2) return { beads: searchAround(src, tgt, diagonalNodes(n, m), ADAPTIVE_WIDTH + Math.abs(n - m), w, ratio), unit: 1 };
  const beads = coarsePath(halve(src), halve(tgt), w, ratio).map((b) => {
    const i = Math.min(2 * b.i, n);
    const j = Math.min(2 * b.j, m);
    return { i, a: Math.min(2 * (b.i + b.a), n) - i, j, b: Math.min(2 * (b.j + b.b), m) - j, cost: b.cost };
  });
  return { beads, unit: 2 };
}

/**
 * Every two consecutive sentences merged into one: vectors and lengths add up. Numbers are left out:
 * merged blocks carry many, and the coarse path only needs to be roughly right.
 */
function halve(s: Side): Side {
  const n = Math.ceil(s.vecs.length / 2);
  const vecs = new Array<SparseVector>(n);
  const len = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const x = s.vecs[2 * k];
    const y = s.vecs[2 * k + 1];
    vecs[k] = y === undefined ? x : strongest(add(x, y), MAX_COARSE_FEATURES);
    len[k] = s.len[2 * k] + (s.len[2 * k + 1] ?? 0);
  }
  return makeSide(vecs, len);
}
