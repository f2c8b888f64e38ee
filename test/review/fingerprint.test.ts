import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprintFlag } from '../../src/review/fingerprint.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

describe('fingerprintFlag', () => {
  const base = fingerprintFlag('percent-moved', 'Emissions fall by 15% by 2030.', 'Emissionen sinken um 15 bis 2030 %.', ['15%', '15']);

  it('is 16 hex digits and stable', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintFlag('percent-moved', 'Emissions fall by 15% by 2030.', 'Emissionen sinken um 15 bis 2030 %.', ['15%', '15'])).toBe(base);
  });

  it('ignores whitespace, case and quantity order', () => {
    expect(fingerprintFlag('percent-moved', '  emissions   FALL by 15% by 2030.\n', 'Emissionen sinken um 15\tbis 2030 %.', ['15', '15%'])).toBe(base);
  });

  it('changes with the rule, either text or a quantity', () => {
    expect(fingerprintFlag('number-dropped', 'Emissions fall by 15% by 2030.', 'Emissionen sinken um 15 bis 2030 %.', ['15%', '15'])).not.toBe(base);
    expect(fingerprintFlag('percent-moved', 'Emissions fall by 16% by 2030.', 'Emissionen sinken um 15 bis 2030 %.', ['15%', '15'])).not.toBe(base);
    expect(fingerprintFlag('percent-moved', 'Emissions fall by 15% by 2030.', 'Emissionen sinken um 15 bis 2031 %.', ['15%', '15'])).not.toBe(base);
    expect(fingerprintFlag('percent-moved', 'Emissions fall by 15% by 2030.', 'Emissionen sinken um 15 bis 2030 %.', ['15%', '16'])).not.toBe(base);
  });

  it('does not confuse where one text ends and the next begins', () => {
    expect(fingerprintFlag('r', 'a b', 'c', [])).not.toBe(fingerprintFlag('r', 'a', 'b c', []));
  });

  it('fuzz: 10,000 random inputs give 16 hex digits, deterministically', () => {
    const fragment = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'0123456789.,% \n\t-') }), fc.constantFrom('2,3 Milliarden', '15 %', '\u001b[2J', '\u0000'));
    fc.assert(
      fc.property(fc.string(), fragment, fragment, fc.array(fragment, { maxLength: 5 }), (rule, src, tgt, quantities) => {
        const first = fingerprintFlag(rule, src, tgt, quantities);
        expect(first).toMatch(/^[0-9a-f]{16}$/);
        expect(fingerprintFlag(rule, src, tgt, [...quantities].reverse())).toBe(first);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
