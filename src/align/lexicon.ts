// A word-translation table learnt from the document pair itself (IBM Model 1 by EM over first-pass beads).

/** A sentence pair (or block pair) of word ids, source and target vocabularies apart; no id twice in a list. */
export interface WordPair {
  src: number[];
  tgt: number[];
}

/** t(f|e) for each source word e: target word ids and probabilities. */
export type Lexicon = Map<number, { tgt: number[]; prob: number[] }>;

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
  const { cells, pairRows, widths, srcOfCell, tgtOfCell } = cellLayout(pairs, tgtVocabulary);
  const t = new Float64Array(srcOfCell.length).fill(1);
  const counts = new Float64Array(srcOfCell.length);
  let srcTop = 0;
  for (let c = 0; c < srcOfCell.length; c++) if (srcOfCell[c] > srcTop) srcTop = srcOfCell[c];
  const totals = new Float64Array(srcTop + 1);
  // The totals of one pair's source words, by position: added to in the order totals[e] would be, so
  // the sums come out the same, but without an indirection per cell; written back once per pair.
  const local = new Float64Array(widths.reduce((a, b) => Math.max(a, b), 0));
  for (let iter = 0; iter < EM_ITERATIONS; iter++) {
    counts.fill(0);
    totals.fill(0);
    let from = 0;
    for (let pair = 0; pair < widths.length; pair++) {
      const width = widths[pair];
      const first = from;
      const rows = pairRows[pair + 1] - pairRows[pair];
      if (rows === 0) continue;
      for (let l = 0; l < width; l++) local[l] = totals[srcOfCell[cells[first + l]]];
      for (let row = 0; row < rows; row++) {
        const to = from + width;
        let z = 0;
        for (let k = from; k < to; k++) z += t[cells[k]];
        if (z > 0) {
          // One division per target word, not per cell: differs from t/z in the last bit at most.
          const inverse = 1 / z;
          for (let k = from, l = 0; k < to; k++, l++) {
            const c = cells[k];
            const p = t[c] * inverse;
            counts[c] += p;
            local[l] += p;
          }
        }
        from = to;
      }
      for (let l = 0; l < width; l++) totals[srcOfCell[cells[first + l]]] = local[l];
    }
    for (let c = 0; c < t.length; c++) t[c] = counts[c] / totals[srcOfCell[c]];
  }
  return toLexicon(t, counts, srcOfCell, tgtOfCell);
}

/**
 * Every co-occurring (e, f) gets a cell id once, in order of first sight; EM then runs over flat
 * arrays, not hash maps. `cells` lists, target word by target word, the cells of that word with the
 * empty word and each source word of its block pair; per block pair, `widths` says how many each of
 * its target words has and `pairRows` where its target words start (one more entry, the end).
 */
function cellLayout(pairs: WordPair[], tgtVocabulary: number) {
  let total = 0;
  for (const { src, tgt } of pairs) total += tgt.length * (src.length + 1);
  let srcTop = 0;
  for (const { src } of pairs) for (const e of src) srcTop = Math.max(srcTop, e + 1);
  const keys = (srcTop + 1) * tgtVocabulary;
  // A cell's key, target word first: the lookups of one target word then fall close together in the table.
  const keyOf = (f: number, srcSlot: number) => f * (srcTop + 1) + srcSlot;
  const cellOf = keys <= MAX_DENSE_KEYS ? dense.reserve(keys) : new CellTable(total);
  const cells = new Int32Array(total);
  const widths = new Int32Array(pairs.length);
  const pairRows = new Int32Array(pairs.length + 1);
  const cellSrc: number[] = [];
  const cellTgt: number[] = [];
  let k = 0;
  for (let p = 0; p < pairs.length; p++) {
    const { src, tgt } = pairs[p];
    widths[p] = src.length + 1;
    pairRows[p + 1] = pairRows[p] + tgt.length;
    for (const f of tgt) {
      for (let l = -1; l < src.length; l++) {
        const e = l < 0 ? NULL_WORD : src[l];
        const c = cellOf.idOf(keyOf(f, e + 1), cellSrc.length);
        if (c === cellSrc.length) {
          cellSrc.push(e + 1);
          cellTgt.push(f);
        }
        cells[k++] = c;
      }
    }
  }
  if (cellOf instanceof DenseCells) for (let c = 0; c < cellSrc.length; c++) cellOf.clear(keyOf(cellTgt[c], cellSrc[c]));
  return { cells, pairRows, widths, srcOfCell: Int32Array.from(cellSrc), tgtOfCell: Int32Array.from(cellTgt) };
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
    lexicon.set(e, { tgt: list.map((x) => x[0]), prob: list.map((x) => x[1]) });
  }
  return lexicon;
}

/**
 * Word-pair keys up to this many are looked up in a plain array indexed by key (the vocabularies of
 * one document pair multiplied: a few hundred thousand for a news article) rather than hashed.
 */
const MAX_DENSE_KEYS = 1 << 22;

/**
 * Word-pair key to cell id by direct indexing. One table per thread, grown on demand and cleared
 * key by key after each use: allocating and zeroing it per document would cost more than the lookups.
 */
class DenseCells {
  /** 1 + cell id per key, 0 for none. */
  private table = new Int32Array(0);
  reserve(keys: number): this {
    if (keys > this.table.length) this.table = new Int32Array(Math.min(MAX_DENSE_KEYS, Math.max(keys, 2 * this.table.length)));
    return this;
  }
  idOf(key: number, fresh: number): number {
    const id = this.table[key];
    if (id !== 0) return id - 1;
    this.table[key] = fresh + 1;
    return fresh;
  }
  clear(key: number): void {
    this.table[key] = 0;
  }
}

const dense = new DenseCells();

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
