import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSegments } from '../../src/check/index.js';
import { extractQuantities } from '../../src/numbers/index.js';

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

function within(span: { start: number; end: number } | undefined, s: string): boolean {
  return span === undefined || (span.start >= 0 && span.start <= span.end && span.end <= s.length);
}

describe('fuzz', () => {
  it('extractQuantities: no exception, spans within the text, finite values', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'de'), (t, lang) => {
        for (const q of extractQuantities(t, lang)) {
          expect(within(q.span, t)).toBe(true);
          expect(Number.isFinite(q.value)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('checkSegments: no exception, spans within src and tgt', () => {
    fc.assert(
      fc.property(text, text, (en, de) => {
        for (const f of checkSegments(en, de, { srcLang: 'en', tgtLang: 'de' })) {
          expect(within(f.src, en)).toBe(true);
          expect(within(f.tgt, de)).toBe(true);
          expect(['error', 'warning', 'info']).toContain(f.severity);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
