// The shortcuts ingest takes for speed give what the plain formulas give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineKey } from '../../src/ingest/boilerplate.js';
import { decodeText } from '../../src/ingest/decode.js';
import { noteDuplicates } from '../../src/ingest/duplicates.js';
import type { Article } from '../../src/types.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

/** lineKey as first written: regex collapse and trim on every line. */
function plainLineKey(text: string): string {
  if (text.length > 200) return text;
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let end = key.length;
  while (end > 0 && [' ', ':', '.', '!', '?', '…'].includes(key[end - 1])) end--;
  return key.slice(0, end);
}

const LINE_PARTS = ['Share', 'this', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', ':', '.', '!', '…', 'İ', 'ẞ', 'Straße', 'a'];
const line = fc.array(fc.oneof(fc.constantFrom(...LINE_PARTS), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((p) => p.join(''));

describe('ingest fast paths', () => {
  it('lineKey skips the collapse only when it would change nothing', () => {
    fc.assert(fc.property(line, (text) => lineKey(text) === plainLineKey(text)), { numRuns: FUZZ_RUNS });
  });

  it('text with no code unit from U+0300 on is NFC already (why decodeText may skip normalize)', () => {
    const below = Array.from({ length: 0x300 }, (_, c) => String.fromCharCode(c));
    for (const a of below) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of below) if ((a + b).normalize('NFC') !== a + b) expect.fail(`U+${a.charCodeAt(0).toString(16)} U+${b.charCodeAt(0).toString(16)}`);
    }
  });

  it('ASCII files decode as the UTF-8 decoder reads them; others are still normalised', () => {
    const ascii = 'Plain ASCII text, 2.3 % up.\n';
    expect(decodeText(new TextEncoder().encode(ascii))).toEqual({ text: ascii, notes: [] });
    // "e" + combining acute composes to "é" only through normalize().
    expect(decodeText(new TextEncoder().encode('Caf\u0065\u0301\n'))).toEqual({ text: 'Caf\u00e9\n', notes: [] });
    expect(decodeText(new TextEncoder().encode('a\r\nb\n'))).toEqual({ text: 'a\nb\n', notes: ['CRLF line ends converted to LF'] });
  });

  it('noteDuplicates finds copies among many texts of one length (past the linear bucket)', () => {
    // 40 texts of equal length, 10 distinct: every copy names the first file with its text.
    const texts = Array.from({ length: 40 }, (_, i) => `Article number ${String(i % 10).padStart(3, '0')}.`);
    const articles: Article[] = texts.map((text, i) => ({ file: `f${i}.txt`, format: 'txt', text, paragraphs: [{ text, start: 0 }], dropped: [], notes: [] }));
    const notes = noteDuplicates(articles).map((a) => a.notes);
    notes.forEach((n, i) => expect(n).toEqual(i < 10 ? [] : [`same text as f${i % 10}.txt`]));
  });
});
