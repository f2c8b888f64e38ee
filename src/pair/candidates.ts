// Candidate generation without all-pairs scoring: an inverted index over the target side whose
// postings are capped (a feature in many documents cannot tell them apart), then exact cosine
// for the few best candidates of each source document.
import { similarity, type SparseVector, type Vectors } from './vectors.js';

/** Features in more target documents than this are left out of the index (still scored exactly). */
export const POSTINGS_CAP = 64;
/** Candidates per source document that get an exact score. */
export const CANDIDATES_PER_DOC = 8;

/** A scored source-target candidate pair, by index into the source and target lists. */
export interface Edge {
  src: number;
  tgt: number;
  score: number;
}

function buildIndex(docs: SparseVector[], df: Int32Array): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  docs.forEach((vec, d) => {
    for (const id of vec.ids) {
      if (df[id] > POSTINGS_CAP) continue;
      let list = lists.get(id);
      if (!list) lists.set(id, (list = []));
      list.push(d);
    }
  });
  const index = new Map<number, Int32Array>();
  for (const [id, list] of lists) index.set(id, Int32Array.from(list));
  return index;
}

/** For each query document, the CANDIDATES_PER_DOC indexed documents sharing the most rare weight. */
function search(queries: SparseVector[], indexed: SparseVector[], df: Int32Array, idf: Float64Array, found: (q: number, d: number) => void) {
  const index = buildIndex(indexed, df);
  const partial = new Float64Array(indexed.length);
  const touched: number[] = [];
  queries.forEach((vec, q) => {
    for (let k = 0; k < vec.ids.length; k++) {
      const postings = index.get(vec.ids[k]);
      if (!postings) continue;
      const w = vec.weights[k] * idf[vec.ids[k]];
      for (const d of postings) {
        if (partial[d] === 0) touched.push(d);
        partial[d] += w;
      }
    }
    for (const d of topK(touched, partial, CANDIDATES_PER_DOC)) found(q, d);
    for (const d of touched) partial[d] = 0;
    touched.length = 0;
  });
}

/**
 * Exactly scored candidate edges: each document's best few on the other side, searched from both
 * sides so that a target no source ranked highly still meets its own best candidates.
 */
export function findCandidates(v: Vectors): Edge[] {
  const edges = new Map<number, Edge>();
  const add = (s: number, t: number) => {
    const key = s * v.tgt.length + t;
    if (!edges.has(key)) edges.set(key, { src: s, tgt: t, score: similarity(v, s, t) });
  };
  search(v.src, v.tgt, v.tgtDf, v.idf, add);
  search(v.tgt, v.src, v.srcDf, v.idf, (t, s) => add(s, t));
  return [...edges.values()];
}

/** The k entries of `items` with the highest `value`, best first. */
function topK(items: number[], value: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (const t of items) {
    if (best.length === k && value[t] <= value[best[k - 1]]) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && value[best[i - 1]] < value[t]) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = t;
  }
  return best;
}
