import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTextFile } from '../../src/report/text-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-text-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Larger than one write buffer, so pieces and characters fall across buffer boundaries. */
const MB = 1 << 20;

describe('writeTextFile', () => {
  it.each([
    ['no pieces', []],
    ['empty pieces', ['', '', '']],
    ['small pieces', ['a', 'ä', '\ud83d\ude00', '\n']],
    ['multi-byte characters across every buffer boundary', Array.from({ length: 3 * MB }, (_, i) => (i % 3 === 0 ? 'ä' : i % 3 === 1 ? '€' : '\ud83d\ude00'))],
    ['one piece of several buffers', ['x'.repeat(MB - 1) + '€'.repeat(MB) + '\ud83d\ude00'.repeat(MB)]],
    ['pieces of odd sizes', Array.from({ length: 200 }, (_, i) => `${i}:` + 'ö'.repeat((i * 7919) % 40_000))],
  ])('writes %s as the UTF-8 of their concatenation', async (_, pieces) => {
    const path = join(dir, 'out.txt');
    await writeTextFile(path, pieces);
    expect((await readFile(path)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('passes on a generator error and leaves no open file behind', async () => {
    function* failing(): Generator<string> {
      yield 'start';
      throw new Error('boom');
    }
    await expect(writeTextFile(join(dir, 'bad.txt'), failing())).rejects.toThrow('boom');
  });

  it('fails with the file system error when the folder does not exist', async () => {
    await expect(writeTextFile(join(dir, 'missing', 'x.txt'), ['a'])).rejects.toThrow(/ENOENT/);
  });
});
