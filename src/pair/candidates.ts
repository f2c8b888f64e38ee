// Candidate generation without all-pairs scoring: an inverted index over each side whose postings
// are capped (a feature in many documents cannot tell them apart), then exact cosine for the few
// best candidates of each document.
import { similarity, type SparseRows, type Vectors } from './vectors.js';

/** Features in more documents than this are left out of the index (still scored exactly). */
export const POSTINGS_CAP = 64;
/** Candidates per document that get an exact score. */
export const CANDIDATES_PER_DOC = 8;

/** Scored source-target candidate pairs, by index into the source and target lists. */
export interface Edges {
  src: Int32Array;
  tgt: Int32Array;
  score: Float64Array;
  length: number;
}

/** Postings of the features in at most POSTINGS_CAP documents: docs of feature f at [start[f], start[f + 1]). */
interface Index {
  start: Int32Array;
  docs: Int32Array;
}

function buildIndex(rows: SparseRows, df: Int32Array): Index {
  const start = new Int32Array(df.length + 1);
  for (let f = 0; f < df.length; f++) start[f + 1] = start[f] + (df[f] <= POSTINGS_CAP ? df[f] : 0);
  const fill = start.slice(0, df.length);
  const docs = new Int32Array(start[df.length]);
  const n = rows.offsets.length - 1;
  for (let d = 0; d < n; d++) {
    for (let k = rows.offsets[d]; k < rows.offsets[d + 1]; k++) {
      const f = rows.ids[k];
      if (df[f] <= POSTINGS_CAP) docs[fill[f]++] = d;
    }
  }
  return { start, docs };
}

/**
 * For each query row, the CANDIDATES_PER_DOC indexed rows sharing the most rare weight, written to
 * `out` (CANDIDATES_PER_DOC slots per query, -1 for none).
 */
function search(queries: SparseRows, indexed: SparseRows, df: Int32Array, idf: Float64Array): Int32Array {
  const { start, docs } = buildIndex(indexed, df);
  const partial = new Float64Array(indexed.offsets.length - 1);
  const touched = new Int32Array(partial.length);
  const queryCount = queries.offsets.length - 1;
  const out = new Int32Array(queryCount * CANDIDATES_PER_DOC).fill(-1);
  for (let q = 0; q < queryCount; q++) {
    let count = 0;
    for (let k = queries.offsets[q]; k < queries.offsets[q + 1]; k++) {
      const f = queries.ids[k];
      const w = queries.weights[k] * idf[f];
      for (let p = start[f]; p < start[f + 1]; p++) {
        const d = docs[p];
        if (partial[d] === 0) touched[count++] = d;
        partial[d] += w;
      }
    }
    topK(touched, count, partial, out, q * CANDIDATES_PER_DOC);
    for (let i = 0; i < count; i++) partial[touched[i]] = 0;
  }
  return out;
}

/**
 * Exactly scored candidate edges: each document's best few on the other side, searched from both
 * sides so that a target no source ranked highly still meets its own best candidates.
 */
export function findCandidates(v: Vectors): Edges {
  const k = CANDIDATES_PER_DOC;
  const forward = search(v.src, v.tgt, v.tgtDf, v.idf);
  const backward = search(v.tgt, v.src, v.srcDf, v.idf);
  const capacity = forward.length + backward.length;
  const edges: Edges = { src: new Int32Array(capacity), tgt: new Int32Array(capacity), score: new Float64Array(capacity), length: 0 };
  const add = (s: number, t: number) => {
    const e = edges.length++;
    edges.src[e] = s;
    edges.tgt[e] = t;
    edges.score[e] = similarity(v, s, t);
  };
  for (let i = 0; i < forward.length; i++) if (forward[i] >= 0) add(Math.floor(i / k), forward[i]);
  for (let i = 0; i < backward.length; i++) {
    const t = Math.floor(i / k);
    const s = backward[i];
    if (s >= 0 && !forward.subarray(s * k, s * k + k).includes(t)) add(s, t);
  }
  return edges;
}

/** Writes the (at most) k entries of items[0, count) with the highest `value`, best first, to out[at, at + k). */
function topK(items: Int32Array, count: number, value: Float64Array, out: Int32Array, at: number): void {
  let size = 0;
  for (let n = 0; n < count; n++) {
    const t = items[n];
    if (size === CANDIDATES_PER_DOC && value[t] <= value[out[at + size - 1]]) continue;
    let i = size < CANDIDATES_PER_DOC ? size++ : size - 1;
    while (i > 0 && value[out[at + i - 1]] < value[t]) {
      out[at + i] = out[at + i - 1];
      i--;
    }
    out[at + i] = t;
  }
}
