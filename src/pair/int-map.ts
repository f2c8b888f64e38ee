// A map from non-negative int32 keys to int32 values in two typed arrays (open addressing): no
// boxing and a small, cache-friendly footprint for the pairer's hottest lookup.

const EMPTY = -1;

export class IntMap {
  private keys = new Int32Array(1 << 12).fill(EMPTY);
  private values = new Int32Array(1 << 12);
  private count = 0;

  /** The value of `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let s = slotOf(key, mask); this.keys[s] !== EMPTY; s = (s + 1) & mask) {
      if (this.keys[s] === key) return this.values[s];
    }
    return -1;
  }

  set(key: number, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let s = slotOf(key, mask);
    while (this.keys[s] !== EMPTY && this.keys[s] !== key) s = (s + 1) & mask;
    if (this.keys[s] === EMPTY) this.count++;
    this.keys[s] = key;
    this.values[s] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== EMPTY) this.set(keys[s], values[s]);
  }
}

function slotOf(key: number, mask: number): number {
  const x = Math.imul(key, 0x9e3779b1);
  return (x ^ (x >>> 16)) & mask;
}
