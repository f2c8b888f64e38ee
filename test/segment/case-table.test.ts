// The segmenter's case table answers what the string functions answer, for every code unit.
import { describe, expect, it } from 'vitest';
import { casedAt, upperAt } from '../../src/segment/chars.js';

describe('case table', () => {
  it('casedAt / upperAt agree with toLowerCase / toUpperCase on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const cased = ch.toLowerCase() !== ch.toUpperCase();
      const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
      if (casedAt(ch, 0) !== cased || upperAt(ch, 0) !== upper) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('is false past either end of the string', () => {
    expect([casedAt('A', -1), casedAt('A', 1), upperAt('', 0)]).toEqual([false, false, false]);
  });
});
