import { describe, expect, it } from 'vitest';
import { pairsByName, parsePairsFile } from '../../src/pair/given.js';

describe('pairsByName', () => {
  it('pairs files whose names differ only by a language marker', () => {
    const files = ['a.en.txt', 'a.de.txt', 'b_en.md', 'b_DE.md', 'c-en.html', 'c-de.html', 'en/d.txt', 'de/d.txt', 'lonely.en.txt', 'x.txt'];
    expect(pairsByName(files, ['en', 'de'])).toEqual([
      { src: 'a.en.txt', tgt: 'a.de.txt', origin: 'name' },
      { src: 'b_en.md', tgt: 'b_DE.md', origin: 'name' },
      { src: 'c-en.html', tgt: 'c-de.html', origin: 'name' },
      { src: 'en/d.txt', tgt: 'de/d.txt', origin: 'name' },
    ]);
  });

  it('leaves ambiguous names out', () => {
    expect(pairsByName(['a.en.txt', 'a.en.md', 'a.de.txt'], ['en', 'de'])).toEqual([]);
    expect(pairsByName(['a.en.txt', 'a.de.txt'], ['en'])).toEqual([]);
  });
});

describe('parsePairsFile', () => {
  it('reads a JSON map, a JSON list and TSV lines', () => {
    const want = [{ src: 'a.txt', tgt: 'b.txt', origin: 'user' }];
    expect(parsePairsFile('{"a.txt": "b.txt"}')).toEqual(want);
    expect(parsePairsFile('[{"en": "a.txt", "de": "b.txt"}]')).toEqual(want);
    expect(parsePairsFile('[{"src": "a.txt", "tgt": "b.txt"}]')).toEqual(want);
    expect(parsePairsFile('# pairs\n\na.txt\tb.txt\n')).toEqual(want);
    expect(parsePairsFile('')).toEqual([]);
  });

  it('throws a one-line reason when malformed', () => {
    for (const bad of ['{"a.txt": 3}', '[{"en": "a.txt"}]', '{oops', 'a.txt b.txt', 'a\tb\tc']) {
      expect(() => parsePairsFile(bad)).toThrow(/^pairs file: [^\n]+$/);
    }
    expect(() => parsePairsFile('a\tb\nc d')).toThrow('line 2');
  });
});
