// TF-IDF vectors over the features the two sides share, as sorted id / weight arrays so that a dot
// product is a linear merge and 40,000 documents fit in memory.
import type { Lang } from '../types.js';
import { countFeatures, newVocabulary, type Vocabulary } from './features.js';

export interface Doc {
  text: string;
  lang: Lang;
}

/** A unit-length sparse vector; `ids` ascending. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

export interface Vectors {
  src: SparseVector[];
  tgt: SparseVector[];
  /** Text lengths in characters, for the length-ratio factor. */
  srcLength: Float64Array;
  tgtLength: Float64Array;
  /** Feature ids, and each id's inverse document frequency over both sides. */
  vocabulary: Vocabulary;
  idf: Float64Array;
  /** Per id: in how many source / target documents it occurs. */
  srcDf: Int32Array;
  tgtDf: Int32Array;
}

interface Counted {
  ids: number[];
  tfs: number[];
}

function count(docs: Doc[], vocabulary: Vocabulary, df: number[]): Counted[] {
  return docs.map(({ text, lang }) => {
    const c = countFeatures(text, lang, vocabulary);
    for (const id of c.ids) {
      while (df.length <= id) df.push(0);
      df[id]++;
    }
    return c;
  });
}

/** Sublinear tf x idf, restricted to features seen on the other side too (the rest only dilute). */
function weigh(c: Counted, idf: Float64Array, otherDf: number[]): SparseVector {
  const order = c.ids.map((_, i) => i).filter((i) => otherDf[c.ids[i]] > 0);
  order.sort((a, b) => c.ids[a] - c.ids[b]);
  const ids = new Int32Array(order.length);
  const weights = new Float32Array(order.length);
  let norm = 0;
  order.forEach((i, k) => {
    const w = (1 + Math.log(c.tfs[i])) * idf[c.ids[i]];
    ids[k] = c.ids[i];
    weights[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] /= norm;
  return { ids, weights };
}

export function vectorise(src: Doc[], tgt: Doc[]): Vectors {
  const vocabulary = newVocabulary();
  const srcDf: number[] = [];
  const tgtDfList: number[] = [];
  const srcCounts = count(src, vocabulary, srcDf);
  const tgtCounts = count(tgt, vocabulary, tgtDfList);
  const size = vocabulary.keys.length;
  while (srcDf.length < size) srcDf.push(0);
  while (tgtDfList.length < size) tgtDfList.push(0);
  const n = src.length + tgt.length;
  const idf = new Float64Array(size);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(n / (srcDf[id] + tgtDfList[id]));
  return {
    src: srcCounts.map((c) => weigh(c, idf, tgtDfList)),
    srcLength: Float64Array.from(src, (d) => d.text.length),
    tgtLength: Float64Array.from(tgt, (d) => d.text.length),
    tgt: tgtCounts.map((c) => weigh(c, idf, srcDf)),
    vocabulary,
    idf,
    srcDf: Int32Array.from(srcDf),
    tgtDf: Int32Array.from(tgtDfList),
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
  const cosine = dot(v.src[s], v.tgt[t]);
  return excess > 0 ? cosine * Math.exp(-LENGTH_SLOPE * excess) : cosine;
}

/** Cosine of two unit vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) sum += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
