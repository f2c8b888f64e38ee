// The real seed run through the CLI: its TMX validates, and `tandem diff` after correcting the German 004 article.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunDiff } from '../../src/report/diff.js';
import { readRun } from '../../src/report/write.js';
import type { RunReport } from '../../src/types.js';
import { readTmx } from '../fixtures/report/read-tmx.js';
import { SEED_FILES } from '../fixtures/report/seed-report.js';

const CLI = resolve('cli.ts');
const CORPUS = resolve('corpus');

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

async function tandem(...args: string[]): Promise<Exit> {
  return promisify(execFile)('npx', ['tsx', CLI, ...args], { timeout: 180_000, maxBuffer: 64 << 20 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: Exit) => e,
  );
}

describe.skipIf(!existsSync(CLI))('the seed run (tandem qa corpus)', () => {
  let dir: string;
  let before: { dir: string; report: RunReport };
  let after: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-report-seed-'));
    const corpus = join(dir, 'corpus');
    const out = join(dir, 'reports');
    await cp(CORPUS, corpus, { recursive: true });
    const first = await tandem('qa', corpus, '--no-tui', '--out', out);
    expect(first.code, first.stderr).toBe(1);
    const runDir = first.stdout.match(/^report: (.*)\/index\.html/m)?.[1];
    expect(runDir).toBeDefined();
    before = { dir: runDir!, report: await readRun(runDir!) };
    // The editor fixes the placeholder in the German article: "im Jahr XNUMX" becomes "im Jahr 2026".
    const german = join(corpus, SEED_FILES.a.tgt);
    const text = await readFile(german, 'utf8');
    expect(text).toContain('im Jahr XNUMX');
    await writeFile(german, text.replace('im Jahr XNUMX', 'im Jahr 2026'));
    const second = await tandem('qa', corpus, '--no-tui', '--out', out);
    expect(second.code, second.stderr).toBe(1);
    after = join(out, 'latest');
  }, 400_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes a TMX that validates and holds every aligned bead', async () => {
    const { units } = readTmx(await readFile(join(before.dir, 'alignments.tmx'), 'utf8'));
    const beads = before.report.pairs.flatMap((p) =>
      p.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0).map((b) => [b.src.map((i) => p.srcSentences[i].text).join(' '), b.tgt.map((j) => p.tgtSentences[j].text).join(' ')]),
    );
    expect(units.map((u) => [u[0][1], u[1][1]])).toEqual(beads);
    expect(units.length).toBeGreaterThan(10);
  });

  it('tandem diff: the XNUMX flag is resolved, nothing is new, everything else unchanged; exit 0', async () => {
    const result = await tandem('diff', before.dir, after, '--json');
    expect(result.code, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout) as RunDiff;
    expect(diff.new).toEqual([]);
    // One site, one flag: the placeholder flag names the 2026 it replaced.
    expect(diff.resolved.map((f) => [f.rule, f.expected])).toEqual([['garbled-placeholder', '2026']]);
    for (const f of diff.resolved) {
      expect(f.pair).toEqual(SEED_FILES.a);
      expect(f.tgtText).toContain('XNUMX');
    }
    const total = before.report.pairs.reduce((n, p) => n + p.flags.length, 0);
    expect(diff.unchanged.length).toBe(total - diff.resolved.length);
  });

  it('tandem diff the other way: the flags come back as new and open, exit 1', async () => {
    const result = await tandem('diff', after, before.dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\d+ new, 0 resolved, \d+ unchanged$/m);
    expect(result.stdout).toContain('XNUMX');
  });
});
