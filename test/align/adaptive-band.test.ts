import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../src/align/cost.js';
import { alignInBand, fullBand, makeSide, type Side } from '../../src/align/dp.js';
import { FeatureIndex, tokenise } from '../../src/align/features.js';
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
