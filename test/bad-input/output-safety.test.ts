// No path derived from input leaves the output folder: hostile corpus file names, a corrupt review
// file and an --out that is not a folder are all handled without writing anywhere else.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/types.js';
import { runTandem, STACK_TRACE, type TandemRun } from './run-tandem.js';

/** Linux's limit for one file name, in bytes. */
const NAME_MAX = 255;

const ARTICLE_EN = 'Exports rose by 12% in the third quarter, the port authority said on Tuesday in Hamburg.';
const ARTICLE_DE = 'Die Exporte stiegen im dritten Quartal um 12 %, teilte die Hafenbehörde am Dienstag in Hamburg mit.';

/** Names that would escape or misbehave if any output path were built from them. */
const HOSTILE_NAMES = [
  'a..b.txt',
  'x...txt',
  '-rf.txt',
  '--out=elsewhere.txt',
  '-- -.en.txt',
  'CON.txt',
  'aux.html',
  'nul.md',
  'COM1.txt',
  'LPT9.de.txt',
  'con .txt',
  `${'a'.repeat(NAME_MAX - 4)}.txt`,
  `${'ü'.repeat((NAME_MAX - 5) / 2)}.txt`,
  '%2e%2e%2fescape.txt',
  'up..\\..\\windows.txt',
  'C:\\evil.txt',
  '~root.txt',
  '$(touch pwned).txt',
];

/** Every file under `dir` with its size and content hash, skipping `skip`. */
async function snapshot(dir: string, skip: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const abs = path.join(d, entry.name);
      if (abs === skip) continue;
      if (entry.isDirectory()) await walk(abs);
      else if (entry.isFile()) out.set(path.relative(dir, abs), createHash('sha256').update(await readFile(abs)).digest('hex'));
      else out.set(path.relative(dir, abs), entry.isSymbolicLink() ? 'symlink' : 'other');
    }
  };
  await walk(dir);
  return out;
}

const exit2OneLine = (r: TandemRun, reason: RegExp) => {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(reason);
};

let base: string;
let corpus: string;
let cwd: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'tandem-output-'));
  corpus = path.join(base, 'corpus');
  cwd = path.join(base, 'cwd');
  await mkdir(corpus);
  await mkdir(cwd);
  for (const name of HOSTILE_NAMES) {
    await writeFile(path.join(corpus, name), /\.de\./.test(name) ? ARTICLE_DE : `${ARTICLE_EN} (${name.length})`);
  }
  await writeFile(path.join(corpus, 'story.en.txt'), ARTICLE_EN);
  await writeFile(path.join(corpus, 'story.de.txt'), ARTICLE_DE);
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('output safety', () => {
  it('hostile corpus file names: everything written lands inside --out, nothing else changes', async () => {
    const out = path.join(base, 'out');
    const before = await snapshot(base, out);
    const r = runTandem(['qa', corpus, '--no-tui', '--out', out], { cwd });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(await snapshot(base, out)).toEqual(before);
    const top = (await readdir(out)).sort();
    expect(top).toHaveLength(2);
    expect(top).toContain('latest');
    const run = top.find((n) => n !== 'latest')!;
    expect((await readdir(path.join(out, run))).sort()).toEqual(['alignments.tmx', 'index.html', 'report.json', 'report.md']);
    const report = JSON.parse(await readFile(path.join(out, run, 'report.json'), 'utf8')) as RunReport;
    const seen = new Set([...report.articles.map((a) => a.file), ...report.rejected.map((x) => x.file)]);
    for (const name of HOSTILE_NAMES) expect(seen, name).toContain(name);
  });

  it('a second run gets a new folder and leaves the first one as it was', async () => {
    const out = path.join(base, 'out-twice');
    runTandem(['qa', corpus, '--no-tui', '--out', out], { cwd });
    const first = await snapshot(out, path.join(out, 'latest'));
    runTandem(['qa', corpus, '--no-tui', '--out', out], { cwd });
    const second = await snapshot(out, path.join(out, 'latest'));
    for (const [file, hash] of first) expect(second.get(file), file).toBe(hash);
    expect(second.size).toBe(first.size * 2);
  });

  it('--out naming a file: exit 2 with one line, before any analysis, and the file untouched', async () => {
    const file = path.join(base, 'not-a-folder');
    await writeFile(file, 'keep me');
    exit2OneLine(runTandem(['qa', corpus, '--no-tui', '--out', file], { cwd }), /--out .* is not a folder/);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('--out below a file: exit 2 with one line', async () => {
    const file = path.join(base, 'plain-file');
    await writeFile(file, 'keep me');
    exit2OneLine(runTandem(['qa', corpus, '--no-tui', '--out', path.join(file, 'reports')], { cwd }), /--out .*ENOTDIR/);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });
});

describe('a review file that is corrupt JSON', () => {
  const CORRUPT = '{"version": 1, "verdicts": {"abc": {"verdict": "real"'; // cut off mid-save by another tool
  let dir: string;
  let review: string;
  let out: string;

  beforeAll(async () => {
    dir = path.join(base, 'reviewed');
    await mkdir(path.join(dir, 'news'), { recursive: true });
    await writeFile(path.join(dir, 'news', 'story.en.txt'), ARTICLE_EN);
    await writeFile(path.join(dir, 'news', 'story.de.txt'), ARTICLE_DE);
    review = path.join(dir, 'news.review.json');
    out = path.join(dir, 'out');
    await writeFile(review, CORRUPT);
  });

  const backups = async () => (await readdir(dir)).filter((n) => n.startsWith('news.review.json.corrupt-'));

  it('qa fails with exit 2 and one line naming the file and its backup; nothing is written', async () => {
    const r = runTandem(['qa', path.join(dir, 'news'), '--no-tui', '--out', out], { cwd });
    exit2OneLine(r, /review file .*news\.review\.json is not valid JSON \(kept as backup .*news\.review\.json\.corrupt-/);
    await expect(stat(out)).rejects.toThrow();
  });

  it('keeps the corrupt file byte for byte and a backup with the same bytes', async () => {
    expect(await readFile(review, 'utf8')).toBe(CORRUPT);
    const found = await backups();
    expect(found).toHaveLength(1);
    expect(await readFile(path.join(dir, found[0]), 'utf8')).toBe(CORRUPT);
  });

  it('a second run fails the same way: never silently replaced, no second backup', async () => {
    exit2OneLine(runTandem(['qa', path.join(dir, 'news'), '--no-tui', '--out', out], { cwd }), /not valid JSON/);
    expect(await readFile(review, 'utf8')).toBe(CORRUPT);
    expect(await backups()).toHaveLength(1);
  });

  it('review of an earlier run also refuses the corrupt file with exit 2', async () => {
    await writeFile(review, '{"version":1,"verdicts":{}}');
    const ok = runTandem(['qa', path.join(dir, 'news'), '--no-tui', '--out', out], { cwd });
    expect([0, 1]).toContain(ok.code);
    await writeFile(review, CORRUPT);
    exit2OneLine(runTandem(['review', path.join(out, 'latest')], { cwd }), /not valid JSON/);
    expect(await readFile(review, 'utf8')).toBe(CORRUPT);
  });
});
