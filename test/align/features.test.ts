import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, normaliseNumber, tokenise } from '../../src/align/features.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

/** The pattern the hand-written scanner stands for: the oracle it must agree with. */
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+(?:[.,'’]\p{N}+)*)/gu;

function byPattern(sentence: string) {
  const text = sentence.slice(0, 20_000);
  const words: string[] = [];
  const numbers: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) words.push(foldWord(m[1]));
    else numbers.push(normaliseNumber(m[2]));
  }
  return { words, numbers, length: sentence.replace(/\s+/gu, '').length };
}

/** The tokens with each word and number as its text, as the pattern oracle gives them. */
const texts = (s: string) => {
  const t = tokenise(s);
  return { ...t, words: t.words.map((w) => w.text), numbers: t.numbers.map((n) => n.text) };
};

/** Letters, marks, digits of several scripts, separators, spaces and surrogate halves. */
const pieces = fc.constantFrom(
  'a', 'Z', 'ä', 'ß', 'É', 'ı', 'İ', 'ǅ', 'ﬁ', '\u0301', '\u0308', '1', '9', '٣', '²', '½', 'Ⅻ', '𝟙', '𝐀', '😀',
  '.', ',', "'", '’', '-', ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\ud800', '\udc00', '%', '€',
);

describe('tokenise', () => {
  it('finds the same words, numbers and length as the token pattern', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (parts, extra) => {
        const s = parts.join('') + extra;
        expect(texts(s)).toEqual(byPattern(s));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('stops scanning at 20,000 characters, even inside a surrogate pair, but counts the whole length', () => {
    const s = `${'a'.repeat(19_999)}😀 12 ${'b '.repeat(100)}`;
    expect(texts(s)).toEqual(byPattern(s));
  });

  it('tells apart words whose spelling hashes collide, and gives one object per spelling', () => {
    // `yaczf` and `glbpp` have the same 32-bit FNV-1a hash, the hash the word table is keyed by.
    const { words } = tokenise('yaczf glbpp yaczf Glbpp');
    expect(words.map((w) => w.text)).toEqual(['yaczf', 'glbpp', 'yaczf', 'glbpp']);
    expect(words[2]).toBe(words[0]);
    expect(words[1]).not.toBe(words[0]);
    expect(tokenise('x glbpp').words[1]).toBe(words[1]);
  });

  it('reads news text', () => {
    const t = texts('Die Zahl stieg um 2,3 Prozent auf 1.300 Euro – so viel wie 2019.');
    expect(t.numbers).toEqual(['23', '1300', '2019']);
    expect(t.words).toContain('prozent');
    expect(t).toEqual(byPattern('Die Zahl stieg um 2,3 Prozent auf 1.300 Euro – so viel wie 2019.'));
  });
});
