// One-to-one assignment by greedy competitive linking (Melamed 2000): the best-scoring free pair is
// linked first. Each document left over is told why, from its own best candidate.
import type { Edges } from './candidates.js';

export interface Link {
  src: number;
  tgt: number;
  score: number;
}

export interface Linking {
  links: Link[];
  /** Why a document stayed unlinked, by index, for each side. */
  srcReasons: Map<number, string>;
  tgtReasons: Map<number, string>;
}

export function score3(x: number): string {
  return x.toFixed(3);
}

/** One side of the assignment: document names, and which documents take part (not given pairs). */
export interface Side {
  names: string[];
  free: (i: number) => boolean;
}

/** Per document, the index of its best edge (-1 for none). */
function bestEdges(edges: Edges, ends: Int32Array, size: number, usable: Uint8Array): Int32Array {
  const best = new Int32Array(size).fill(-1);
  for (let e = 0; e < edges.length; e++) {
    if (!usable[e]) continue;
    const d = ends[e];
    if (best[d] < 0 || edges.score[e] > edges.score[best[d]]) best[d] = e;
  }
  return best;
}

/** Links edges scoring at least `threshold`, each source and target document at most once. */
export function competitiveLinking(edges: Edges, src: Side, tgt: Side, threshold: number): Linking {
  const usable = new Uint8Array(edges.length);
  const strong: number[] = [];
  for (let e = 0; e < edges.length; e++) {
    if (!src.free(edges.src[e]) || !tgt.free(edges.tgt[e])) continue;
    usable[e] = 1;
    if (edges.score[e] >= threshold) strong.push(e);
  }
  // Only edges above the threshold can link: sorting them alone skips most candidates.
  strong.sort((a, b) => edges.score[b] - edges.score[a] || a - b);
  const srcLink = new Int32Array(src.names.length).fill(-1);
  const tgtLink = new Int32Array(tgt.names.length).fill(-1);
  const links: Link[] = [];
  for (const e of strong) {
    const s = edges.src[e];
    const t = edges.tgt[e];
    if (srcLink[s] >= 0 || tgtLink[t] >= 0) continue;
    srcLink[s] = e;
    tgtLink[t] = e;
    links.push({ src: s, tgt: t, score: edges.score[e] });
  }
  const reason = (best: number, partner: string, rival: number): string => {
    if (best < 0) return 'no candidate';
    if (edges.score[best] < threshold || rival < 0) return `best score ${score3(edges.score[best])} below threshold ${score3(threshold)}`;
    return `best candidate ${partner} taken by a better match (${score3(edges.score[rival])} vs ${score3(edges.score[best])})`;
  };
  const srcBest = bestEdges(edges, edges.src, src.names.length, usable);
  const tgtBest = bestEdges(edges, edges.tgt, tgt.names.length, usable);
  const srcReasons = new Map<number, string>();
  const tgtReasons = new Map<number, string>();
  src.names.forEach((_, s) => {
    if (!src.free(s) || srcLink[s] >= 0) return;
    const best = srcBest[s];
    srcReasons.set(s, reason(best, best >= 0 ? tgt.names[edges.tgt[best]] : '', best >= 0 ? tgtLink[edges.tgt[best]] : -1));
  });
  tgt.names.forEach((_, t) => {
    if (!tgt.free(t) || tgtLink[t] >= 0) return;
    const best = tgtBest[t];
    tgtReasons.set(t, reason(best, best >= 0 ? src.names[edges.src[best]] : '', best >= 0 ? srcLink[edges.src[best]] : -1));
  });
  return { links, srcReasons, tgtReasons };
}
