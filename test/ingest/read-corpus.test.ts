import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, open, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticle, isRejected } from '../../src/ingest/index.js';
import { CorpusError, MAX_FILE_BYTES, readCorpus } from '../../src/ingest/read.js';

const ARTICLE = 'Ministers met in Baku.\n\nThey agreed on a plan worth 2.3 billion dollars.\n';
const MB = 1024 * 1024;
let dir: string;
let result: Awaited<ReturnType<typeof readCorpus>>;
let chmodBlocksReads = false;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tandem-ingest-'));
  const put = async (rel: string, data: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), data);
  };
  await put('plain.txt', ARTICLE);
  await put('copy of plain.txt', ARTICLE);
  await put('Übersicht – Größe.md', '# Titel\n\nDie Zahl stieg um 2,3 %.\n');
  await put('line\nbreak.txt', ARTICLE);
  await put('nested/deeper/inner.HTML', `<html><body><p>${ARTICLE}</p></body></html>`);
  await put('empty.txt', '');
  await put('blank.txt', ' \n\n\t ');
  await put('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  await put('notes.docx', 'not read: unknown type');
  await put('.hidden.txt', ARTICLE);
  await put('.git/config.txt', ARTICLE);
  await put('locked.txt', ARTICLE);
  await chmod(path.join(dir, 'locked.txt'), 0o000);
  try {
    await readFile(path.join(dir, 'locked.txt'));
  } catch {
    chmodBlocksReads = true;
  }
  await symlink('..', path.join(dir, 'nested', 'loop'));
  await symlink(path.join(dir, 'missing.txt'), path.join(dir, 'dangling.txt'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  // A 50 MB article is read; a file above the cap is not (sparse: costs no disk).
  const big = await open(path.join(dir, 'big.txt'), 'w');
  const line = (n: number) => `${`The budget grew by ${n} percent in 2023 after long talks in Baku. `.repeat(15)}\n\n`;
  const perMB = Math.ceil(MB / line(0).length);
  for (let k = 0; k < 50; k++) await big.write(Array.from({ length: perMB }, (_, i) => line(k * perMB + i)).join(''));
  await big.close();
  await writeFile(path.join(dir, 'huge.txt'), '');
  await truncate(path.join(dir, 'huge.txt'), MAX_FILE_BYTES + MB);
  result = await readCorpus(dir);
}, 120_000);

afterAll(async () => {
  await chmod(path.join(dir, 'locked.txt'), 0o644).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const reasonOf = (file: string) => result.rejected.find((r) => r.file === file)?.reason;

describe('readCorpus', () => {
  it('reads nested folders, names with spaces, Unicode and newlines, sorted, with / separators', () => {
    const names = result.files.map((f) => f.file);
    expect(names).toEqual(expect.arrayContaining([
      'plain.txt', 'copy of plain.txt', 'Übersicht – Größe.md', 'line\nbreak.txt', 'nested/deeper/inner.HTML',
    ]));
    expect(names).toEqual([...names].sort());
  });

  it('skips dot-files, dot-folders and types it does not take', () => {
    const names = [...result.files, ...result.rejected].map((f) => f.file);
    expect(names.some((n) => n.includes('.hidden') || n.includes('.git') || n.endsWith('.docx'))).toBe(false);
  });

  it('reads both of two identical files', () => {
    const plain = result.files.find((f) => f.file === 'plain.txt');
    const copy = result.files.find((f) => f.file === 'copy of plain.txt');
    expect(plain?.bytes).toEqual(copy?.bytes);
  });

  it('rejects a symlink loop once, without hanging', () => {
    expect(reasonOf('nested/loop/')).toBe('symlink loop (folder already read)');
  });

  it('rejects a broken symlink and a named pipe with one-line reasons', () => {
    expect(reasonOf('dangling.txt')).toBe('broken symlink');
    expect(reasonOf('pipe.txt')).toBe('a named pipe');
  });

  it('reads a 50 MB file and rejects one above the cap', () => {
    expect(result.files.find((f) => f.file === 'big.txt')?.bytes.length).toBeGreaterThanOrEqual(50 * MB);
    expect(reasonOf('huge.txt')).toBe(`too large: ${(MAX_FILE_BYTES / MB + 1).toFixed(1)} MB (limit 64 MB)`);
  });

  it('decodes the 50 MB file into an article', () => {
    const big = result.files.find((f) => f.file === 'big.txt');
    const a = decodeArticle(big!);
    expect(isRejected(a)).toBe(false);
    if (!isRejected(a)) expect(a.paragraphs.length).toBeGreaterThan(50_000);
  });

  it('rejects an unreadable file (when permissions apply to this user)', (ctx) => {
    if (!chmodBlocksReads) {
      ctx.skip('chmod 000 does not stop reads for this user (root): unreadable-file assertion skipped');
      return;
    }
    expect(reasonOf('locked.txt')).toBe('unreadable: permission denied');
  });

  it('the rest of the corpus decodes; bad files get one-line reasons', () => {
    const decoded = result.files.map(decodeArticle);
    const bad = decoded.filter(isRejected);
    expect(bad.map((r) => [r.file, r.reason])).toEqual(expect.arrayContaining([
      ['empty.txt', 'empty file'],
      ['blank.txt', 'only whitespace'],
      ['photo.txt', 'binary file (PNG image)'],
    ]));
    for (const r of [...bad, ...result.rejected]) expect(r.reason).not.toContain('\n');
    expect(decoded.filter((a) => !isRejected(a)).length).toBeGreaterThanOrEqual(5);
  });

  it('an empty folder gives no files and no rejections', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'tandem-empty-'));
    await expect(readCorpus(empty)).resolves.toEqual({ files: [], rejected: [] });
    await rm(empty, { recursive: true });
  });

  it('a missing folder or a file throws CorpusError with a one-line message', async () => {
    await expect(readCorpus(path.join(dir, 'nope'))).rejects.toThrow(CorpusError);
    await expect(readCorpus(path.join(dir, 'nope'))).rejects.toThrow(/^corpus folder not found: /);
    await expect(readCorpus(path.join(dir, 'plain.txt'))).rejects.toThrow(/^corpus is not a folder: /);
  });
});
