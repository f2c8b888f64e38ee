import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntMap } from '../../src/pair/int-map.js';
import { TokenTable } from '../../src/pair/token-table.js';
import { dot, sharedIds, vectorise } from '../../src/pair/vectors.js';

describe('IntMap', () => {
  it('behaves like a Map of non-negative ints, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 3000 }), (entries) => {
        const map = new IntMap();
        const model = new Map<number, number>();
        for (const [k, v] of entries) {
          map.set(k, v);
          model.set(k, v);
        }
        for (const [k, v] of model) expect(map.get(k)).toBe(v);
        expect(map.get(2 ** 31 - 1)).toBe(model.get(2 ** 31 - 1) ?? -1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('TokenTable', () => {
  it('analyses each distinct token once and finds it again inside any text', () => {
    const seen: string[] = [];
    const table = new TokenTable((token, isNumber) => {
      seen.push(token);
      return isNumber ? [0] : [seen.length, seen.length + 100];
    });
    const ids = (text: string, start: number, end: number, isNumber = false) => {
      const out: number[] = [];
      table.forEachId(text, start, end, isNumber, (id) => out.push(id));
      return out;
    };
    expect(ids('Tokayev said', 0, 7)).toEqual([1, 101]);
    expect(ids('President Tokayev', 10, 17)).toEqual([1, 101]);
    expect(ids('1300', 0, 4, true)).toEqual([0]);
    expect(ids('Tokajew', 0, 7)).toEqual([3, 103]);
    expect(seen).toEqual(['Tokayev', '1300', 'Tokajew']);
  });

  it('keeps every token apart across table growth', () => {
    const table = new TokenTable((token) => [Number(token.slice(1))]);
    const words = Array.from({ length: 50_000 }, (_, i) => `w${i}`);
    for (const w of words) table.forEachId(w, 0, w.length, false, () => {});
    for (const [i, w] of words.entries()) {
      const out: number[] = [];
      table.forEachId(` ${w} `, 1, w.length + 1, false, (id) => out.push(id));
      expect(out).toEqual([i]);
    }
  });
});

describe('vectorise', () => {
  it('gives lower-case ASCII words and capitalised or accented ones the same cognate prefix', () => {
    const v = vectorise(
      [{ text: 'commission inflation régime', lang: 'en' }],
      [{ text: 'Kommission Inflation Regime', lang: 'de' }],
    );
    const prefixes = sharedIds(v, 0, 0).map((id) => v.vocabulary.keys[id]).sort();
    expect(prefixes).toEqual(['Pinfla', 'Pkommi', 'Pregim']);
  });

  it('scores a row against several others in any order', () => {
    const v = vectorise(
      [{ text: 'Tokayev Astana 2019 election', lang: 'en' }, { text: 'Merkel Berlin 2021 coalition', lang: 'en' }],
      [{ text: 'Tokajew Astana 2019 Wahl', lang: 'de' }, { text: 'Merkel Berlin 2021 Koalition', lang: 'de' }],
    );
    const a = dot(v, 0, 0);
    const b = dot(v, 1, 1);
    expect(dot(v, 1, 0)).toBe(0);
    expect(dot(v, 0, 0)).toBe(a);
    expect(dot(v, 1, 1)).toBe(b);
    expect(a).toBeGreaterThan(0.5);
  });
});
