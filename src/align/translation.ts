// Second-pass vectors: source sentences carried into target words through the learnt lexicon.
import type { RawBead } from './dp.js';
import { type FeatureIndex, freshStamp, perWord, type SentenceTokens, Slot, sortIds, type SparseVector } from './features.js';
import { type Lexicon, trainModel1, type WordPair } from './lexicon.js';

/** Words are cut to this many characters so that inflected forms share one lexicon entry. */
const STEM_LENGTH = 6;
/** EM over more block pairs than this costs time without changing the frequent entries. */
const MAX_TRAINING_PAIRS = 1500;
/** Word-pair cells EM visits per iteration, bounded too: large blocks cost the square of their size. */
const MAX_TRAINING_CELLS = 1_000_000;
/** Distinct words per sentence, roughly: enough to estimate a block pair's cells without counting. */
const WORDS_PER_SENTENCE = 15;

/** Per side: each sentence's distinct stem ids, and each stem's idf on that side. */
interface Vocabulary {
  sentences: number[][];
  idf: Float64Array;
  size: number;
}

/** Per thread, the slot of each stem: the stems of one side are numbered in order of first sight. */
const stemSlot = perWord(() => new Slot());

function vocabulary(side: SentenceTokens[]): Vocabulary {
  const stamp = freshStamp();
  let size = 0;
  const seenIn: number[] = [];
  const sentences = side.map((t, k) => {
    const ids: number[] = [];
    for (const w of t.words) {
      const stem = (w.stem ??= stemSlot(w.text.slice(0, STEM_LENGTH)));
      if (stem.stamp !== stamp) {
        stem.stamp = stamp;
        stem.id = size++;
      }
      const id = stem.id;
      if (seenIn[id] !== k) {
        seenIn[id] = k;
        ids.push(id);
      }
    }
    return ids;
  });
  const df = new Float64Array(size);
  for (const s of sentences) for (const id of s) df[id]++;
  const idf = df.map((d) => Math.log((sentences.length + 1) / d));
  return { sentences, idf, size };
}

/** Block pairs from the first-pass beads that align something to something, evenly thinned. */
function trainingPairs(beads: RawBead[], src: Vocabulary, tgt: Vocabulary): WordPair[] {
  const linked = beads.filter((b) => b.a > 0 && b.b > 0);
  const cells = linked.reduce((sum, b) => sum + b.a * b.b * WORDS_PER_SENTENCE * WORDS_PER_SENTENCE, 0);
  const step = Math.max(1, linked.length / MAX_TRAINING_PAIRS, cells / MAX_TRAINING_CELLS);
  const pairs: WordPair[] = [];
  for (let k = 0; k < linked.length; k += step) {
    const b = linked[Math.floor(k)];
    pairs.push({ src: join(src, b.i, b.a), tgt: join(tgt, b.j, b.b) });
  }
  return pairs;
}

/** The distinct words of sentences from .. from+count-1, in order of first occurrence. */
function join(v: Vocabulary, from: number, count: number): number[] {
  if (count === 1) return v.sentences[from];
  return [...new Set(v.sentences.slice(from, from + count).flat())];
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
): { src: SparseVector[]; tgt: SparseVector[] } {
  const src = vocabulary(srcTok);
  const tgt = vocabulary(tgtTok);
  const lexicon: Lexicon = trainModel1(trainingPairs(firstPass, src, tgt), tgt.size);
  // Target word f is feature first + f: sorting target words sorts feature ids too.
  const first = index.block(tgt.size);
  const mass = new Float64Array(tgt.size);
  const srcVecs = src.sentences.map((words): SparseVector => {
    const touched: number[] = [];
    for (const e of words) {
      const entry = lexicon.get(e);
      if (!entry) continue;
      for (let k = 0; k < entry.tgt.length; k++) {
        const f = entry.tgt[k];
        if (mass[f] === 0) touched.push(f);
        mass[f] += src.idf[e] * entry.prob[k];
      }
    }
    sortIds(touched);
    const weights = touched.map((f) => mass[f]);
    for (const f of touched) mass[f] = 0;
    return { ids: touched.map((f) => first + f), weights };
  });
  const tgtVecs = tgt.sentences.map((words): SparseVector => {
    const sorted = sortIds([...words]);
    return { ids: sorted.map((f) => first + f), weights: sorted.map((f) => tgt.idf[f]) };
  });
  return { src: srcVecs, tgt: tgtVecs };
}
