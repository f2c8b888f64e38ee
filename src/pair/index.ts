// Article pairing: which source-language article is which target-language article's translation.
// Given pairs (user file, naming convention) first, then TF-IDF over language-independent
// features, candidates from a capped inverted index, greedy competitive linking. Pure.
import type { Lang, Pair, PairEvidence, PairOrigin, Pairing, Unpaired } from '../types.js';
import { findCandidates } from './candidates.js';
import { NAME, NUMBER } from './features.js';
import { competitiveLinking } from './link.js';
import { sharedIds, similarity, vectorise, type Vectors } from './vectors.js';

export { pairsByName, parsePairsFile } from './given.js';

export interface PairCandidate {
  file: string;
  lang: Lang;
  text: string;
  title?: string;
}

export interface PairOptions {
  srcLang: Lang;
  tgtLang: Lang;
  given?: { src: string; tgt: string; origin: 'user' | 'name' }[];
}

/**
 * Similarity below which the best remaining candidate is no translation. On the dev set the weakest
 * true pair scores 0.28 and the best free candidate of a no-partner article 0.19: 0.22 splits them,
 * nearer the no-partner side because a missed pair is reported while a false one misleads silently.
 */
export const PAIR_THRESHOLD = 0.22;
/** Shared names and numbers listed as evidence, rarest first. */
const EVIDENCE_ITEMS = 5;
/** User pairs beat naming-convention pairs when they disagree. */
const ORIGIN_RANK: Record<'user' | 'name', number> = { user: 0, name: 1 };

export function pairArticles(docs: PairCandidate[], opts: PairOptions): Pairing {
  const byFile = new Map<string, PairCandidate>();
  for (const d of docs) if (!byFile.has(d.file)) byFile.set(d.file, d);
  const given = acceptedGiven(opts.given ?? [], byFile);
  const role = new Map<string, 'src' | 'tgt'>();
  for (const g of given) {
    role.set(g.src, 'src');
    role.set(g.tgt, 'tgt');
  }
  const src: PairCandidate[] = [];
  const tgt: PairCandidate[] = [];
  const unpaired: Unpaired[] = [];
  for (const d of docs) {
    const side = role.get(d.file) ?? (d.lang === opts.srcLang ? 'src' : d.lang === opts.tgtLang ? 'tgt' : undefined);
    if (byFile.get(d.file) !== d) unpaired.push({ file: d.file, lang: d.lang, reason: 'duplicate file name' });
    else if (side === 'src') src.push(d);
    else if (side === 'tgt') tgt.push(d);
    else unpaired.push({ file: d.file, lang: d.lang, reason: `language ${d.lang} not paired` });
  }

  const v = vectorise(src, tgt);
  const srcIndex = new Map(src.map((d, i) => [d.file, i]));
  const tgtIndex = new Map(tgt.map((d, i) => [d.file, i]));
  const pair = (s: number, t: number, score: number, origin: PairOrigin): Pair => ({
    src: src[s].file,
    tgt: tgt[t].file,
    srcLang: opts.srcLang,
    tgtLang: opts.tgtLang,
    score: round(score),
    origin,
    evidence: evidenceFor(src[s], tgt[t], v, s, t),
  });

  const pairs: Pair[] = given.map((g) => {
    const s = srcIndex.get(g.src)!;
    const t = tgtIndex.get(g.tgt)!;
    return pair(s, t, similarity(v, s, t), g.origin);
  });
  const takenSrc = new Set(given.map((g) => srcIndex.get(g.src)!));
  const takenTgt = new Set(given.map((g) => tgtIndex.get(g.tgt)!));
  const linking = competitiveLinking(
    findCandidates(v),
    { names: src.map((d) => d.file), free: (i) => !takenSrc.has(i) },
    { names: tgt.map((d) => d.file), free: (i) => !takenTgt.has(i) },
    PAIR_THRESHOLD,
  );
  for (const e of linking.links) pairs.push(pair(e.src, e.tgt, e.score, 'auto'));
  for (const [i, reason] of linking.srcReasons) unpaired.push({ file: src[i].file, lang: src[i].lang, reason });
  for (const [i, reason] of linking.tgtReasons) unpaired.push({ file: tgt[i].file, lang: tgt[i].lang, reason });

  const order = new Map(docs.map((d, i) => [d.file, i]));
  pairs.sort((a, b) => order.get(a.src)! - order.get(b.src)!);
  unpaired.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { pairs, unpaired };
}

/** Given pairs naming two different existing files, each file once; user pairs win over names. */
function acceptedGiven(
  given: NonNullable<PairOptions['given']>,
  byFile: Map<string, PairCandidate>,
): NonNullable<PairOptions['given']> {
  const used = new Set<string>();
  const accepted: NonNullable<PairOptions['given']> = [];
  const ranked = [...given].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin]);
  for (const g of ranked) {
    if (g.src === g.tgt || !byFile.has(g.src) || !byFile.has(g.tgt) || used.has(g.src) || used.has(g.tgt)) continue;
    used.add(g.src);
    used.add(g.tgt);
    accepted.push(g);
  }
  return accepted;
}


function evidenceFor(src: PairCandidate, tgt: PairCandidate, v: Vectors, s: number, t: number): PairEvidence {
  const { keys, surfaces } = v.vocabulary;
  const numbers: number[] = [];
  const names: number[] = [];
  for (const id of sharedIds(v, s, t)) {
    const kind = keys[id][0];
    if (kind === NUMBER) numbers.push(id);
    else if (kind === NAME) names.push(id);
  }
  const top = (ids: number[]) => rarest(ids, v.idf).map((id) => surfaces[id] ?? keys[id].slice(1));
  return {
    sharedNumbers: top(numbers),
    sharedNames: top(names),
    lengthRatio: src.text.length ? round(tgt.text.length / src.text.length) : 0,
  };
}

/**
 * The EVIDENCE_ITEMS ids of highest idf, rarest first, ties by id: the head of the full sort, by
 * insertion into a short list (sorting every pair's shared features was a tenth of pairing).
 */
function rarest(ids: number[], idf: Float64Array): number[] {
  const before = (x: number, y: number) => idf[x] > idf[y] || (idf[x] === idf[y] && x < y);
  const out: number[] = [];
  for (const id of ids) {
    if (out.length === EVIDENCE_ITEMS && !before(id, out[EVIDENCE_ITEMS - 1])) continue;
    let i = out.length < EVIDENCE_ITEMS ? out.length : EVIDENCE_ITEMS - 1;
    while (i > 0 && before(id, out[i - 1])) {
      out[i] = out[i - 1];
      i--;
    }
    out[i] = id;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
