import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticle, isRejected } from '../../src/ingest/index.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

const FRAGMENTS = [
  'Share this article:', 'You May Also Like', 'Trending', 'Connect with us', 'European Union', 'on', 'SHARE:',
  '<p>', '</p>', '<script>x()</script>', '<h1>', '</h1>', '# ', '**', '_', '[a](b)', '![i](j)', '```', '> ',
  '- ', '1. ', '\n', '\n\n', '\r', '\r\n', ' ', 'The talks ended. ', 'Die Zahl stieg um 2,3 %. ', '\uFEFF', '\u0000',
];
const ascii = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 30 })
  .map((parts) => new TextEncoder().encode(parts.join('')));
const bytes = fc.oneof(ascii, fc.uint8Array({ maxLength: 200 }));
const file = fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.HTM', 'e.markdown');

describe('ingest fuzz', () => {
  it('decodeArticle never throws; articles keep their invariants', () => {
    fc.assert(
      fc.property(file, bytes, (name, b) => {
        const out = decodeArticle({ file: name, bytes: b });
        if (isRejected(out)) {
          expect(out.reason).not.toMatch(/\n/);
          return;
        }
        expect(out.paragraphs.length).toBeGreaterThan(0);
        for (const p of [...out.paragraphs, ...out.dropped]) {
          expect(out.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
        }
        expect(out.text).not.toMatch(/\r/);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
