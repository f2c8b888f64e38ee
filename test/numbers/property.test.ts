import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities, formatQuantity } from '../../src/numbers/index.js';
import type { Quantity } from '../../src/types.js';

const LANGS = ['en', 'de'] as const;
const MAGNITUDES = [undefined, 1e6, 1e9, 1e12];

/** A random quantity of the kinds news copy writes with figures. */
const quantity: fc.Arbitrary<Quantity> = fc
  .record({
    kind: fc.constantFrom('number', 'percent', 'currency', 'year'),
    int: fc.integer({ min: 0, max: 9_999_999 }),
    frac: fc.integer({ min: 0, max: 99 }),
    decimals: fc.constantFrom(0, 1, 2),
    magnitude: fc.constantFrom(...MAGNITUDES),
    unit: fc.constantFrom('USD', 'EUR', 'GBP'),
    year: fc.integer({ min: 1000, max: 2100 }),
  })
  .map((r) => {
    const base = r.decimals === 0 ? r.int : Number(`${r.int}.${String(r.frac).padStart(2, '0').slice(0, r.decimals)}`);
    const span = { start: 0, end: 0 };
    if (r.kind === 'year') return { kind: 'year', value: r.year, text: '', span };
    const small = r.magnitude ? Number(`${r.int % 1000}.${r.frac}`) : base;
    const value = r.magnitude ? Number((small * r.magnitude).toPrecision(15)) : base;
    const q: Quantity = { kind: r.kind as Quantity['kind'], value, text: '', span };
    if (r.magnitude) q.magnitude = r.magnitude;
    if (r.kind === 'currency') q.unit = r.unit;
    if (r.kind === 'percent') q.unit = '%';
    return q;
  });

describe('format then extract', () => {
  for (const lang of LANGS) {
    it(`gives the same value back in ${lang}`, () => {
      fc.assert(
        fc.property(quantity, (q) => {
          const text = formatQuantity(q, lang);
          const back = extractQuantities(text, lang);
          expect(back, `${text} -> ${JSON.stringify(back)}`).toHaveLength(1);
          expect(back[0].value).toBe(q.value);
          if (q.unit) expect(back[0].unit).toBe(q.unit);
        }),
        { numRuns: 2000 },
      );
    });
  }
});
