import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextSink, appendFile } from '../../src/report/text-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-text-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `pieces` through a TextSink, closing it however the pieces end. */
function writeTextFile(path: string, pieces: Iterable<string>): void {
  const sink = new TextSink(path);
  try {
    sink.writeAll(pieces);
  } finally {
    sink.close();
  }
}

/** Larger than one write buffer, so pieces and characters fall across buffer boundaries. */
const MB = 1 << 20;

describe('TextSink', () => {
  it.each([
    ['no pieces', []],
    ['empty pieces', ['', '', '']],
    ['small pieces', ['a', 'ä', '\ud83d\ude00', '\n']],
    ['multi-byte characters across every buffer boundary', Array.from({ length: 3 * MB }, (_, i) => (i % 3 === 0 ? 'ä' : i % 3 === 1 ? '€' : '\ud83d\ude00'))],
    ['one piece of several buffers', ['x'.repeat(MB - 1) + '€'.repeat(MB) + '\ud83d\ude00'.repeat(MB)]],
    ['pieces of odd sizes', Array.from({ length: 200 }, (_, i) => `${i}:` + 'ö'.repeat((i * 7919) % 40_000))],
  ])('writes %s as the UTF-8 of their concatenation', async (_, pieces) => {
    const path = join(dir, 'out.txt');
    writeTextFile(path, pieces);
    expect((await readFile(path)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('passes on a generator error and leaves no open file behind', async () => {
    function* failing(): Generator<string> {
      yield 'start';
      throw new Error('boom');
    }
    expect(() => writeTextFile(join(dir, 'bad.txt'), failing())).toThrow('boom');
    expect(await readFile(join(dir, 'bad.txt'), 'utf8')).toBe('start');
  });

  it('fails with the file system error when the folder does not exist', async () => {
    expect(() => writeTextFile(join(dir, 'missing', 'x.txt'), ['a'])).toThrow(/ENOENT/);
  });
});

describe('appendFile', () => {
  it('adds a whole file of several buffers and then the tail, byte for byte', async () => {
    const head = join(dir, 'head.txt');
    const body = join(dir, 'body.txt');
    const bodyText = 'ä€'.repeat(MB) + '\ud83d\ude00';
    await writeFile(head, 'head|');
    await writeFile(body, bodyText);
    await appendFile(head, body, '|tail');
    expect((await readFile(head)).equals(Buffer.from(`head|${bodyText}|tail`, 'utf8'))).toBe(true);
  });
});
