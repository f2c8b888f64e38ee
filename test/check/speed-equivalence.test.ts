// The fast paths of session 2 (issue 9) against the plain readings they replace: same answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates, sortCandidates } from '../../src/check/compare.js';
import { checkSegments } from '../../src/check/index.js';
import { mayHoldFigure, tokenize, tokensMayHoldFigure } from '../../src/numbers/index.js';
import { parseNumeral } from '../../src/numbers/numerals.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

const FRAGMENTS = [
  'VIII', 'IV', 'Million', 'million', 'ein', 'one', 'a', 'dreiundzwanzig', 'Dutzend', 'half', 'Achtelfinale', 'İ', 'ß',
  '\u0301', '5', '2,3', 'quarter', 'the', 'der', ' ', '-', '.', 'Zwanzigjährige', 'XNUMX',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 10 })
  .map((parts) => parts.join(' '));

/** The reading of one separator before the fast path: split, then grouped or decimal. */
function splitReading(raw: string, decimal: '.' | ',') {
  const sep = raw.includes('.') ? '.' : ',';
  const [int, frac] = raw.split(sep);
  if (sep !== decimal && /^\d{1,3}[.,]\d{3}$/.test(raw)) return { value: Number(int + frac), decimals: 0, foreign: false, grouped: true };
  const out: { value: number; decimals: number; foreign: boolean; grouped: boolean; alt?: number } = {
    value: Number(int + '.' + frac),
    decimals: frac.length,
    foreign: sep !== decimal,
    grouped: false,
  };
  if (frac.length === 3 && int.length <= 3) out.alt = Number(int + frac);
  return out;
}

describe('fast paths give the plain answers', () => {
  it('the figure test over tokens answers as the one over characters', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'de'), (t, lang) => tokensMayHoldFigure(tokenize(t), lang) === mayHoldFigure(t, lang)),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('a numeral with one separator reads as split at it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,7}[.,]\d{1,6}$/), fc.constantFrom('.', ','), (raw, decimal) => {
        expect(parseNumeral(raw, decimal as '.' | ',')).toEqual(splitReading(raw, decimal as '.' | ','));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('many candidates sort by cost, ties in the order found, as a comparator sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 0.25, 0.5, 1, 1.5, 3.125, 0.1 + 0.2, 0.3), { minLength: 33, maxLength: 400 }), (costs) => {
        const c = candidates(costs.length);
        c.costs.set(costs);
        sortCandidates(c, costs.length);
        const expected = costs.map((_, k) => k).sort((p, q) => costs[p] - costs[q] || p - q);
        expect(Array.from(c.order.subarray(0, costs.length))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('a segment of a thousand figures in place raises nothing, and changed ones are still found', () => {
    const line = '1.2.3.4.5.6.7.8.9.0.'.repeat(100);
    expect(checkSegments(line, line, { srcLang: 'en', tgtLang: 'de' })).toEqual([]);
    const nums = (dec: string, shift: number) => Array.from({ length: 300 }, (_, k) => `${k * 7 + shift}${dec}${k % 10}`).join(' ');
    const flags = checkSegments(`The figures are ${nums('.', 0)}.`, `Die Zahlen sind ${nums(',', 1)}.`, { srcLang: 'en', tgtLang: 'de' });
    expect(flags.filter((f) => f.rule === 'value-changed')).toHaveLength(300);
  });
});
