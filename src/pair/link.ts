// One-to-one assignment by greedy competitive linking (Melamed 2000): the best-scoring free pair is
// linked first. Each document left over is told why, from its own best candidate.
import type { Edge } from './candidates.js';

export interface Linking {
  links: Edge[];
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

/** Links edges scoring at least `threshold`, each source and target document at most once. */
export function competitiveLinking(edges: Edge[], src: Side, tgt: Side, threshold: number): Linking {
  const sorted = edges.filter((e) => src.free(e.src) && tgt.free(e.tgt)).sort((a, b) => b.score - a.score);
  const srcLink = new Map<number, Edge>();
  const tgtLink = new Map<number, Edge>();
  const srcBest = new Map<number, Edge>();
  const tgtBest = new Map<number, Edge>();
  const links: Edge[] = [];
  for (const e of sorted) {
    if (!srcBest.has(e.src)) srcBest.set(e.src, e);
    if (!tgtBest.has(e.tgt)) tgtBest.set(e.tgt, e);
    if (e.score < threshold || srcLink.has(e.src) || tgtLink.has(e.tgt)) continue;
    srcLink.set(e.src, e);
    tgtLink.set(e.tgt, e);
    links.push(e);
  }
  const reason = (best: Edge | undefined, partner: string, rival: Edge | undefined): string => {
    if (!best) return 'no candidate';
    if (best.score < threshold || !rival) return `best score ${score3(best.score)} below threshold ${score3(threshold)}`;
    return `best candidate ${partner} taken by a better match (${score3(rival.score)} vs ${score3(best.score)})`;
  };
  const srcReasons = new Map<number, string>();
  const tgtReasons = new Map<number, string>();
  src.names.forEach((_, s) => {
    if (!src.free(s) || srcLink.has(s)) return;
    const best = srcBest.get(s);
    srcReasons.set(s, reason(best, best ? tgt.names[best.tgt] : '', best && tgtLink.get(best.tgt)));
  });
  tgt.names.forEach((_, t) => {
    if (!tgt.free(t) || tgtLink.has(t)) return;
    const best = tgtBest.get(t);
    tgtReasons.set(t, reason(best, best ? src.names[best.src] : '', best && srcLink.get(best.src)));
  });
  return { links, srcReasons, tgtReasons };
}
