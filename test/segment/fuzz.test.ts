import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticle, isRejected } from '../../src/ingest/index.js';
import { segmentArticle, splitSentences } from '../../src/segment/index.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

/** 10,000 inputs per property, as the bad-input issue asks; fragments keep them realistic. */
const FRAGMENTS = [
  'Mr.', 'Dr.', 'U.S.', 'z. B.', 'Nr.', '24.', 'November', '25.', '...', '…', '. . .', '„', '“', '”', '"', '(',
  ')', '[...]', '1.)', '•', '⁃', '?!', '!', '?', '.', ' ', '  ', '\n', '\n\n', '\r\n', 'The', 'Die', 'it', 'a',
  '2,3', '1.300', '80 %', '$100.00', 'e.g.', 'I.', 'https://x.y/z.html', '\u00a0', '\t', 'SPECA', 'ß', 'İ',
];
const piece = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: fc.constantFrom('.', '!', '?', ' ', '\n', 'a', 'A', '1', '"', '“', '„', '(', ')'), maxLength: 8 }),
  fc.integer({ min: 0, max: 99999 }).map(String),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const lang = fc.constantFrom('en', 'de', 'und', 'fr');

describe('segment fuzz', () => {
  it('splitSentences never throws and returns trimmed, non-empty pieces of the input in order', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const out = splitSentences(t, l);
        let at = 0;
        for (const s of out) {
          expect(s.length).toBeGreaterThan(0);
          expect(s).toBe(s.trim());
          const k = t.indexOf(s, at);
          expect(k).toBeGreaterThanOrEqual(at);
          at = k + s.length;
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('segmentArticle spans are in order, non-overlapping, within the text and match it', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const article = decodeArticle({ file: 'f.txt', bytes: new TextEncoder().encode(t) });
        if (isRejected(article)) return;
        let end = 0;
        for (const s of segmentArticle(article, l)) {
          expect(s.span.start).toBeGreaterThanOrEqual(end);
          expect(s.span.end).toBeGreaterThan(s.span.start);
          expect(s.span.end).toBeLessThanOrEqual(article.text.length);
          expect(article.text.slice(s.span.start, s.span.end)).toBe(s.text);
          end = s.span.end;
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
