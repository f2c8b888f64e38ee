// The renderers' shortcuts (memos, one-sided diffs, skipped normalisation, one escape test per text)
// against the plain computations they stand for: equal on any input.

import { diffWords } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, needsHtmlEscape, slug } from '../../src/report/escape.js';
import { numberDiff } from '../../src/report/number-diff.js';
import { type QuantityFinder, type QuantityMark, cachedMarks, defaultMarks, quantityToken, tokenLine } from '../../src/report/quantity-marks.js';
import { extractQuantities } from '../../src/numbers/index.js';
import type { PairFlag } from '../../src/types.js';
import { randomText } from '../fixtures/report/random-report.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

/** Token lines as tokenLine makes them: tokens without whitespace, single spaces between. */
const token = fc.oneof(
  fc.constantFrom('2004', '25%', '4.4B·EUR', '×2', '6.12.', '212.', '1.5–2pp', '3/2020', '0.3333', 'x', '-', '.'),
  fc.string({ minLength: 1, maxLength: 6 }).map((t) => t.replace(/\s+/g, '')).filter(Boolean),
);
const line = fc.array(token, { maxLength: 6 }).map((ts) => ts.join(' '));

/** A finder handing out fixed marks: each flag text is its token line. */
const marksOf =
  (lines: Map<string, string>): QuantityFinder =>
  (text) =>
    (lines.get(text) ?? '')
      .split(' ')
      .filter(Boolean)
      .map((t, i) => ({ span: { start: i, end: i + 1 }, token: t }));

function flag(srcText: string, tgtText: string): PairFlag {
  return { rule: 'r', severity: 'error', message: 'm', fingerprint: 'f', bead: 0, srcText, tgtText };
}

describe('number diff shortcuts', () => {
  it(`equal diffWords, change for change, on ${FUZZ_RUNS} token-line pairs (one side empty half the time)`, () => {
    fc.assert(
      fc.property(line, line, fc.integer({ min: 0, max: 3 }), (a, b, empty) => {
        const before = empty === 1 ? '' : a;
        const after = empty === 2 ? '' : b;
        const find = marksOf(new Map([['s', before], ['t', after]]));
        const want = before || after ? diffWords(before, after) : [];
        expect(numberDiff(flag('s', 't'), 'en', 'de', find)).toEqual(want);
        // Asked again for another flag with the same lines: the remembered diff, still equal.
        expect(numberDiff(flag('s', 't'), 'en', 'de', find)).toEqual(want);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('quantity marks', () => {
  const reference = (marks: readonly QuantityMark[]) =>
    [...marks]
      .sort((a, b) => a.span.start - b.span.start)
      .map((m) => m.token.replace(/\s+/g, ''))
      .filter(Boolean)
      .join(' ');

  it('tokenLine equals sorting, squeezing and joining, in or out of text order', () => {
    const mark = fc.record({ start: fc.integer({ min: 0, max: 50 }), token: fc.constantFrom('1', '2 %', ' ', '', '3\u00a0000', '4.5B·USD') });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 8 }), (ms) => {
        const marks = ms.map((m) => ({ span: { start: m.start, end: m.start + 1 }, token: m.token }));
        return tokenLine(marks) === reference(marks);
      }),
      { numRuns: 2000 },
    );
  });

  it('defaultMarks gives the spans and tokens of the numbers stage, tokens made when read', () => {
    const text = 'Sales rose 25% to 4.4 billion euros in 2004, the 3rd rise in a row.';
    const quantities = extractQuantities(text, 'en');
    expect(quantities.length).toBeGreaterThanOrEqual(3);
    expect(defaultMarks(text, 'en').map((m) => [m.span, m.token])).toEqual(quantities.map((q) => [q.span, quantityToken(q)]));
  });

  it('cachedMarks asks another finder once per text and language', () => {
    let asked = 0;
    const find = cachedMarks((text) => {
      asked++;
      return [{ span: { start: 0, end: text.length }, token: text }];
    });
    find('a', 'en');
    find('a', 'en');
    find('a', 'de');
    expect(asked).toBe(2);
  });
});

describe('escaping shortcuts', () => {
  const referenceSlug = (text: string, maxLength = 80) =>
    text
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[.-]+|-+$/g, '')
      .slice(0, maxLength) || 'x';

  it(`slug equals slug with NFKD always, on ${FUZZ_RUNS} texts`, () => {
    const name = fc.oneof(randomText, fc.constantFrom('Straße-ä.txt', 'ﬁle①.txt', 'a b.txt', '..x', 'e\u0301.txt'));
    fc.assert(
      fc.property(name, fc.integer({ min: 1, max: 120 }), (t, max) => slug(t, max) === referenceSlug(t, max)),
      { numRuns: FUZZ_RUNS },
    );
  });

  it(`a text needsHtmlEscape calls safe has every piece safe, on ${FUZZ_RUNS} texts`, () => {
    fc.assert(
      fc.property(randomText, fc.nat(), fc.nat(), (t, i, j) => {
        if (needsHtmlEscape(t)) return escapeHtml(t) !== t || /[\uD800-\uDFFF\uFFFE\uFFFF]/.test(t);
        const piece = t.slice(Math.min(i, j) % (t.length + 1), Math.max(i, j) % (t.length + 1));
        return escapeHtml(t) === t && escapeHtml(piece) === piece;
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
