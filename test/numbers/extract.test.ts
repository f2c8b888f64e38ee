import { describe, expect, it } from 'vitest';
import { extractQuantities, formatQuantity, scan } from '../../src/numbers/index.js';

const one = (text: string, lang: string) => {
  const qs = extractQuantities(text, lang);
  expect(qs, JSON.stringify(qs)).toHaveLength(1);
  return qs[0];
};

describe('extractQuantities', () => {
  it('reads separators per language', () => {
    expect(one('over 1,300 kilometers', 'en').value).toBe(1300);
    expect(one('über 1.300 Kilometer', 'de').value).toBe(1300);
    expect(one('2,3 Prozent', 'de').value).toBe(2.3);
    expect(one('a crowd of 35 000 people', 'en').value).toBe(35000);
    // "10,000" in German copy reads 10.000 as a decimal: a corruption the checker must see.
    expect(one('mehr als 10,000 Menschen', 'de').value).toBe(10);
  });

  it('applies magnitude words, billion = Milliarde, trillion = Billion', () => {
    expect(one('2.3 billion dollars', 'en')).toMatchObject({ value: 2.3e9, kind: 'currency', unit: 'USD', magnitude: 1e9 });
    expect(one('2,3 Milliarden US-Dollar', 'de')).toMatchObject({ value: 2.3e9, unit: 'USD' });
    expect(one('5 Billionen Euro', 'de').value).toBe(5e12);
    expect(one('3 Mio. Einwohner', 'de').value).toBe(3e6);
    expect(one('eine Milliarde US-Dollar', 'de').value).toBe(1e9);
    expect(one('£3m.', 'en')).toMatchObject({ value: 3e6, unit: 'GBP' });
  });

  it('reads number words, German compounds included', () => {
    expect(one('dreiundzwanzig', 'de').value).toBe(23);
    expect(one('zweitausend Menschen', 'de').value).toBe(2000);
    expect(one('one hundred and fifty', 'en').value).toBe(150);
    expect(one('twenty-five', 'en').value).toBe(25);
    expect(one('eine zwanzigjährige Haftstrafe', 'de').value).toBe(20);
  });

  it('reads percent, ordinals, dates, times, multipliers and fractions', () => {
    expect(one('80 % des', 'de')).toMatchObject({ kind: 'percent', value: 80 });
    expect(one('80 per cent', 'en')).toMatchObject({ kind: 'percent', value: 80 });
    expect(one('the 25th Anniversary', 'en')).toMatchObject({ kind: 'ordinal', value: 25 });
    expect(one('dem 25. Jubiläumsjahr', 'de')).toMatchObject({ kind: 'ordinal', value: 25 });
    expect(one('am 24. November', 'de')).toMatchObject({ kind: 'date', day: 24, month: 11 });
    expect(one('on November 24', 'en')).toMatchObject({ kind: 'date', day: 24, month: 11 });
    expect(one('at 3 p.m.', 'en')).toMatchObject({ kind: 'time', value: 15 });
    expect(one('um 15 Uhr', 'de')).toMatchObject({ kind: 'time', value: 15 });
    expect(one('eine Verdreifachung', 'de')).toMatchObject({ kind: 'multiplier', value: 3 });
    expect(one('increased fivefold', 'en')).toMatchObject({ kind: 'multiplier', value: 5 });
    expect(one('by a third', 'en')).toMatchObject({ kind: 'fraction' });
    expect(one('from 2010-2015', 'en')).toMatchObject({ kind: 'range', value: 2010, valueTo: 2015 });
    expect(one('5 bis 7 Tage', 'de')).toMatchObject({ kind: 'range', value: 5, valueTo: 7 });
  });

  it('sets alphanumeric names aside', () => {
    expect(extractQuantities('G7 countries, CO2 emissions, COVID-19 and the A380', 'en')).toEqual([]);
    expect(scan('G7-Staaten und CO2026-Neutralität', 'de').names.map((n) => n.text)).toEqual(['G7', 'CO2026']);
  });

  it('keeps "constructor" and other object keys out of the number words', () => {
    expect(extractQuantities('the constructor toString valueOf', 'en')).toEqual([]);
  });
});

describe('formatQuantity', () => {
  it('writes each language its way', () => {
    const q = one('2.3 billion dollars', 'en');
    expect(formatQuantity(q, 'de')).toBe('2,3 Milliarden US-Dollar');
    expect(formatQuantity(one('am 24. November', 'de'), 'en')).toBe('November 24');
    expect(formatQuantity(one('80%', 'en'), 'de')).toBe('80 %');
  });
});

// Words read once per distinct word, and the words around a figure looked up only when a table has them.
describe('word readings and the words around a figure', () => {
  it('skips words that pass the prefix filter but make no number', () => {
    expect(extractQuantities('Siemens will die Produktion einstellen, sagte Neumann in Dresden.', 'de')).toEqual([]);
    expect(extractQuantities('Vienna and Dresden signed this.', 'en')).toEqual([]);
  });

  it('still reads number words, fractions and ordinals on every occurrence', () => {
    const qs = extractQuantities('a third of the first two groups and a third again', 'en');
    expect(qs.map((q) => [q.kind, q.value])).toEqual([['fraction', 1 / 3], ['ordinal', 1], ['number', 2], ['fraction', 1 / 3]]);
  });

  it('reads the words and marks after and before a figure', () => {
    expect(one('5 people came.', 'en')).toMatchObject({ kind: 'number', value: 5 });
    expect(one('at 5 p.m. sharp', 'en')).toMatchObject({ kind: 'time', value: 17 });
    expect(one('rose 5 %, they said', 'en')).toMatchObject({ kind: 'percent', value: 5 });
    expect(one('cost 5 €.', 'de')).toMatchObject({ kind: 'currency', unit: 'EUR' });
    expect(one('USD 7 in fees', 'en')).toMatchObject({ kind: 'currency', value: 7 });
    expect(one('minus 4 degrees', 'en').value).toBe(-4);
    expect(one('November 24, he said', 'en')).toMatchObject({ kind: 'date', day: 24, month: 11 });
    expect(one('in 2019.', 'en')).toMatchObject({ kind: 'year', value: 2019 });
    expect(one('der 10-fache Anstieg', 'de').kind).toBe('multiplier');
  });
});
