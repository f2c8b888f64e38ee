// First-pass vectors: what two languages share on the surface (numbers, names, identical words, cognates).
import { type FeatureIndex, perWord, type SentenceTokens, Slot, sortIds, type SparseVector, type Word } from './features.js';

/** Numbers are the strongest cross-language evidence when rare; idf tames the ones on every line. */
const NUMBER_WEIGHT = 2;
/** Identical words of this length or more: names, loan words, shared abbreviations. */
const MIN_IDENTICAL = 3;
const IDENTICAL_WEIGHT = 1;
/** Cognates: words sharing a prefix this long (`Kilometer`/`kilometres`, `Minister`/`ministre`). */
const COGNATE_PREFIX = 4;
/** Shorter words have prefixes that collide by chance across languages. */
const MIN_COGNATE_WORD = 5;
const COGNATE_WEIGHT = 1;
/** Marks a word or key that yields no feature. */
const NONE = -1;

/** Spelling variants that differ between languages of the Latin script map to one key (k/c, z/s, ph/f). */
export function cognateKey(word: string): string {
  return word
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/[kq]/gu, 'c')
    .replace(/z/gu, 's')
    .replace(/y/gu, 'i')
    .slice(0, COGNATE_PREFIX);
}

/** Per thread, the slot of each feature name: words sharing a cognate key share its slot. */
const featureSlot = perWord(() => new Slot());
const numberSlot = perWord(() => new Slot());

/** A word's identical-word and cognate features, when it is long enough for them. */
function featuresOf(word: Word): [Slot | undefined, Slot | undefined] {
  const w = word.text;
  return (word.features ??= [
    w.length >= MIN_IDENTICAL ? featureSlot(`w:${w}`) : undefined,
    w.length >= MIN_COGNATE_WORD ? featureSlot(`p:${cognateKey(w)}`) : undefined,
  ]);
}

/** One sentence's features as ids with their kind weights (before idf), each id once. */
interface RawFeatures {
  ids: number[];
  weights: number[];
  /** The first `numbers` ids are the sentence's numbers. */
  numbers: number;
}

/** Turns sentences into feature ids. */
class FeatureReader {
  /** seenIn[id] = 1 + the number of the sentence that last took feature `id`: "each id once" without a search. */
  private readonly seenIn: number[] = [];
  private sentences = 0;
  constructor(private readonly index: FeatureIndex) {}

  read(tokens: SentenceTokens): RawFeatures {
    const f: RawFeatures = { ids: [], weights: [], numbers: 0 };
    const stamp = ++this.sentences;
    for (const n of tokens.numbers) this.put(f, stamp, this.index.id((n.slot ??= numberSlot(n.text))), NUMBER_WEIGHT);
    f.numbers = f.ids.length;
    for (const w of tokens.words) {
      // Both ids first, then both features: the order in which the ids are given out.
      const features = featuresOf(w);
      const identicalId = features[0] === undefined ? NONE : this.index.id(features[0]);
      const cognateId = features[1] === undefined ? NONE : this.index.id(features[1]);
      this.put(f, stamp, identicalId, IDENTICAL_WEIGHT);
      this.put(f, stamp, cognateId, COGNATE_WEIGHT);
    }
    return f;
  }

  /** Adds feature `id` to the features of sentence `stamp` unless it has it already. */
  private put(f: RawFeatures, stamp: number, id: number, weight: number): void {
    if (id !== NONE && this.seenIn[id] !== stamp) {
      this.seenIn[id] = stamp;
      f.ids.push(id);
      f.weights.push(weight);
    }
  }
}

/** Surface vectors of both sides, and per sentence the ids of the numbers the other side also has. */
export interface SurfaceVectors {
  src: SparseVector[];
  tgt: SparseVector[];
  srcNums: number[][];
  tgtNums: number[][];
}

/**
 * Idf-weighted vectors over the features found on BOTH sides; a feature only one side has cannot
 * match and would only make long sentences look dissimilar.
 */
export function surfaceVectors(srcTok: SentenceTokens[], tgtTok: SentenceTokens[], index: FeatureIndex): SurfaceVectors {
  const reader = new FeatureReader(index);
  const src = srcTok.map((t) => reader.read(t));
  const tgt = tgtTok.map((t) => reader.read(t));
  const dfSrc = documentFrequency(src, index.size);
  const dfTgt = documentFrequency(tgt, index.size);
  const total = src.length + tgt.length;
  const idf = dfSrc.map((a, id) => (a === 0 || dfTgt[id] === 0 ? 0 : Math.log((total + 1) / (a + dfTgt[id]))));
  const weightOf = new Float64Array(index.size);
  const vectorise = (side: RawFeatures[]): SparseVector[] =>
    side.map(({ ids, weights }) => {
      const kept: number[] = [];
      for (let k = 0; k < ids.length; k++) {
        if (idf[ids[k]] <= 0) continue;
        kept.push(ids[k]);
        weightOf[ids[k]] = weights[k] * idf[ids[k]];
      }
      sortIds(kept);
      return { ids: kept, weights: kept.map((id) => weightOf[id]) };
    });
  const numbers = (side: RawFeatures[]): number[][] => side.map(({ ids, numbers: count }) => ids.slice(0, count).filter((id) => idf[id] > 0));
  return { src: vectorise(src), tgt: vectorise(tgt), srcNums: numbers(src), tgtNums: numbers(tgt) };
}

function documentFrequency(side: RawFeatures[], size: number): Float64Array {
  const df = new Float64Array(size);
  for (const { ids } of side) for (const id of ids) df[id]++;
  return df;
}
