// Interns tokens by their characters in place: an open-addressing hash table from a text span to
// the token's feature ids, so that a word seen before costs two hashes and one probe, not a string
// slice, a Map lookup and an array (those were the pairer's largest costs over 100 MB of text).
// A token is known by two independent 32-bit hashes of its characters and kind, stored in the slot
// beside its features so that a lookup touches one cache line: a false match needs both hashes to
// collide (odds of any such pair among a million distinct tokens ~10^-7 if they behave as
// independent) and would only blur one feature.

/** Features a token can have: a number has one, a word a name, a prefix and a month. */
const MAX_FEATURES = 3;
/** Int32s per slot: two hashes, then the feature ids (-1 for none). */
const STRIDE = 2 + MAX_FEATURES;
/** Distinct tokens kept before the table starts over: bounds memory on archives full of numbers. */
const MAX_TOKENS = 1 << 20;
const INITIAL_SLOTS = 1 << 14;

export type Analyse = (token: string, isNumber: boolean) => number[];

export class TokenTable {
  /** STRIDE int32s per slot; a slot with both hashes 0 is empty (a token hashing to 0, 0 is re-analysed each time). */
  private slots = new Int32Array(INITIAL_SLOTS * STRIDE);
  private size = INITIAL_SLOTS;
  private tokens = 0;

  constructor(private readonly analyse: Analyse) {}

  /** Calls `count` with each feature id of the token text[start, end), analysing it when new. */
  forEachId(text: string, start: number, end: number, isNumber: boolean, count: (id: number) => void): void {
    let h1 = isNumber ? 1 : 0;
    let h2 = isNumber ? 0x2545f491 : 0x6c8e9cf5;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h1 = (Math.imul(h1, 31) + c) | 0;
      h2 = Math.imul(h2 ^ c, 0x01000193);
    }
    const slots = this.slots;
    const mask = this.size - 1;
    let s = slotOf(h1, mask);
    for (; slots[s * STRIDE] !== 0 || slots[s * STRIDE + 1] !== 0; s = (s + 1) & mask) {
      const at = s * STRIDE;
      if (slots[at] === h1 && slots[at + 1] === h2) {
        for (let k = at + 2; k < at + STRIDE && slots[k] >= 0; k++) count(slots[k]);
        return;
      }
    }
    const ids = this.analyse(text.slice(start, end), isNumber);
    for (const id of ids) count(id);
    if (h1 === 0 && h2 === 0) return;
    if (this.tokens >= MAX_TOKENS) this.reset(this.size);
    else if (2 * (this.tokens + 1) > this.size) this.reset(this.size * 2, this.slots);
    this.tokens++;
    this.place(this.slots, h1, h2, ids);
  }

  private place(slots: Int32Array, h1: number, h2: number, ids: ArrayLike<number>): void {
    const mask = this.size - 1;
    let s = slotOf(h1, mask);
    while (slots[s * STRIDE] !== 0 || slots[s * STRIDE + 1] !== 0) s = (s + 1) & mask;
    const at = s * STRIDE;
    slots[at] = h1;
    slots[at + 1] = h2;
    for (let k = 0; k < MAX_FEATURES; k++) slots[at + 2 + k] = k < ids.length ? ids[k] : -1;
  }

  /** A fresh table of `size` slots, holding the entries of `old` when given. */
  private reset(size: number, old?: Int32Array): void {
    this.size = size;
    this.slots = new Int32Array(size * STRIDE);
    this.tokens = 0;
    if (!old) return;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at] === 0 && old[at + 1] === 0) continue;
      this.tokens++;
      this.place(this.slots, old[at], old[at + 1], old.subarray(at + 2, at + STRIDE));
    }
  }
}

/** Fibonacci hashing: spreads the polynomial hash of short words over the table. */
function slotOf(h: number, mask: number): number {
  const x = Math.imul(h, 0x9e3779b1);
  return (x ^ (x >>> 16)) & mask;
}
