// Language-agnostic sentence features: numbers, identical words and cognate prefixes, as sparse vectors.

/** A sparse vector: feature ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A sentence reduced to what the aligner compares: its tokens and its length. */
export interface SentenceTokens {
  /** Lower-case words without diacritics. */
  words: string[];
  /** Numbers with separators removed, so `2,3` / `2.3` and `1.300` / `1,300` compare equal. */
  numbers: string[];
  /** Length in characters without whitespace: the Gale-Church unit, robust to OCR tokenisation. */
  length: number;
}

/** Letters (with combining marks) or digit groups joined by one separator each. */
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+(?:[.,'’]\p{N}+)*)/gu;
const MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;
/** Thousands groups have three digits; any other last group after a separator is a decimal part. */
const THOUSANDS_GROUP = 3;
/** Beyond this a sentence is garbage for alignment purposes; scanning it all only costs time. */
const MAX_SCAN_CHARS = 20_000;

/** Canonical form of a written number, independent of the locale's decimal and grouping marks. */
export function normaliseNumber(raw: string): string {
  const groups = raw.split(/[.,'’]/u);
  if (groups.length > 1) {
    const last = groups[groups.length - 1];
    if (last.length !== THOUSANDS_GROUP) groups[groups.length - 1] = last.replace(/0+$/u, '');
  }
  return groups.join('').replace(/^0+(?=\d)/u, '');
}

/** Lower case, compatibility-folded, diacritics stripped: `Zürich` and `Zurich` become one word. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Words repeat across a document: fold each distinct form once. */
const foldCache = new Map<string, string>();
/** Bound on the fold cache, so a long-running process does not grow without end. */
const FOLD_CACHE_SIZE = 200_000;

function foldCached(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(word, (f = foldWord(word)));
  }
  return f;
}

export function tokenise(sentence: string): SentenceTokens {
  const text = sentence.length > MAX_SCAN_CHARS ? sentence.slice(0, MAX_SCAN_CHARS) : sentence;
  const words: string[] = [];
  const numbers: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) words.push(foldCached(m[1]));
    else numbers.push(normaliseNumber(m[2]));
  }
  return { words, numbers, length: sentence.replace(WHITESPACE, '').length };
}

/** Ids for feature strings, shared by both sides of one alignment. */
export class FeatureIndex {
  private readonly ids = new Map<string, number>();
  private next = 0;
  get size(): number {
    return this.next;
  }
  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(feature, id);
    }
    return id;
  }
  /** `count` fresh consecutive ids that no name maps to, the first returned: features numbered by their producer. */
  block(count: number): number {
    const first = this.next;
    this.next += count;
    return first;
  }
}

export function dot(a: SparseVector, b: SparseVector): number {
  let s = 0;
  let i = 0;
  let j = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      s += a.weights[i++] * b.weights[j++];
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** `a + scale * b`, merging the two sorted id lists. */
export function add(a: SparseVector, b: SparseVector, scale = 1): SparseVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i] : Infinity;
    const y = j < b.ids.length ? b.ids[j] : Infinity;
    ids[k] = Math.min(x, y);
    weights[k] = (x <= y ? a.weights[i++] : 0) + (y <= x ? scale * b.weights[j++] : 0);
    k++;
  }
  return { ids: ids.subarray(0, k), weights: weights.subarray(0, k) };
}

/** The `k` heaviest entries of a vector (all of them when it has no more), ids still ascending. */
export function strongest(v: SparseVector, k: number): SparseVector {
  if (v.ids.length <= k) return v;
  const keep = Array.from(v.ids.keys())
    .sort((x, y) => v.weights[y] - v.weights[x])
    .slice(0, k)
    .sort((x, y) => x - y);
  return { ids: Int32Array.from(keep, (o) => v.ids[o]), weights: Float64Array.from(keep, (o) => v.weights[o]) };
}
