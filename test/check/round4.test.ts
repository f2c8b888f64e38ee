// Round 4 of issue 5: one segment with thousands of figures (a table read as one sentence) must
// finish; the pairing used to weigh every source figure against every target figure.
import { describe, expect, it } from 'vitest';
import { checkSegments } from '../../src/check/index.js';

const opts = { srcLang: 'en', tgtLang: 'de' };
// Figures in the bad-input helper's case: 5,000 decimals, each written in its language's format.
const COUNT = 5_000;

function figures(decimal: string, shift: number): string {
  return Array.from({ length: COUNT }, (_, k) => `${k * 7 + shift}${decimal}${k % 10}`).join(' ');
}

describe('a segment with thousands of figures', () => {
  it('pairs 5,000 changed figures with their counterparts and flags each', () => {
    const flags = checkSegments(`The figures are ${figures('.', 0)}.`, `Die Zahlen sind ${figures(',', 1)}.`, opts);
    expect(flags).toHaveLength(COUNT);
    expect(flags.every((f) => f.rule === 'value-changed')).toBe(true);
    // The k-th source figure is paired with the k-th target figure, not one further off.
    expect(flags[COUNT - 1].expected).toBe('34.993,9');
    expect(flags[COUNT - 1].actual).toBe('34994,9');
  });
  it('finds nothing wrong in 5,000 figures carried over unchanged', () => {
    expect(checkSegments(`The figures are ${figures('.', 0)}.`, `Die Zahlen sind ${figures(',', 0)}.`, opts)).toEqual([]);
  });
});
