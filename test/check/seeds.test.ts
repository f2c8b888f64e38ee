import { describe, expect, it } from 'vitest';
import { checkAlignment, checkSegments, isFlagged, RULES } from '../../src/check/index.js';
import { MUST_FLAG, MUST_NOT_FLAG, OMITTED_EN } from '../fixtures/check/seed-pairs.js';

const opts = { srcLang: 'en', tgtLang: 'de' };

describe('seeds-gold MUST FLAG', () => {
  for (const p of MUST_FLAG) {
    it(`${p.id}: ${p.rule}`, () => {
      const flags = checkSegments(p.en, p.de, opts);
      const hit = flags.find((f) => f.rule === p.rule);
      expect(hit, JSON.stringify(flags)).toBeDefined();
      expect(hit!.severity).toBe(p.severity);
    });
  }

  it('A1 flags the percent on the right numbers and A2 points at CO2026', () => {
    const p = MUST_FLAG[0];
    const flags = checkSegments(p.en, p.de, opts);
    const glued = flags.find((f) => f.rule === 'number-glued')!;
    expect(p.de.slice(glued.tgt!.start, glued.tgt!.end)).toBe('CO2026');
    const moved = flags.find((f) => f.rule === 'percent-moved')!;
    expect(p.en.slice(moved.src!.start, moved.src!.end)).toBe('15%');
  });

  it('B2 is only a warning, not an error', () => {
    const p = MUST_FLAG.find((x) => x.id === 'B2')!;
    const flags = checkSegments(p.en, p.de, opts);
    expect(flags.some((f) => f.severity === 'error')).toBe(false);
  });

  it('B4: numbers of omitted source sentences come out of 1-0 beads', () => {
    const beads = [
      { src: [0], tgt: [], score: 0 },
      { src: [1], tgt: [], score: 0 },
      { src: [2], tgt: [0], score: 1 },
    ];
    const src = [...OMITTED_EN, 'We are also open for relevant proposals from our partners.'];
    const tgt = ['Wir sind auch offen für Vorschläge unserer Partner.'];
    const flags = checkAlignment(src, tgt, beads, opts);
    expect(flags.map((f) => [f.bead, f.flag.rule])).toEqual([
      [0, 'omitted-numbers'],
      [1, 'omitted-numbers'],
    ]);
    expect(flags[0].flag.message).toContain('90%');
    expect(flags[0].flag.message).toContain('80%');
    expect(flags[1].flag.message).toContain('fivefold');
    const span = flags[0].flag.src!;
    expect(src[0].slice(span.start, span.end)).toMatch(/^90%.*80%$/);
  });
});

describe('seeds-gold MUST NOT FLAG', () => {
  for (const p of MUST_NOT_FLAG) {
    it(p.id, () => {
      const flags = checkSegments(p.en, p.de, opts);
      expect(isFlagged(flags), JSON.stringify(flags)).toBe(false);
    });
  }
});

describe('RULES', () => {
  it('has one kebab-case entry per rule with a severity', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const id of ['number-missing', 'number-extra', 'value-changed', 'magnitude-mismatch', 'unit-mismatch', 'percent-moved', 'multiplier-mismatch', 'date-mismatch', 'garbled-placeholder', 'number-glued', 'omitted-numbers', 'added-numbers', 'untranslated']) {
      expect(ids).toContain(id);
    }
  });
});
