// A word-translation table learnt from the document pair itself (IBM Model 1 by EM over first-pass beads).

/** A sentence pair (or block pair) of word ids, source and target vocabularies apart. */
export interface WordPair {
  src: Int32Array;
  tgt: Int32Array;
}

/** t(f|e) for each source word e: target word ids and probabilities. */
export type Lexicon = Map<number, { tgt: Int32Array; prob: Float64Array }>;

/** Model 1 converges in a handful of iterations; later ones only sharpen already-learnt pairs. */
const EM_ITERATIONS = 5;
/** Translations below this probability are noise from co-occurrence and only blur the vectors. */
const MIN_PROB = 0.05;
/** Expected count a word pair needs: evidence from at least two block pairs. */
const MIN_COUNT = 1.5;
/** Source id standing for the empty word, which absorbs function words with no counterpart. */
const NULL_WORD = -1;

/** Model 1 t(f|e) estimated by EM, started from uniform, over the given block pairs. */
export function trainModel1(pairs: WordPair[], tgtVocabulary: number): Lexicon {
  // Each co-occurring (e, f) gets a cell id once; EM then runs over flat arrays, not hash maps.
  const cellOf = new Map<number, number>();
  const cellSrc: number[] = [];
  const cellTgt: number[] = [];
  const layout = pairs.map(({ src, tgt }) => {
    const cells = new Int32Array(tgt.length * (src.length + 1));
    let k = 0;
    for (const f of tgt) {
      for (let l = -1; l < src.length; l++) {
        const e = l < 0 ? NULL_WORD : src[l];
        const key = (e + 1) * tgtVocabulary + f;
        let c = cellOf.get(key);
        if (c === undefined) {
          cellOf.set(key, (c = cellSrc.length));
          cellSrc.push(e + 1);
          cellTgt.push(f);
        }
        cells[k++] = c;
      }
    }
    return { cells, width: src.length + 1 };
  });
  const srcOfCell = Int32Array.from(cellSrc);
  const t = new Float64Array(srcOfCell.length).fill(1);
  const counts = new Float64Array(srcOfCell.length);
  const totals = new Float64Array(srcOfCell.reduce((a, b) => Math.max(a, b), 0) + 1);
  for (let iter = 0; iter < EM_ITERATIONS; iter++) {
    counts.fill(0);
    totals.fill(0);
    for (const { cells, width } of layout) {
      for (let from = 0; from < cells.length; from += width) {
        let z = 0;
        for (let k = from; k < from + width; k++) z += t[cells[k]];
        if (z <= 0) continue;
        for (let k = from; k < from + width; k++) {
          const c = cells[k];
          const p = t[c] / z;
          counts[c] += p;
          totals[srcOfCell[c]] += p;
        }
      }
    }
    for (let c = 0; c < t.length; c++) t[c] = counts[c] / totals[srcOfCell[c]];
  }
  return toLexicon(t, counts, srcOfCell, Int32Array.from(cellTgt));
}

/**
 * Keeps the pairs seen in more than one block pair: a pair seen once only restates the first pass's
 * bead it came from and would vouch for that bead, right or wrong, in the second pass.
 */
function toLexicon(t: Float64Array, counts: Float64Array, srcOfCell: Int32Array, tgtOfCell: Int32Array): Lexicon {
  const byWord = new Map<number, [number, number][]>();
  for (let c = 0; c < t.length; c++) {
    const e = srcOfCell[c] - 1;
    if (e === NULL_WORD || t[c] < MIN_PROB || counts[c] < MIN_COUNT) continue;
    let list = byWord.get(e);
    if (!list) byWord.set(e, (list = []));
    list.push([tgtOfCell[c], t[c]]);
  }
  const lexicon: Lexicon = new Map();
  for (const [e, list] of byWord) {
    lexicon.set(e, { tgt: Int32Array.from(list, (x) => x[0]), prob: Float64Array.from(list, (x) => x[1]) });
  }
  return lexicon;
}
