// Second-pass vectors: source sentences carried into target words through the learnt lexicon.
import type { RawBead } from './dp.js';
import type { FeatureIndex, SentenceTokens, SparseVector } from './features.js';
import { sparseFrom } from './features.js';
import { type Lexicon, trainModel1, type WordPair } from './lexicon.js';

/** Words are cut to this many characters so that inflected forms share one lexicon entry. */
const STEM_LENGTH = 6;
/** EM over more block pairs than this costs time without changing the frequent entries. */
const MAX_TRAINING_PAIRS = 4000;

/** Per side: each sentence's distinct stem ids, and each stem's idf on that side. */
interface Vocabulary {
  sentences: Int32Array[];
  idf: Float64Array;
  size: number;
}

function vocabulary(side: SentenceTokens[]): Vocabulary {
  const ids = new Map<string, number>();
  const sentences = side.map((t) => {
    const set = new Set<number>();
    for (const w of t.words) {
      const stem = w.slice(0, STEM_LENGTH);
      let id = ids.get(stem);
      if (id === undefined) ids.set(stem, (id = ids.size));
      set.add(id);
    }
    return Int32Array.from(set);
  });
  const df = new Float64Array(ids.size);
  for (const s of sentences) for (const id of s) df[id]++;
  const idf = df.map((d) => Math.log((sentences.length + 1) / d));
  return { sentences, idf, size: ids.size };
}

/** Block pairs from the first-pass beads that align something to something, evenly thinned. */
function trainingPairs(beads: RawBead[], src: Vocabulary, tgt: Vocabulary): WordPair[] {
  const linked = beads.filter((b) => b.a > 0 && b.b > 0);
  const step = Math.max(1, linked.length / MAX_TRAINING_PAIRS);
  const pairs: WordPair[] = [];
  for (let k = 0; k < linked.length; k += step) {
    const b = linked[Math.floor(k)];
    const join = (v: Vocabulary, from: number, count: number): Int32Array =>
      Int32Array.from(new Set(v.sentences.slice(from, from + count).flatMap((s) => Array.from(s))));
    pairs.push({ src: join(src, b.i, b.a), tgt: join(tgt, b.j, b.b) });
  }
  return pairs;
}

/**
 * Translation vectors: a source sentence becomes the idf-weighted expected target words of its
 * words under the lexicon; a target sentence is its own idf-weighted words.
 */
export function translationVectors(
  srcTok: SentenceTokens[],
  tgtTok: SentenceTokens[],
  firstPass: RawBead[],
  index: FeatureIndex,
): { src: Map<number, number>[]; tgt: Map<number, number>[] } {
  const src = vocabulary(srcTok);
  const tgt = vocabulary(tgtTok);
  const lexicon: Lexicon = trainModel1(trainingPairs(firstPass, src, tgt), tgt.size);
  const featureOf = new Int32Array(tgt.size).map((_, f) => index.id(`t:${f}`));
  const srcVecs = src.sentences.map((words) => {
    const m = new Map<number, number>();
    for (const e of words) {
      const entry = lexicon.get(e);
      if (!entry) continue;
      for (let k = 0; k < entry.tgt.length; k++) {
        const id = featureOf[entry.tgt[k]];
        m.set(id, (m.get(id) ?? 0) + src.idf[e] * entry.prob[k]);
      }
    }
    return m;
  });
  const tgtVecs = tgt.sentences.map((words) => {
    const m = new Map<number, number>();
    for (const f of words) m.set(featureOf[f], tgt.idf[f]);
    return m;
  });
  return { src: srcVecs, tgt: tgtVecs };
}

/** Adds `extra` scaled by `weight` to a sparse vector. */
export function combine(base: SparseVector, extra: Map<number, number>, weight: number): SparseVector {
  const m = new Map<number, number>(extra);
  for (const [k, v] of m) m.set(k, v * weight);
  for (let k = 0; k < base.ids.length; k++) m.set(base.ids[k], (m.get(base.ids[k]) ?? 0) + base.weights[k]);
  return sparseFrom(m);
}
