import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normaliseNumber } from '../../src/pair/features.js';
import { numberFormatOf } from '../../src/pair/lang/index.js';
import { pairArticles, type PairCandidate } from '../../src/pair/index.js';
import type { Pairing } from '../../src/types.js';
import { STORIES, storyDe, storyEn } from '../fixtures/pair/stories.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

const OPTS = { srcLang: 'en', tgtLang: 'de' };

function storyDocs(): PairCandidate[] {
  return STORIES.flatMap((s, i) => [
    { file: `en-${i}.txt`, lang: 'en', text: storyEn(s) },
    { file: `de-${i}.txt`, lang: 'de', text: storyDe(s) },
  ]);
}

/** Every document is in exactly one pair or unpaired with a reason; pairs are one-to-one. */
function expectWellFormed(docs: PairCandidate[], r: Pairing) {
  const seen = new Map<string, number>();
  const count = (f: string) => seen.set(f, (seen.get(f) ?? 0) + 1);
  for (const p of r.pairs) {
    count(p.src);
    count(p.tgt);
    expect(Number.isFinite(p.score)).toBe(true);
  }
  for (const u of r.unpaired) {
    count(u.file);
    expect(u.reason.length).toBeGreaterThan(0);
  }
  const files = new Set(docs.map((d) => d.file));
  expect([...seen.keys()].sort()).toEqual([...files].sort());
  const duplicates = docs.length - files.size;
  expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(files.size + duplicates);
  for (const [file, n] of seen) if (n > 1) expect(docs.filter((d) => d.file === file).length).toBe(n);
}

describe('features', () => {
  it('normalises numbers across locales', () => {
    const en = numberFormatOf('en');
    const de = numberFormatOf('de');
    expect(normaliseNumber('1,300.5', en)).toBe(normaliseNumber('1.300,5', de));
    expect(normaliseNumber('2.3', en)).toBe(normaliseNumber('2,3', de));
    expect(normaliseNumber('1,300,000', en)).toBe('1300000');
    expect(normaliseNumber('2027', de)).toBe('2027');
  });

  it('folds transliterated names together', () => {
    expect(fold('Kazakhstan')).toBe(fold('Kasachstan'));
    expect(fold('Tokayev')).toBe(fold('Tokajew'));
    expect(fold('Kommission').slice(0, 5)).toBe(fold('commission').slice(0, 5));
  });
});

describe('pairArticles', () => {
  it('pairs each story with its translation, with evidence', () => {
    const docs = storyDocs();
    const r = pairArticles(docs, OPTS);
    expect(r.unpaired).toEqual([]);
    expect(r.pairs.map((p) => [p.src, p.tgt])).toEqual(STORIES.map((_, i) => [`en-${i}.txt`, `de-${i}.txt`]));
    const first = r.pairs[0];
    expect(first).toMatchObject({ srcLang: 'en', tgtLang: 'de', origin: 'auto' });
    expect(first.evidence.sharedNumbers).toContain('1,300.5');
    expect(first.evidence.sharedNames).toEqual(expect.arrayContaining(['Okonkwo', 'Leipzig']));
    expect(first.evidence.lengthRatio).toBeGreaterThan(0.8);
    expectWellFormed(docs, r);
  });

  it('gives every unpaired article a reason', () => {
    const docs: PairCandidate[] = [
      ...storyDocs().slice(0, 4),
      { file: 'en-lonely.txt', lang: 'en', text: 'Weather: sunny spells with light winds this afternoon and a mild evening ahead.' },
      { file: 'fr.txt', lang: 'fr', text: 'Le conseil a adopté un budget.' },
      { file: 'und.txt', lang: 'und', text: '12 34' },
    ];
    const r = pairArticles(docs, OPTS);
    const reasons = Object.fromEntries(r.unpaired.map((u) => [u.file, u.reason]));
    expect(reasons['fr.txt']).toBe('language fr not paired');
    expect(reasons['und.txt']).toBe('language und not paired');
    expect(reasons['en-lonely.txt']).toMatch(/^(no candidate|best score [\d.]+ below threshold [\d.]+)$/);
    expect(r.pairs).toHaveLength(2);
  });

  it('leaves the article without a partner unpaired when a better match takes its candidate', () => {
    const [s0, s1] = STORIES;
    // A second English report of story 0, with a different angle: same names, no translation.
    const rival = { ...s0, amount: 777, share: 3, year: 2031, city: s1.city };
    const docs: PairCandidate[] = [...storyDocs(), { file: 'en-rival.txt', lang: 'en', text: storyEn(rival) }];
    const r = pairArticles(docs, OPTS);
    expect(r.pairs.find((p) => p.src === 'en-0.txt')?.tgt).toBe('de-0.txt');
    const u = r.unpaired.find((x) => x.file === 'en-rival.txt');
    expect(u?.reason).toMatch(/^best candidate de-\d\.txt taken by a better match \([\d.]+ vs [\d.]+\)$|below threshold/);
  });

  it('lets given pairs override the guess, user pairs over name pairs', () => {
    const docs = storyDocs();
    const r = pairArticles(docs, {
      ...OPTS,
      given: [
        { src: 'en-0.txt', tgt: 'de-1.txt', origin: 'name' },
        { src: 'en-0.txt', tgt: 'de-2.txt', origin: 'user' },
        { src: 'en-9.txt', tgt: 'de-3.txt', origin: 'user' },
      ],
    });
    expect(r.pairs.find((p) => p.src === 'en-0.txt')).toMatchObject({ tgt: 'de-2.txt', origin: 'user' });
    expect(r.pairs.find((p) => p.tgt === 'de-3.txt')).toMatchObject({ src: 'en-3.txt', origin: 'auto' });
    expectWellFormed(docs, r);
  });

  it('pairs the seed articles 001-004 and 003-002 and leaves 000 unpaired with a reason', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    const lang = (f: string) => (f.startsWith('002') || f.startsWith('004') ? 'de' : 'en');
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((file) => ({ file, lang: lang(file), text: readFileSync(join(dir, file), 'utf8') }));
    const r = pairArticles(docs, OPTS);
    const pairs = r.pairs.map((p) => `${p.src.slice(0, 3)}-${p.tgt.slice(0, 3)}`).sort();
    expect(pairs).toEqual(['001-004', '003-002']);
    expect(r.unpaired).toHaveLength(1);
    expect(r.unpaired[0].file.startsWith('000')).toBe(true);
    expect(r.unpaired[0].reason).toMatch(/taken by a better match|below threshold|no candidate/);
  });

  it('fuzz: one-to-one, every document paired once or unpaired with a reason', () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...' 0123456789.,;:-%$€"\'\n\t'), maxLength: 20 }),
      fc.constantFrom(...STORIES.flatMap((s) => [storyEn(s), storyDe(s)]), 'Kasachstan', 'Tokayev', '1.300,5'),
    );
    const doc = fc.record({
      file: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt'),
      lang: fc.constantFrom('en', 'de', 'en', 'de', 'fr', 'und'),
      text: fc.array(fragment, { maxLength: 3 }).map((p) => p.join(' ')),
    });
    const given = fc.array(
      fc.record({
        src: fc.constantFrom('a.txt', 'b.txt', 'x.txt'),
        tgt: fc.constantFrom('c.txt', 'a.txt', 'y.txt'),
        origin: fc.constantFrom('user' as const, 'name' as const),
      }),
      { maxLength: 2 },
    );
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 5 }), given, (docs, g) => {
        expectWellFormed(docs, pairArticles(docs, { ...OPTS, given: g }));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
