import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, SHAPES } from '../../src/align/cost.js';
import { alignInBand, bandAround, DotCache, fullBand, makeSide, type Side } from '../../src/align/dp.js';
import { FeatureIndex, tokenise } from '../../src/align/features.js';
import { alignSentences } from '../../src/align/index.js';
import { ADAPTIVE_WIDTH, diagonalNodes, searchAround } from '../../src/align/search.js';
import { surfaceVectors } from '../../src/align/surface.js';

const sentence = (k: number): string => `Report ${k}: the council counted ${k * 37 + 11} votes in district Nord${k}.`;

function sides(src: string[], tgt: string[]): [Side, Side] {
  const s = src.map(tokenise);
  const t = tgt.map(tokenise);
  const v = surfaceVectors(s, t, new FeatureIndex());
  return [makeSide(v.src, Float64Array.from(s, (x) => x.length), v.srcNums), makeSide(v.tgt, Float64Array.from(t, (x) => x.length), v.tgtNums)];
}

describe('searchAround', () => {
  it('finds a path far off the diagonal, as the whole matrix does', () => {
    // The target drops a long run at the start: the path leaves the diagonal by 12.
    const src = Array.from({ length: 40 }, (_, k) => sentence(k));
    const tgt = src.slice(12);
    const [a, b] = sides(src, tgt);
    const whole = alignInBand(a, b, fullBand(src.length, tgt.length), DEFAULT_WEIGHTS, 1);
    const banded = searchAround(a, b, diagonalNodes(src.length, tgt.length), ADAPTIVE_WIDTH + 12, DEFAULT_WEIGHTS, 1);
    expect(banded.map(({ i, a: x, j, b: y }) => [i, x, j, y])).toEqual(whole.map(({ i, a: x, j, b: y }) => [i, x, j, y]));
    expect(banded.filter((x) => x.a === 1 && x.b === 1)).toHaveLength(28);
  });

  it('diagonalNodes runs from (0, 0) to (n, m) without stepping back', () => {
    for (const [n, m] of [[1, 9], [9, 1], [7, 7], [13, 5]]) {
      const nodes = diagonalNodes(n, m);
      expect(nodes[0]).toEqual([0, 0]);
      expect(nodes[nodes.length - 1]).toEqual([n, m]);
      for (let k = 1; k < nodes.length; k++) expect(nodes[k][1]).toBeGreaterThanOrEqual(nodes[k - 1][1]);
    }
  });
});

/** Sentences sharing numbers, names and cognates by chance, so that paths wander: the limit must not change them. */
const word = fc.constantFrom('Bern', 'Zürich', 'Minister', 'ministre', 'Kilometer', 'kilometres', 'the', 'die', '12', '2,3', '1.300', '2019', '');
const line = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));

describe('alignInBand with a limit', () => {
  it('finds the path found without one, bead for bead and cost for cost', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), fc.array(line, { minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 3 }), (src, tgt, seedWidth) => {
        const [a, b] = sides(src, tgt);
        const n = src.length;
        const m = tgt.length;
        const nodes = diagonalNodes(n, m);
        const band = bandAround(nodes, n, m, seedWidth + 2);
        const seed = alignInBand(a, b, bandAround(nodes, n, m, seedWidth), DEFAULT_WEIGHTS, 1.1);
        const limit = seed.reduce((sum, x) => sum + x.cost, 0);
        const free = alignInBand(a, b, band, DEFAULT_WEIGHTS, 1.1);
        expect(alignInBand(a, b, band, DEFAULT_WEIGHTS, 1.1, SHAPES, limit)).toEqual(free);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the cosine ceilings that bound the limited search', () => {
  it('are at least the cosine of every sentence with every block of up to four on the other side', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.array(line, { minLength: 1, maxLength: 12 }), (src, tgt) => {
        const [a, b] = sides(src, tgt);
        const n = src.length;
        const m = tgt.length;
        const dots = new DotCache(a, b, fullBand(n, m));
        const best = dots.bestCosines(a, b);
        const check = (x: Side, y: Side, ceiling: Float64Array, dot: (k: number, j: number, size: number) => number): void => {
          for (let k = 0; k < x.sq.length; k++) {
            if (x.sq[k] === 0) expect(ceiling[k]).toBe(-Infinity);
            for (let size = 1; size <= 4; size++) {
              for (let j = 0; j + size <= y.sq.length; j++) {
                const norm = y.norms[size - 1][j];
                if (x.sq[k] > 0 && norm > 0) expect(dot(k, j, size) / Math.sqrt(x.sq[k] * norm)).toBeLessThanOrEqual(ceiling[k] + 1e-12);
              }
            }
          }
        };
        check(a, b, best.src, (k, j, size) => dots.rowBlock(k, j, size));
        check(b, a, best.tgt, (k, j, size) => dots.columnBlock(j, size, k));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a search bounded by a known path', () => {
  // Found by the align fuzz test: one sentence against two copies of it, where the bound cut off every
  // path to the end and the second pass was given beads outside the documents.
  it('still reaches the end when the bound leaves it unreached', () => {
    expect(alignSentences(['7'], ['7', '7']).map((b) => [b.src, b.tgt])).toEqual([[[0], [0, 1]]]);
  });
});
