// Language-agnostic sentence features: numbers, identical words and cognate prefixes, as sparse vectors.

/**
 * A sparse vector: feature ids ascending, with their weights. Plain arrays, not typed ones: an
 * alignment makes several per sentence, and a typed array of more than a few entries costs a
 * separate memory block to allocate and to collect.
 */
export interface SparseVector {
  ids: number[];
  weights: number[];
}

/**
 * A name (a feature, a stem) that takes a number per document or per side on first sight there: the
 * number is kept with the name, stamped with whose it is, instead of in a map per document.
 */
export class Slot {
  stamp = 0;
  id = 0;
}

/** Stamps given out so far on this thread: each document or side numbering its slots takes a fresh one. */
let stamps = 0;

/** A stamp no slot carries yet. */
export function freshStamp(): number {
  return ++stamps;
}

/** A word of a sentence, one object per spelling and thread: what is worked out from it is kept on it. */
export interface Word {
  /** Lower case, without diacritics. */
  text: string;
  /** Its identical-word and cognate features (surface.ts), when long enough for them. */
  features?: [Slot | undefined, Slot | undefined];
  /** Its stem (translation.ts). */
  stem?: Slot;
}

/** A number of a sentence, one object per spelling and thread, like a Word. */
export interface NumberToken {
  /** Separators removed, so `2,3` / `2.3` and `1.300` / `1,300` compare equal. */
  text: string;
  /** Its feature (surface.ts). */
  slot?: Slot;
}

/** A sentence reduced to what the aligner compares: its tokens and its length. */
export interface SentenceTokens {
  words: Word[];
  numbers: NumberToken[];
  /** Length in characters without whitespace: the Gale-Church unit, robust to OCR tokenisation. */
  length: number;
}

const MARKS = /\p{M}+/gu;
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

/** Entries a per-word cache keeps before it starts afresh, so a long-running process does not grow without end. */
const MAX_CACHED_WORDS = 200_000;

/** What trimWordCaches needs of a cache. */
interface WordCache {
  readonly size: number;
  clear(): void;
}

/** Every per-word cache of this thread, so that they are emptied together, between documents. */
const caches: WordCache[] = [];

/**
 * `make` per word, remembered per thread: the same words recur in every document, so what is
 * worked out from a word alone (its folded form, its features, its slot) is worked out once.
 */
export function perWord<V>(make: (word: string) => V): (word: string) => V {
  const cache = new Map<string, V>();
  caches.push(cache);
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) cache.set(word, (value = make(word)));
    return value;
  };
}

/**
 * Empties the per-word caches once one is full. Only between documents: within one, a name must keep
 * its slot, and a word its object.
 */
export function trimWordCaches(): void {
  if (caches.some((c) => c.size >= MAX_CACHED_WORDS)) for (const c of caches) c.clear();
}

/** Start and step of the spelling hash (FNV-1a over UTF-16 code units): cheap to take while scanning. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_STEP = 0x01000193;
/** Free slots of a spelling table. */
const NO_ENTRY = -1;

/**
 * Values by spelling, found from the hash the scanner takes as it reads a token and a comparison with
 * the sentence in place: a token seen before costs no substring and no string hashing, as a Map's
 * lookup would (tokenising took 15% of the aligner's time). Open addressing; one table per kind of
 * token and thread, emptied with the per-word caches.
 */
class Spellings<V> implements WordCache {
  private slots = new Int32Array(1024).fill(NO_ENTRY);
  private hashes: number[] = [];
  private keys: string[] = [];
  private values: V[] = [];
  constructor(private readonly make: (word: string) => V) {
    caches.push(this);
  }
  get size(): number {
    return this.keys.length;
  }
  clear(): void {
    this.slots.fill(NO_ENTRY);
    this.hashes = [];
    this.keys = [];
    this.values = [];
  }
  /** The value of `text.slice(start, end)`, whose hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): V {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === NO_ENTRY) return this.add(text.slice(start, end), hash, slot);
      if (this.hashes[entry] === hash && sameText(this.keys[entry], text, start, end)) return this.values[entry];
    }
  }
  private add(key: string, hash: number, slot: number): V {
    const value = this.make(key);
    this.slots[slot] = this.keys.length;
    this.hashes.push(hash);
    this.keys.push(key);
    this.values.push(value);
    // Kept at most half full, so that probe runs stay short.
    if (2 * this.keys.length > this.slots.length) this.rehash(2 * this.slots.length);
    return value;
  }
  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(NO_ENTRY);
    const mask = size - 1;
    for (let entry = 0; entry < this.hashes.length; entry++) {
      let slot = this.hashes[entry] & mask;
      while (this.slots[slot] !== NO_ENTRY) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}

/**
 * Whether `key` is `text.slice(start, end)`, without making the slice. A loop over character codes:
 * `startsWith` with a position costs a builtin call and its argument checks, for words of a few letters.
 */
function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// Every field from the start: one object shape for all words.
const wordOf = new Spellings((raw): Word => ({ text: foldWord(raw), features: undefined, stem: undefined }));
const numberOf = new Spellings((raw): NumberToken => ({ text: normaliseNumber(raw), slot: undefined }));

/** What a code point can be in a token: part of a word, a mark continuing one, a digit, or neither. */
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
/** Kinds of the ASCII characters, the bulk of news text in Latin script. */
const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, c) => {
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? LETTER : OTHER;
});
/** Kinds of code points beyond ASCII, looked up once each: 1 + kind, 0 while unknown. */
let wideKinds: Uint8Array | undefined;

function kindOf(cp: number): number {
  if (cp < 0x80) return ASCII_KINDS[cp];
  wideKinds ??= new Uint8Array(0x110000);
  if (wideKinds[cp] === 0) {
    const ch = String.fromCodePoint(cp);
    wideKinds[cp] = 1 + (/\p{L}/u.test(ch) ? LETTER : /\p{M}/u.test(ch) ? MARK : /\p{N}/u.test(ch) ? DIGIT : OTHER);
  }
  return wideKinds[cp] - 1;
}

/** Separators inside one written number: `2.3`, `2,3`, `1'000`, `1’000`. */
function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x27 || c === 0x2019;
}

/** JavaScript's `\s`: the characters the length in characters leaves out. */
function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the run of code points of the given kinds starting at `i` ends. */
function runEnd(text: string, i: number, a: number, b: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const kind = kindOf(cp);
    if (kind !== a && kind !== b) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Scanner state: where the last word read ends, and its spelling hash. */
let wordEnd = 0;
let wordHash = 0;

/**
 * Reads the word (letters and combining marks) starting at `i` into wordEnd and wordHash: the run
 * and its hash in one pass, ASCII without a code point lookup.
 */
function readWord(text: string, i: number): void {
  let hash = HASH_SEED;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_KINDS[c] !== LETTER) break;
      hash = Math.imul(hash ^ c, HASH_STEP);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const kind = kindOf(cp);
    if (kind !== LETTER && kind !== MARK) break;
    hash = Math.imul(hash ^ c, HASH_STEP);
    if (cp > 0xffff) hash = Math.imul(hash ^ text.charCodeAt(i + 1), HASH_STEP);
    i += cp > 0xffff ? 2 : 1;
  }
  wordEnd = i;
  wordHash = hash;
}

/** The spelling hash of `text.slice(start, end)`, as readWord takes it. */
function spanHash(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_STEP);
  return hash;
}

/**
 * Words (a letter, then letters and combining marks) and numbers (digit runs joined by one separator
 * each), in order; the same tokens as the pattern `(\p{L}[\p{L}\p{M}]*)|(\p{N}+(?:[.,'’]\p{N}+)*)`,
 * found by a scan over character codes because every sentence of every document goes through here.
 * The length is counted in the same scan: words and numbers hold no whitespace.
 */
export function tokenise(sentence: string): SentenceTokens {
  const text = sentence.length > MAX_SCAN_CHARS ? sentence.slice(0, MAX_SCAN_CHARS) : sentence;
  const words: Word[] = [];
  const numbers: NumberToken[] = [];
  let length = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const cp = c < 0x80 ? c : text.codePointAt(i)!;
    const kind = kindOf(cp);
    const start = i;
    if (kind === LETTER) {
      readWord(text, i);
      i = wordEnd;
      words.push(wordOf.get(text, start, i, wordHash));
      length += i - start;
    } else if (kind === DIGIT) {
      i = runEnd(text, i, DIGIT, DIGIT);
      while (i + 1 < text.length && isNumberSeparator(text.charCodeAt(i)) && kindOf(text.codePointAt(i + 1)!) === DIGIT) i = runEnd(text, i + 1, DIGIT, DIGIT);
      numbers.push(numberOf.get(text, start, i, spanHash(text, start, i)));
      length += i - start;
    } else if (cp > 0xffff) {
      // Both halves of a surrogate pair count, and neither is whitespace.
      i += 2;
      length += 2;
    } else {
      i++;
      if (!isWhitespace(c)) length++;
    }
  }
  for (let i = text.length; i < sentence.length; i++) if (!isWhitespace(sentence.charCodeAt(i))) length++;
  return { words, numbers, length };
}

/** Ids for features, shared by both sides of one alignment: 0, 1, 2... in order of first sight. */
export class FeatureIndex {
  private readonly stamp = freshStamp();
  private next = 0;
  get size(): number {
    return this.next;
  }
  id(feature: Slot): number {
    if (feature.stamp !== this.stamp) {
      feature.stamp = this.stamp;
      feature.id = this.next++;
    }
    return feature.id;
  }
  /** `count` fresh consecutive ids that no name maps to, the first returned: features numbered by their producer. */
  block(count: number): number {
    const first = this.next;
    this.next += count;
    return first;
  }
}

/**
 * One vector spread over a dense array, so that its dot product with another vector is one pass over
 * the other's entries: the DP takes each sentence's dots with a dozen neighbours. Ids the spread
 * vector lacks add exact zeros, so every sum equals that of a merge over the common ids, bit for bit.
 */
export class SpreadVector {
  private dense = new Float64Array(0);
  private ids: number[] = [];

  spread(v: SparseVector): void {
    for (let k = 0; k < this.ids.length; k++) this.dense[this.ids[k]] = 0;
    const top = v.ids.length > 0 ? v.ids[v.ids.length - 1] : -1;
    if (top >= this.dense.length) this.dense = new Float64Array(Math.max(top + 1, 2 * this.dense.length));
    for (let k = 0; k < v.ids.length; k++) this.dense[v.ids[k]] = v.weights[k];
    this.ids = v.ids;
  }

  dot(v: SparseVector): number {
    const dense = this.dense;
    let s = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k];
      if (id < dense.length) s += dense[id] * v.weights[k];
    }
    return s;
  }
}

/** Lists up to this long are sorted by insertion: a sentence's few dozen ids, sorted once per vector. */
const INSERTION_SORT_MAX = 64;

/** Sorts ids ascending, in place; returns them. */
export function sortIds(ids: number[]): number[] {
  if (ids.length > INSERTION_SORT_MAX) return ids.sort((x, y) => x - y);
  for (let k = 1; k < ids.length; k++) {
    const id = ids[k];
    let at = k;
    while (at > 0 && ids[at - 1] > id) {
      ids[at] = ids[at - 1];
      at--;
    }
    ids[at] = id;
  }
  return ids;
}

/** `a + scale * b`, merging the two sorted id lists. */
export function add(a: SparseVector, b: SparseVector, scale = 1): SparseVector {
  const ids: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i] : Infinity;
    const y = j < b.ids.length ? b.ids[j] : Infinity;
    ids.push(Math.min(x, y));
    weights.push((x <= y ? a.weights[i++] : 0) + (y <= x ? scale * b.weights[j++] : 0));
  }
  return { ids, weights };
}

/** The `k` heaviest entries of a vector (all of them when it has no more), ids still ascending. */
export function strongest(v: SparseVector, k: number): SparseVector {
  if (v.ids.length <= k) return v;
  const keep = Array.from(v.ids.keys())
    .sort((x, y) => v.weights[y] - v.weights[x])
    .slice(0, k)
    .sort((x, y) => x - y);
  return { ids: keep.map((o) => v.ids[o]), weights: keep.map((o) => v.weights[o]) };
}
