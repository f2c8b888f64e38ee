// A run too large to show every alignment: each flag's bead with its neighbours, and a line per gap.

import { describe, expect, it } from 'vitest';
import { htmlChunks } from '../../src/report/html.js';
import { cachedMarks } from '../../src/report/quantity-marks.js';
import { type Row, buildPair, buildReport } from '../fixtures/report/build-report.js';

/** 2,100 pairs of 10 beads: past the 20,000 beads from which flags are shown in context only. */
const PAIRS = 2_100;
const BEADS = 10;

function contextReport() {
  const pairs = Array.from({ length: PAIRS }, (_, n) =>
    buildPair({
      src: `en/${n}.txt`,
      tgt: `de/${n}.txt`,
      rows: Array.from({ length: BEADS }, (_, i): Row => (i === 8 ? [[`Only ${i} here.`], []] : [[`Pair ${n} had ${i} cats.`], [`Paar ${n} hatte ${i} Katzen.`]])),
      flags: [
        { bead: 5, rule: 'number-mismatch', severity: 'error', message: 'second', srcPiece: '5' },
        { bead: 0, rule: 'number-mismatch', severity: 'warning', message: 'first', tgtPiece: '0' },
      ],
    }),
  );
  return buildReport(pairs, [], [], 'context');
}

describe('index.html of a large run', () => {
  const chunks = [...htmlChunks(contextReport(), { quantities: cachedMarks() })];
  const first = chunks.find((c) => c.startsWith('<section class="pair" id="pair-1-'))!;

  it('says so once, above the pairs', () => {
    expect(chunks.join('').match(/too many sentences to show every alignment/g)).toHaveLength(1);
  });

  it('shows each flagged bead with one neighbour each side, in order, and counts the beads between', () => {
    const shown = [...first.matchAll(/<div class="bead [^"]*" id="pair-1-[^"]*-b(\d+)"/g)].map((m) => Number(m[1]));
    expect(shown).toEqual([1, 2, 5, 6, 7]);
    const gaps = [...first.matchAll(/… (\d+) aligned sentence pairs? without flags …/g)].map((m) => Number(m[1]));
    expect(gaps).toEqual([2, 3]);
    expect(first.indexOf('-b2"')).toBeLessThan(first.indexOf('… 2 aligned'));
    expect(first.indexOf('… 2 aligned')).toBeLessThan(first.indexOf('-b5"'));
  });

  it('marks the flagged text and lists each flag after its bead', () => {
    expect(first).toContain('<mark class="f">5</mark>');
    expect(first).toContain('<mark class="f">0</mark>');
    expect(first.indexOf('first')).toBeLessThan(first.indexOf('second'));
  });
});
