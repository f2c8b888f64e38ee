import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charClasses, lowerCase, NON_LATIN, UPPER } from '../../src/detect/char-classes.js';
import { countWords, functionWordModel } from '../../src/detect/function-words.js';
import { detectArticle, detectText, MIN_LETTERS } from '../../src/detect/index.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';
import {
  DE_PARAGRAPHS,
  DE_WITH_QUOTE,
  EN_PARAGRAPHS,
  FOREIGN_LATIN_PARAGRAPHS,
  FR_PARAGRAPHS,
  KK_PARAGRAPHS,
} from '../fixtures/detect/texts.js';

const LANGS = ['en', 'de'];

describe('detectText', () => {
  it('tells English from German with confidence', () => {
    for (const p of EN_PARAGRAPHS) expect(detectText(p, LANGS).lang).toBe('en');
    for (const p of DE_PARAGRAPHS) expect(detectText(p, LANGS).lang).toBe('de');
    expect(detectText(EN_PARAGRAPHS[0], LANGS).confidence).toBeGreaterThan(0.8);
  });

  it('says und for text too short to tell', () => {
    expect(detectText('Das ist gut.', LANGS)).toEqual({ lang: 'und', confidence: 0 });
    expect(detectText('OK', LANGS).lang).toBe('und');
    expect(detectText('12.5 % 2019 — 3,400', LANGS).lang).toBe('und');
    expect(detectText('', LANGS).lang).toBe('und');
    expect('Das ist gut.'.replace(/\P{L}/gu, '').length).toBeLessThan(MIN_LETTERS);
  });

  it('does not force French or Kazakh onto English or German', () => {
    for (const p of [...FR_PARAGRAPHS, ...KK_PARAGRAPHS]) {
      expect(detectText(p, LANGS)).toEqual({ lang: 'und', confidence: 0 });
    }
  });

  it('does not take Dutch, Spanish, Italian, Danish or Polish for English or German', () => {
    for (const p of FOREIGN_LATIN_PARAGRAPHS) expect(detectText(p, LANGS).lang).toBe('und');
  });

  it('detects the configured languages only, mapped back to ISO 639-1', () => {
    expect(detectText(FR_PARAGRAPHS[1], ['en', 'fr']).lang).toBe('fr');
    expect(detectText(DE_PARAGRAPHS[1], ['en', 'fr']).lang).toBe('und');
    expect(detectText(EN_PARAGRAPHS[1], ['xx']).lang).toBe('und');
  });

  it('fuzz: never throws, answers a configured language or und, confidence in [0, 1]', () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...' 0123456789.,;:-%$€"\'\n\t'), maxLength: 20 }),
      fc.constantFrom(...EN_PARAGRAPHS, ...DE_PARAGRAPHS, ...FR_PARAGRAPHS, ...KK_PARAGRAPHS, DE_WITH_QUOTE),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 3 }), (parts) => {
        const { lang, confidence } = detectText(parts.join(' '), LANGS);
        expect([...LANGS, 'und']).toContain(lang);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
        if (lang === 'und') expect(confidence).toBe(0);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('function-word pass', () => {
  it('counts letters, words and each language\'s function words, case-insensitively', () => {
    const model = functionWordModel(LANGS);
    const c = countWords('The council AND the Stadtrat: die Entscheidung über 12 Busse.', model);
    expect(c.words).toBe(9);
    expect(c.letters).toBe('ThecouncilANDtheStadtratdieEntscheidungüberBusse'.length);
    expect(c.nonLatin).toBe(0);
    expect(c.hits[model.langs.indexOf('en')]).toBe(3);
    expect(c.hits[model.langs.indexOf('de')]).toBe(2);
    expect(countWords(KK_PARAGRAPHS[0], model).nonLatin).toBeGreaterThan(50);
  });

  it('reads a bounded sample, to the end of a word', () => {
    const c = countWords('alpha beta gamma', functionWordModel(LANGS), 3);
    expect(c).toMatchObject({ read: 5, letters: 5, words: 1 });
  });

  it('leaves a language without a table to franc', () => {
    expect(functionWordModel(['en', 'fr'])).toMatchObject({ langs: ['en'], complete: false });
    expect(functionWordModel(LANGS).complete).toBe(true);
  });

  it('classifies characters once per code unit', () => {
    const cls = charClasses();
    expect(cls['Ä'.charCodeAt(0)] & UPPER).toBeTruthy();
    expect(cls['ж'.charCodeAt(0)] & NON_LATIN).toBeTruthy();
    expect(cls['é'.charCodeAt(0)] & NON_LATIN).toBe(0);
    expect(String.fromCharCode(lowerCase()['Ü'.charCodeAt(0)])).toBe('ü');
  });
});

describe('detectArticle', () => {
  it('detects a whole article', () => {
    expect(detectArticle('a.txt', EN_PARAGRAPHS, LANGS)).toMatchObject({ file: 'a.txt', lang: 'en', mixed: false });
    const de = detectArticle('b.txt', ['Haushalt beschlossen', ...DE_PARAGRAPHS], LANGS);
    expect(de).toMatchObject({ lang: 'de', mixed: false });
    expect(de.confidence).toBeGreaterThan(0.8);
  });

  it('flags a German article with English paragraphs left untranslated as mixed', () => {
    const d = detectArticle('c.txt', [DE_PARAGRAPHS[0], EN_PARAGRAPHS[1], DE_PARAGRAPHS[2], DE_PARAGRAPHS[3]], LANGS);
    expect(d).toMatchObject({ lang: 'de', mixed: true, otherLangs: ['en'] });
  });

  it('does not call a stray English quote or name mixed', () => {
    const d = detectArticle('d.txt', [...DE_PARAGRAPHS, DE_WITH_QUOTE, 'Helen Strand', '"We will see."'], LANGS);
    expect(d).toMatchObject({ lang: 'de', mixed: false });
  });

  it('detects an untranslated English copy placed as the German version as English', () => {
    expect(detectArticle('de/story.txt', EN_PARAGRAPHS, LANGS).lang).toBe('en');
  });

  it('answers und with low confidence for French or Kazakh articles', () => {
    for (const ps of [FR_PARAGRAPHS, KK_PARAGRAPHS]) {
      const d = detectArticle('x.txt', ps, LANGS);
      expect(d.lang).toBe('und');
      expect(d.confidence).toBeLessThan(0.2);
    }
  });

  it('keeps the article language when a paragraph is in an unconfigured language', () => {
    const d = detectArticle('g.txt', [...EN_PARAGRAPHS, FR_PARAGRAPHS[1]], LANGS);
    expect(d).toMatchObject({ lang: 'en', mixed: false });
  });

  it('samples a long paragraph but weighs it by its full length', () => {
    const long = Array.from({ length: 40 }, () => DE_PARAGRAPHS.join(' ')).join(' ');
    expect(detectArticle('l.txt', [long, EN_PARAGRAPHS.join(' ')], LANGS)).toMatchObject({ lang: 'de', mixed: false });
    expect(detectArticle('m.txt', [long, ...Array.from({ length: 12 }, () => EN_PARAGRAPHS.join(' '))], LANGS)).toMatchObject({
      lang: 'de',
      mixed: true,
      otherLangs: ['en'],
    });
  });

  it('decides an article of headlines only', () => {
    const d = detectArticle('h.txt', ['Budget approved after long debate', 'Mayor defends the decision', 'Opposition wants a review'], LANGS);
    expect(d.lang).toBe('en');
  });

  it('pools short paragraphs and answers und for an empty article', () => {
    expect(detectArticle('e.txt', [], LANGS)).toMatchObject({ lang: 'und', confidence: 0, mixed: false });
    const short = ['Der Rat tagte.', 'Er stimmte zu.', 'Die Stadt zahlt.', 'Der Plan steht.'];
    expect(detectArticle('f.txt', short, LANGS).lang).toBe('de');
  });
});
