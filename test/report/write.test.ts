import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, newRunId, readRun, writeRun } from '../../src/report/write.js';
import { hostileReport } from '../fixtures/report/hostile-report.js';
import { seedReport } from '../fixtures/report/seed-report.js';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'tandem-report-write-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('newRunId', () => {
  it('sorts by time, differs within one millisecond, and is a plain folder name', () => {
    const a = newRunId(new Date('2025-01-02T03:04:05.006Z'));
    const b = newRunId(new Date('2025-01-02T03:04:05.006Z'));
    const c = newRunId(new Date('2025-11-02T03:04:05.006Z'));
    expect(a).toMatch(/^2025-01-02T03-04-05-006Z-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    expect([c, a].sort()).toEqual([a, c]);
  });
});

describe('writeRun', () => {
  it('writes the four files into <out>/<runId>/ and points latest at it', async () => {
    const dir = await writeRun(out, seedReport({ runId: 'run-1' }));
    expect(dir).toBe(join(out, 'run-1'));
    expect((await readdir(dir)).sort()).toEqual(['alignments.tmx', 'index.html', 'report.json', 'report.md']);
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json).toEqual(seedReport({ runId: 'run-1' }));
    expect((await lstat(join(out, 'latest'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(out, 'latest'))).toBe('run-1');
    expect((await readdir(out)).sort()).toEqual(['latest', 'run-1']);
  });

  it('never overwrites a run: the same id gets a new folder, and latest moves to it', async () => {
    const first = await writeRun(out, seedReport({ runId: 'same' }));
    const second = await writeRun(out, seedReport({ runId: 'same', corrected: true }));
    expect(second).toBe(join(out, 'same-2'));
    expect((await readRun(first)).pairs[0].flags).toHaveLength(4);
    expect((await readRun(join(out, 'latest'))).runId).toBe('same-2');
    expect((await readRun(join(out, 'latest'))).pairs[0].flags).toHaveLength(3);
  });

  it('keeps a hostile run id inside the output folder', async () => {
    const dir = await writeRun(out, hostileReport());
    const rel = relative(out, dir);
    expect(rel).not.toMatch(/^\.\.|[/\\]/);
    expect(rel).toBe('escape-script');
    expect((await readRun(dir)).runId).toBe(rel);
  });

  it('says so in one line when latest cannot be replaced', async () => {
    await mkdir(join(out, 'latest'));
    await writeFile(join(out, 'latest', 'x'), '');
    await expect(writeRun(out, seedReport())).rejects.toThrow(/could not point .*latest at seed/);
  });
});

describe('readRun', () => {
  it('reads a run folder, a report.json, latest, and the output folder itself', async () => {
    const dir = await writeRun(out, seedReport({ runId: 'r' }));
    for (const path of [dir, join(dir, 'report.json'), join(out, 'latest'), out]) {
      expect((await readRun(path)).runId, path).toBe('r');
    }
  });

  it('follows a latest text file (where symlinks are not allowed)', async () => {
    await writeRun(out, seedReport({ runId: 'r' }));
    await rm(join(out, 'latest'));
    await writeFile(join(out, 'latest'), 'r\n');
    expect((await readRun(join(out, 'latest'))).runId).toBe('r');
    expect((await readRun(out)).runId).toBe('r');
  });

  it('fails with one clear line when missing or not a tandem report', async () => {
    const file = join(out, 'x.json');
    const cases: [string, RegExp][] = [
      ['{"hello": 1}', /^not a tandem report \(no schemaVersion\): /],
      ['[1,2]', /^not a tandem report \(no schemaVersion\): /],
      ['{"schemaVersion": 99}', /^unsupported report schemaVersion 99 \(expected 1\): /],
      ['{"schemaVersion": 1, "tool": {"name": "other"}}', /^not a tandem report \(missing tool or pairs\): /],
      ['not json', /^not a tandem report \(invalid JSON\): /],
    ];
    for (const [text, message] of cases) {
      await writeFile(file, text);
      const error = await readRun(file).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
    await expect(readRun(join(out, 'nope'))).rejects.toThrow(/^no such run: /);
    await expect(readRun(out)).rejects.toThrow(/^no report\.json in /);
  });
});
