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
  const cellOf = new CellTable(pairs.reduce((sum, { src, tgt }) => sum + tgt.length * (src.length + 1), 0));
  const cellSrc: number[] = [];
  const cellTgt: number[] = [];
  const layout = pairs.map(({ src, tgt }) => {
    const cells = new Int32Array(tgt.length * (src.length + 1));
    let k = 0;
    for (const f of tgt) {
      for (let l = -1; l < src.length; l++) {
        const e = l < 0 ? NULL_WORD : src[l];
        const c = cellOf.idOf((e + 1) * tgtVocabulary + f, cellSrc.length);
        if (c === cellSrc.length) {
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

/** Free slots in the cell table: keys are never negative. */
const EMPTY = -1;

/**
 * Word-pair key to cell id, open addressing over typed arrays: EM's set-up looks up every
 * co-occurrence, and a Map of numbers costs several times more. Sized for at most `capacity` keys.
 */
class CellTable {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private readonly mask: number;
  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.keys = new Float64Array(size).fill(EMPTY);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
  }
  /** The id of `key`, which becomes `fresh` when the key is new. */
  idOf(key: number, fresh: number): number {
    let slot = (Math.imul(key | 0, 0x9e3779b1) ^ Math.floor(key / 0x100000000)) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) return this.ids[slot];
      if (k === EMPTY) {
        this.keys[slot] = key;
        this.ids[slot] = fresh;
        return fresh;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
