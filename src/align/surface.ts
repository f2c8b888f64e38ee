// First-pass vectors: what two languages share on the surface (numbers, names, identical words, cognates).
import { type FeatureIndex, type SentenceTokens, type SparseVector, sparseFrom } from './features.js';

/** Numbers are the strongest cross-language evidence when rare; idf tames the ones on every line. */
const NUMBER_WEIGHT = 2;
/** Key prefix of number features. */
const NUMBER = 'n:';
/** Identical words of this length or more: names, loan words, shared abbreviations. */
const MIN_IDENTICAL = 3;
const IDENTICAL_WEIGHT = 1;
/** Cognates: words sharing a prefix this long (`Kilometer`/`kilometres`, `Minister`/`ministre`). */
const COGNATE_PREFIX = 4;
/** Shorter words have prefixes that collide by chance across languages. */
const MIN_COGNATE_WORD = 5;
const COGNATE_WEIGHT = 1;

/** The surface features of one sentence with their kind weights (before idf). */
export function surfaceFeatures(tokens: SentenceTokens): Map<string, number> {
  const f = new Map<string, number>();
  for (const n of tokens.numbers) f.set(`${NUMBER}${n}`, NUMBER_WEIGHT);
  for (const w of tokens.words) {
    if (w.length >= MIN_IDENTICAL) f.set(`w:${w}`, IDENTICAL_WEIGHT);
    if (w.length >= MIN_COGNATE_WORD) f.set(`p:${cognateKey(w)}`, COGNATE_WEIGHT);
  }
  return f;
}

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

/**
 * Idf-weighted vectors over the features found on BOTH sides; a feature only one side has cannot
 * match and would only make long sentences look dissimilar.
 */
export function idfVectors(
  src: Map<string, number>[],
  tgt: Map<string, number>[],
  index: FeatureIndex,
): { src: SparseVector[]; tgt: SparseVector[]; srcNums: Int32Array[]; tgtNums: Int32Array[] } {
  const dfSrc = documentFrequency(src);
  const dfTgt = documentFrequency(tgt);
  const total = src.length + tgt.length;
  const idf = (f: string): number => {
    const a = dfSrc.get(f) ?? 0;
    const b = dfTgt.get(f) ?? 0;
    return a === 0 || b === 0 ? 0 : Math.log((total + 1) / (a + b));
  };
  const vectorise = (side: Map<string, number>[]): SparseVector[] =>
    side.map((features) => {
      const entries = new Map<number, number>();
      for (const [f, w] of features) {
        const v = w * idf(f);
        if (v > 0) entries.set(index.id(f), v);
      }
      return sparseFrom(entries);
    });
  const numbers = (side: Map<string, number>[]): Int32Array[] =>
    side.map((features) => Int32Array.from([...features.keys()].filter((f) => f.startsWith(NUMBER) && idf(f) > 0), (f) => index.id(f)));
  return { src: vectorise(src), tgt: vectorise(tgt), srcNums: numbers(src), tgtNums: numbers(tgt) };
}

function documentFrequency(side: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of side) for (const f of features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  return df;
}
