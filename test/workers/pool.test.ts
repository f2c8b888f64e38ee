import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus-generator.js';
import { analyse } from '../../src/pipeline.js';
import { batches } from '../../src/workers/pool.js';

describe('worker threads', () => {
  it('batches keep order and cover every item once', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 3)).toEqual([]);
  });

  it('give the same analysis as one thread', async () => {
    const files = generateCorpus({ pairs: 12, seed: 7, sentences: [8, 12] }).map((f) => ({ file: f.name, bytes: new TextEncoder().encode(f.text) }));
    const one = await analyse(files, { langs: ['en', 'de'], threads: 1 });
    const two = await analyse(files, { langs: ['en', 'de'], threads: 2 });
    expect(two.pairs.length).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
