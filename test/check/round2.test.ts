// Behaviours added in round 2 of issue 5, each pinned by a sentence pair of our own.
import { describe, expect, it } from 'vitest';
import { checkSegments, isFlagged } from '../../src/check/index.js';
import { scan } from '../../src/numbers/index.js';

const opts = { srcLang: 'en', tgtLang: 'de' };
const flagged = (en: string, de: string) => isFlagged(checkSegments(en, de, opts));

describe('numbers-swapped reads the words around each figure', () => {
  it('flags two figures that traded their nouns', () => {
    const flags = checkSegments('There are 40 participants from 19 countries.', 'Es sind 19 Teilnehmer aus 40 Ländern.', opts);
    expect(flags.map((f) => f.rule)).toContain('numbers-swapped');
  });
  it('flags a range written the other way round', () => {
    expect(flagged('The festival runs from 16 to 20 November.', 'Das Festival läuft vom 20. bis zum 16. November.')).toBe(true);
  });
});

describe('format and wording that keep the value', () => {
  it.each([
    ['at half past six in the morning', 'um halb sieben Uhr in der Frühe'],
    ['It dates back to the 3rd century.', 'Sie stammt aus dem III. Jahrhundert.'],
    ['for the last 16 match', 'für das Achtelfinale'],
    ['the 1989 pre-Olympics and the class of 08', 'die Vorolympiade 1989 und der Jahrgang 2008'],
    ['from 12,000 to 16,000 rubles', '12 bis 16 Tausend Rubel'],
    ['rose to 1 106.41 points', 'stieg auf 1.106,41 Punkte'],
    ['At 5.13 on Monday', 'Montag um 5 Uhr 13'],
    ['over four decades', 'in den letzten 40 Jahren'],
    ['a $96,000 payment', 'eine Zahlung von $96,000'],
    ['a 400m-long slope', 'ein 400 Meter langer Hang'],
    ['On November 1 and 2 we remember', 'Am 1. und 2. November gedenken wir'],
    ['In Ligue 1 the 1:1 (1:0) stands.', 'In der Ligue 1 steht ein 1:1 (1:0).'],
    ['in the 90th minute', 'in der neunzigsten Minute'],
  ])('%s = %s', (en, de) => {
    expect(checkSegments(en, de, opts).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('magnitudes said without a figure', () => {
  it('flags "half a million" rendered as "eine halbe Milliarde"', () => {
    expect(flagged('They found half a million fans.', 'Sie fanden eine halbe Milliarde Fans.')).toBe(true);
  });
  it('reads "a thousand million" as "eine Milliarde"', () => {
    expect(flagged('It costs a thousand million euros.', 'Es kostet eine Milliarde Euro.')).toBe(false);
  });
  it('keeps index points apart from percentage points', () => {
    const { quantities } = scan('The Nikkei fell 1.26 percent to 11,743.61 points.', 'en');
    expect(quantities.map((x) => x.kind)).toEqual(['percent', 'number']);
  });
});
