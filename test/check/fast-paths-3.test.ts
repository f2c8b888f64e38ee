// The fast paths of session 3 (issue 9) against the plain readings they replace: same answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/check/compare.js';
import { checkSegments } from '../../src/check/index.js';
import { PAIR_RULES } from '../../src/check/rules/index.js';
import { scan } from '../../src/numbers/index.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

const FRAGMENTS = [
  'five', 'fünf', 'Million', 'ein', 'a', 'the', 'der', '5', '2,3', '1.5', '%', 'Prozent', 'percent', 'XNUMX', 'NUM', 'G7',
  'CO2026', 'Mio.', '€', '$', 'März', 'May', '24.', 'Uhr', 'p.m.', ' ', '-', '.', ',', 'and', 'und', 'is', 'the', 'of', 'und',
  'die', 'Regierung', 'government', 'said', 'sagte',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 14 })
  .map((parts) => parts.join(' '));

/** Every pair rule over the comparison, as checkSegments ran them before it picked rules by figures. */
function allRules(src: string, tgt: string) {
  const c = compare(src, tgt, 'en', 'de');
  return PAIR_RULES.flatMap((rule) => rule.run(c));
}

describe('session 3 fast paths give the plain answers', () => {
  it('pairs without figures or names run only the text rules, with the same flags as all rules', () => {
    fc.assert(
      fc.property(text, text, (src, tgt) => {
        expect(checkSegments(src, tgt, { srcLang: 'en', tgtLang: 'de' })).toEqual(allRules(src, tgt));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('flags an untranslated target and a placeholder in a pair without figures', () => {
    const en = 'The government said that it would not change the plan for the city.';
    expect(checkSegments(en, en, { srcLang: 'en', tgtLang: 'de' }).map((f) => f.rule)).toEqual(['untranslated']);
    expect(checkSegments('It rose sharply.', 'Es stieg um XNUMX.', { srcLang: 'en', tgtLang: 'de' }).map((f) => f.rule)).toEqual(['garbled-placeholder']);
  });

  it('every scanned quantity has the same fields in the same order (one hidden class)', () => {
    const shapes = new Set<string>();
    for (const [t, lang] of [
      ['On 24.12.2019 at 3 p.m. he paid $5m, 12% more, for a third of 1,300.5 km; 16:05:59.', 'en'],
      ['Am 24. März zahlte er 2,3 Milliarden Euro, ein Drittel, um 15 Uhr; 192.168.1.1 und 1.2.2019.', 'de'],
    ] as const) {
      for (const q of scan(t, lang).quantities) shapes.add(Object.keys(q).join());
    }
    expect(shapes.size).toBe(1);
  });
});
