// TF-IDF vectors over the features the two sides share, stored as one compressed sparse row matrix
// per side (typed arrays) so that 40,000 documents are a handful of objects for the garbage
// collector. Rows are unsorted: a dot product scatters one row into a dense array and gathers the
// other, which spares sorting every document's features.
import type { Lang } from '../types.js';
import { countFeatures, grown, TermCounter, Vocabulary } from './features.js';

export interface Doc {
  text: string;
  /** Counted once more: the title is the densest evidence (names, numbers). */
  title?: string;
  lang: Lang;
}

/** Rows of unit-length sparse vectors: row r is ids / weights [offsets[r], offsets[r + 1]), ids unordered. */
export interface SparseRows {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
}

export interface Vectors {
  src: SparseRows;
  tgt: SparseRows;
  /** Text lengths in characters, for the length-ratio factor. */
  srcLength: Float64Array;
  tgtLength: Float64Array;
  /** Feature ids, and each id's inverse document frequency over both sides. */
  vocabulary: Vocabulary;
  idf: Float64Array;
  /** Per id: in how many source / target documents it occurs. */
  srcDf: Int32Array;
  tgtDf: Int32Array;
  /** The source row last scattered for dot products. */
  scatter: Scatter;
}

/** One source row spread over all feature ids; `stamp` tells which entries belong to it (no clearing). */
interface Scatter {
  row: number;
  stamp: Int32Array;
  weight: Float32Array;
}

/** Term counts of one side, and the side's document frequencies. */
interface Counts {
  offsets: Int32Array;
  ids: Int32Array;
  tfs: Int32Array;
  df: Int32Array;
}

function count(docs: Doc[], vocabulary: Vocabulary): Counts {
  const offsets = new Int32Array(docs.length + 1);
  let ids = new Int32Array(1 << 16);
  let tfs = new Int32Array(1 << 16);
  let df = new Int32Array(1 << 16);
  const counter = new TermCounter();
  let end = 0;
  docs.forEach((d, r) => {
    const table = vocabulary.tableOf(d.lang);
    if (d.title) countFeatures(d.title, table, vocabulary, counter);
    countFeatures(d.text, table, vocabulary, counter);
    if (end + counter.distinct > ids.length) {
      ids = grown(ids, end + counter.distinct);
      tfs = grown(tfs, end + counter.distinct);
    }
    if (vocabulary.keys.length > df.length) df = grown(df, vocabulary.keys.length);
    end = counter.drain(ids, tfs, end, df);
    offsets[r + 1] = end;
  });
  return { offsets, ids: ids.subarray(0, end), tfs: tfs.subarray(0, end), df };
}

/** 1 + ln(tf) for the term frequencies most features have: a lookup, not a logarithm, per entry. */
const SUBLINEAR_TF = Float64Array.from({ length: 256 }, (_, tf) => 1 + Math.log(tf));

/** Sublinear tf x idf, restricted to features seen on the other side too (the rest only dilute). */
function weigh(c: Counts, idf: Float64Array, otherDf: Int32Array): SparseRows {
  const rows = c.offsets.length - 1;
  const offsets = new Int32Array(rows + 1);
  let kept = 0;
  for (let k = 0; k < c.ids.length; k++) if (otherDf[c.ids[k]] > 0) kept++;
  const ids = new Int32Array(kept);
  const weights = new Float32Array(kept);
  let out = 0;
  for (let r = 0; r < rows; r++) {
    const first = out;
    let norm = 0;
    for (let k = c.offsets[r]; k < c.offsets[r + 1]; k++) {
      const id = c.ids[k];
      if (otherDf[id] === 0) continue;
      const tf = c.tfs[k];
      const w = (tf < SUBLINEAR_TF.length ? SUBLINEAR_TF[tf] : 1 + Math.log(tf)) * idf[id];
      ids[out] = id;
      weights[out++] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = first; k < out; k++) weights[k] /= norm;
    offsets[r + 1] = out;
  }
  return { offsets, ids, weights };
}

/** Exactly `size` long, zero-filled past the end of `a`. */
function sized(a: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(a.subarray(0, Math.min(a.length, size)));
  return out;
}

export function vectorise(src: Doc[], tgt: Doc[]): Vectors {
  const vocabulary = new Vocabulary();
  const srcCounts = count(src, vocabulary);
  const tgtCounts = count(tgt, vocabulary);
  const size = vocabulary.keys.length;
  const srcDf = sized(srcCounts.df, size);
  const tgtDf = sized(tgtCounts.df, size);
  const n = src.length + tgt.length;
  const idf = new Float64Array(size);
  for (let id = 0; id < size; id++) idf[id] = Math.log(n / (srcDf[id] + tgtDf[id]));
  const lengthOf = (d: Doc) => d.text.length;
  return {
    src: weigh(srcCounts, idf, tgtDf),
    tgt: weigh(tgtCounts, idf, srcDf),
    srcLength: Float64Array.from(src, lengthOf),
    tgtLength: Float64Array.from(tgt, lengthOf),
    vocabulary,
    idf,
    srcDf,
    tgtDf,
    scatter: { row: -1, stamp: new Int32Array(size), weight: new Float32Array(size) },
  };
}

/**
 * Translations differ in length by a few tens of percent, abridged and lead-only versions by a
 * factor of up to ~7; beyond a factor of e (|log ratio| > 1) similarity is discounted gently, by
 * exp(-LENGTH_SLOPE x excess): enough to sink a one-name match between a brief and a long article.
 */
const LENGTH_SLOPE = 0.5;
const LENGTH_TOLERANCE = 1;

/** Similarity of source `s` and target `t`: cosine with the length-ratio discount. */
export function similarity(v: Vectors, s: number, t: number): number {
  const excess = Math.abs(Math.log((v.tgtLength[t] || 1) / (v.srcLength[s] || 1))) - LENGTH_TOLERANCE;
  const cosine = dot(v, s, t);
  return excess > 0 ? cosine * Math.exp(-LENGTH_SLOPE * excess) : cosine;
}

/** Spreads source row `s` over `v.scatter` unless it is there already. */
function load(v: Vectors, s: number): Scatter {
  const sc = v.scatter;
  if (sc.row !== s) {
    sc.row = s;
    for (let k = v.src.offsets[s]; k < v.src.offsets[s + 1]; k++) {
      sc.stamp[v.src.ids[k]] = s + 1;
      sc.weight[v.src.ids[k]] = v.src.weights[k];
    }
  }
  return sc;
}

/** Cosine of source `s` and target `t` (unit vectors). */
export function dot(v: Vectors, s: number, t: number): number {
  const { stamp, weight } = load(v, s);
  const { offsets, ids, weights } = v.tgt;
  let sum = 0;
  for (let k = offsets[t]; k < offsets[t + 1]; k++) if (stamp[ids[k]] === s + 1) sum += weight[ids[k]] * weights[k];
  return sum;
}

/** The feature ids source `s` and target `t` share, in target row order. */
export function sharedIds(v: Vectors, s: number, t: number): number[] {
  const { stamp } = load(v, s);
  const shared: number[] = [];
  for (let k = v.tgt.offsets[t]; k < v.tgt.offsets[t + 1]; k++) if (stamp[v.tgt.ids[k]] === s + 1) shared.push(v.tgt.ids[k]);
  return shared;
}
