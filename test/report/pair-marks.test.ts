// Marks found where a pair was checked must be the marks the report would find itself.

import { describe, expect, it } from 'vitest';
import { rememberingScans, scan } from '../../src/numbers/index.js';
import { packMarks, unpackMarks } from '../../src/report/pair-marks.js';
import { cachedMarks, defaultMarks } from '../../src/report/quantity-marks.js';
import type { Lang } from '../../src/types.js';
import { seedReport } from '../fixtures/report/seed-report.js';

/** A mark as plain data, whatever object holds it. */
const plain = (marks: { span: { start: number; end: number }; token: string }[]) => marks.map((m) => ({ start: m.span.start, end: m.span.end, token: m.token }));

describe('pair marks', () => {
  const pairs = seedReport().pairs.filter((p) => p.flags.length > 0);

  it('carry, for every flag text and every sentence shown around a flag, what defaultMarks finds', () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const known = unpackMarks(pair, structuredClone(packMarks(pair)));
      const texts: [string, Lang][] = pair.flags.flatMap((f): [string, Lang][] => [
        [f.srcText, pair.srcLang],
        [f.tgtText, pair.tgtLang],
      ]);
      for (const f of pair.flags) {
        for (const i of pair.beads[f.bead].src) texts.push([pair.srcSentences[i].text, pair.srcLang]);
        for (const j of pair.beads[f.bead].tgt) texts.push([pair.tgtSentences[j].text, pair.tgtLang]);
      }
      for (const [text, lang] of texts) expect(plain(known.get(lang)!.get(text)!), text).toEqual(plain(defaultMarks(text, lang)));
    }
  });

  it('are what a finder started from them answers, without finding them again', () => {
    const pair = pairs[0];
    const known = unpackMarks(pair, packMarks(pair));
    let asked = 0;
    const find = cachedMarks((text, lang) => (asked++, defaultMarks(text, lang)), known);
    const text = pair.flags[0].srcText;
    expect(plain(find(text, pair.srcLang))).toEqual(plain(defaultMarks(text, pair.srcLang)));
    expect(asked).toBe(0);
    find('Another 7 sentences.', pair.srcLang);
    expect(asked).toBe(1);
  });
});

describe('rememberingScans', () => {
  it('gives what scanning gives, and scans a text once while it lasts', () => {
    const text = 'Sales rose 12% to 2.3 billion euros in 2023.';
    const fresh = scan(text, 'en');
    const [first, again, other] = rememberingScans(() => [scan(text, 'en'), scan(text, 'en'), scan(text, 'de')]);
    expect(first).toBe(again);
    expect(other).not.toBe(first);
    expect(first.quantities).toEqual(fresh.quantities);
    // Outside the work nothing is remembered.
    expect(scan(text, 'en')).not.toBe(first);
  });
});
