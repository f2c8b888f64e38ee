import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus-generator.js';
import { analyse } from '../../src/pipeline.js';
import { batches } from '../../src/workers/pool.js';

describe('worker threads', () => {
  it('batches keep order and cover every item once', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 3)).toEqual([]);
  });

  it('give the same analysis as one thread, and hand on each pair in order as it is done', async () => {
    // More pairs than one batch, so that batches finish out of order on two workers.
    const files = generateCorpus({ pairs: 40, seed: 7, sentences: [8, 12] }).map((f) => ({ file: f.name, bytes: new TextEncoder().encode(f.text) }));
    const one = await analyse(files, { langs: ['en', 'de'], threads: 1 });
    const handed: string[] = [];
    const two = await analyse(files, {
      langs: ['en', 'de'],
      threads: 2,
      onPair: (pair, [src, tgt]) => handed.push(`${pair.src}|${pair.tgt}|${src.file}|${tgt.file}|${pair.beads.length}`),
    });
    expect(two.pairs.length).toBeGreaterThanOrEqual(35);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(handed).toEqual(two.pairs.map((p) => `${p.src}|${p.tgt}|${p.src}|${p.tgt}|${p.beads.length}`));
  });
});
