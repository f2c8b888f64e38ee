// normaliseNumber's indexOf scan gives what the split-and-regex formula gave, for any number token.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseNumber } from '../../src/pair/features.js';
import { numberFormatOf, type NumberFormat } from '../../src/pair/lang/index.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

/** The formula as first written. */
function plain(raw: string, format: NumberFormat): string {
  if (/^\d{1,15}$/.test(raw)) return raw.replace(/^0+(?=\d)/, '');
  let s = raw;
  for (const g of format.group) {
    const parts = s.split(g);
    if (parts.length > 1 && parts.every((part, i) => i === 0 || /^\d{3}/.test(part))) s = parts.join('');
  }
  if (format.decimal !== '.') s = s.split(format.decimal).join('.');
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : s;
}

/** Number tokens as the pairer cuts them: digit runs joined by single `.` or `,`. */
const token = fc
  .array(fc.stringMatching(/^\d{1,20}$/), { minLength: 1, maxLength: 5 })
  .chain((runs) => fc.array(fc.constantFrom('.', ','), { minLength: runs.length - 1, maxLength: runs.length - 1 }).map((seps) => runs.map((r, i) => (i > 0 ? seps[i - 1] : '') + r).join('')));

describe('normaliseNumber', () => {
  it('matches the split-and-regex formula in English and German', () => {
    const formats = [numberFormatOf('en'), numberFormatOf('de')];
    fc.assert(fc.property(token, (raw) => formats.every((f) => normaliseNumber(raw, f) === plain(raw, f))), { numRuns: FUZZ_RUNS });
  });

  it('keeps the examples', () => {
    expect(normaliseNumber('007', numberFormatOf('en'))).toBe('7');
    expect(normaliseNumber('1,300.5', numberFormatOf('en'))).toBe('1300.5');
    expect(normaliseNumber('1.300,5', numberFormatOf('de'))).toBe('1300.5');
  });
});
