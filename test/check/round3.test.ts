// Behaviours added in round 3 of issue 5, each pinned by a sentence pair of our own.
import { describe, expect, it } from 'vitest';
import { checkSegments } from '../../src/check/index.js';
import { compare } from '../../src/check/compare.js';
import { mayHoldFigure, scan } from '../../src/numbers/index.js';

const opts = { srcLang: 'en', tgtLang: 'de' };
const meaningFlags = (en: string, de: string) => checkSegments(en, de, opts).filter((f) => f.severity !== 'info').map((f) => f.rule);

describe('conversion notes and sizes in words', () => {
  it('accepts a conversion into another currency added in parentheses', () => {
    expect(meaningFlags('He claimed £2,100 a month.', 'Er forderte 2.100 Pfund (2.350 Euro) im Monat.')).toEqual([]);
  });
  it('still flags a note whose figure cannot be a conversion (separator misread)', () => {
    expect(meaningFlags('He claimed £3,000 in total.', 'Er forderte insgesamt 3.000 Pfund (3,300 Euro).')).toContain('number-extra');
  });
  it('reads "one million" and "1 Mio." as the same number', () => {
    expect(meaningFlags('The rent cost one million forints.', 'Die Miete betrug 1 Mio. Forint.')).toEqual([]);
  });
});

describe('the figure gate skips sentences without figures, and only those', () => {
  it.each([
    ['en', 'The minister spoke at length about the plan.', false],
    ['de', 'Eine Frau kam mit einer Tasche und einem Hund.', false],
    ['en', 'A dozen people came.', true],
    ['de', 'Die Zahl hat sich verdreifacht.', true],
    ['de', 'Er wurde einundzwanzigster.', true],
    ['en', 'Henry VIII had six wives.', true],
    ['en', 'It cost 5 dollars.', true],
    ['de', 'Das Einkommen der Zwanzigjährigen stieg.', true],
  ] as const)('%s: %s -> %s', (lang, text, expected) => {
    expect(mayHoldFigure(text, lang)).toBe(expected);
  });
  it('never hides a quantity that counts: where the gate says no, the scan finds only weak ones', () => {
    const texts = ['Ein Mann und eine Frau.', 'One of them said a word.', 'Einige kamen, einer ging.', 'Viele Menschen und ein Drittel davon.'];
    for (const text of texts) {
      for (const lang of ['en', 'de'] as const) {
        if (!mayHoldFigure(text, lang)) expect(scan(text, lang).quantities.filter((q) => !q.weak)).toEqual([]);
      }
    }
  });
  it('still runs the word-level checks on pairs without figures', () => {
    const c = compare('The minister spoke at length.', 'Der Minister sprach lange.', 'en', 'de');
    expect(c.tgt.words).toEqual(['der', 'minister', 'sprach', 'lange']);
    expect(c.src.quantities).toEqual([]);
  });
});
