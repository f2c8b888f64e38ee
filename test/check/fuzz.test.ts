import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkSegments } from '../../src/check/index.js';
import { extractQuantities } from '../../src/numbers/index.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

const FRAGMENTS = [
  '2,3 Milliarden', '1.300', '1,300.5', '15%', '80 %', 'XNUMX', 'CO2026', 'G7-', '24. November', 'November 24',
  '3 p.m.', '15 Uhr', 'dreiundzwanzig', 'twenty-five', 'Verdreifachung', 'by a third', '2010-2015', '5 bis 7',
  '$13', '€', 'Mio.', 'bn', '1990s', '1760er', '2:03:59', '16.05.2010', '-', '.', ',', ' ', '\u00a0', '%%',
  'zwischen', 'and', 'constructor', '\u{1F600}', 'ß', 'İ', '\u0301',
];

const text = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.stringMatching(/^[0-9.,: ]{1,8}$/)), { maxLength: 14 }),
    fc.constantFrom(' ', '', '-'),
  )
  .map(([parts, sep]) => parts.join(sep));

const SEVERITIES = new Set(['error', 'warning', 'info']);

function within(span: { start: number; end: number } | undefined, s: string): boolean {
  return span === undefined || (span.start >= 0 && span.start <= span.end && span.end <= s.length);
}

describe('fuzz', () => {
  it('extractQuantities: no exception, spans within the text, finite values', () => {
    fc.assert(
      // Plain booleans, not expect(): the matcher's bookkeeping costs more than the code under test.
      fc.property(text, fc.constantFrom('en', 'de'), (t, lang) =>
        extractQuantities(t, lang).every((q) => within(q.span, t) && Number.isFinite(q.value)),
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('checkSegments: no exception, spans within src and tgt', () => {
    fc.assert(
      fc.property(text, text, (en, de) =>
        checkSegments(en, de, { srcLang: 'en', tgtLang: 'de' }).every(
          (f) => within(f.src, en) && within(f.tgt, de) && SEVERITIES.has(f.severity),
        ),
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
