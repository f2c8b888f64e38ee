// Issue 10: one corpus with every kind of bad input beside two good pairs, run once through the CLI.
// The run must end normally (exit 0 or 1), check the good pairs, and give each bad kind a one-line reason.
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/types.js';
import { BAD_KINDS, GOOD_PAIRS, reasonsFor, SCRIPT_MARKERS, writeBadCorpus } from '../fixtures/bad-input/bad-corpus.js';
import { runTandem, STACK_TRACE, type TandemRun } from './run-tandem.js';

/** Generous: the 50 MB article alone takes about a minute on a busy two-core machine. */
const RUN_TIMEOUT_MS = 400_000;
/** Issue 10 asks for at least this many kinds side by side. */
const MIN_KINDS = 25;

let base: string;
let corpus: string;
let out: string;
let run: TandemRun;
let report: RunReport;
let runDir: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'tandem-bad-input-'));
  // Readable and writable by the unprivileged user the CLI runs as when the tests run as root.
  await chmod(base, 0o777);
  corpus = path.join(base, 'corpus');
  out = path.join(base, 'out');
  await mkdir(corpus, { mode: 0o755 });
  await writeBadCorpus(corpus);
  run = runTandem(['qa', corpus, '--no-tui', '--out', out], { timeoutMs: RUN_TIMEOUT_MS, unprivileged: true });
  runDir = path.join(out, 'latest');
  report = JSON.parse(await readFile(path.join(runDir, 'report.json'), 'utf8')) as RunReport;
}, RUN_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await chmod(path.join(corpus, 'locked.txt'), 0o644).catch(() => {});
  await rm(base, { recursive: true, force: true });
});

describe('qa on a corpus of bad input', () => {
  it('ends normally: exit 0 or 1, no signal, no stack trace, every stderr line from tandem', () => {
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^tandem\b/);
  });

  it(`holds at least ${MIN_KINDS} kinds of bad input`, () => {
    expect(new Set(BAD_KINDS.map((k) => k.kind)).size).toBeGreaterThanOrEqual(MIN_KINDS);
  });

  it('pairs and checks the two good pairs (one by name, one by content across nested folders)', () => {
    for (const { en, de } of GOOD_PAIRS) {
      const pair = report.pairs.find((p) => p.src === en);
      expect(pair?.tgt, en).toBe(de);
      expect(pair?.problem).toBeUndefined();
      expect(pair?.beads.length).toBeGreaterThan(0);
    }
    const wind = report.pairs.find((p) => p.src === GOOD_PAIRS[1].en);
    expect(wind?.flags.map((f) => f.rule)).toContain('value-changed');
  });

  it.each(BAD_KINDS)('$kind: a one-line reason where the user sees it', (k) => {
    const reasons = reasonsFor(report, k.file);
    if (k.place === 'paired') {
      expect(report.pairs.some((p) => (p.src === k.file || p.tgt === k.file) && p.problem === undefined)).toBe(true);
    } else if (k.place === 'article') {
      expect(report.articles.map((a) => a.file)).toContain(k.file);
    } else if (k.place === 'mixed') {
      expect(reasons).toContain('mixed');
    } else {
      expect(reasons.filter((r) => k.reason!.test(r) && !r.includes('\n')), JSON.stringify(reasons)).toHaveLength(1);
    }
  });

  it('names every rejected file on stderr with its reason', () => {
    for (const r of report.rejected) expect(run.stderr).toContain(`: ${r.reason}\n`);
  });

  it('lets no script of the HTML article into any report file', async () => {
    const article = report.articles.find((a) => a.file === 'museum.html');
    expect(article?.characters).toBeGreaterThan(0);
    for (const name of await readdir(runDir)) {
      const text = await readFile(path.join(runDir, name), 'utf8');
      for (const marker of SCRIPT_MARKERS) expect(text, `${marker} in ${name}`).not.toContain(marker);
    }
  });

  it('cuts the runs without punctuation into bounded sentences and says so', () => {
    for (const file of ['one-line-1mb.txt', 'numbers.en.txt']) {
      const a = report.articles.find((x) => x.file === file);
      expect(a?.notes.some((n) => /too long to check whole/.test(n))).toBe(true);
    }
    const numbers = report.pairs.find((p) => p.src === 'numbers.en.txt');
    expect(Math.max(...numbers!.srcSentences.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
  });
});

describe('corpora that cannot be used at all', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tandem-bad-corpus-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const oneLineExit2 = (r: TandemRun, reason: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  };

  it('a missing folder: exit 2, one line', () => {
    oneLineExit2(runTandem(['qa', path.join(dir, 'nowhere'), '--no-tui', '--out', path.join(dir, 'o1')]), /corpus folder not found/);
  });

  it('a file given as the corpus: exit 2, one line', async () => {
    await writeFile(path.join(dir, 'file.txt'), 'text');
    oneLineExit2(runTandem(['qa', path.join(dir, 'file.txt'), '--no-tui', '--out', path.join(dir, 'o2')]), /corpus is not a folder/);
  });

  it('an empty folder: a normal run with nothing in it', async () => {
    await mkdir(path.join(dir, 'empty'));
    const r = runTandem(['qa', path.join(dir, 'empty'), '--no-tui', '--out', path.join(dir, 'o3')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Articles: 0/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('a corpus with only one language: every article unpaired with a reason, exit 0', async () => {
    const only = path.join(dir, 'only-en');
    await mkdir(only);
    const en = await readFile(new URL('../fixtures/bad-input/trade.en.txt', import.meta.url), 'utf8');
    const wind = await readFile(new URL('../fixtures/bad-input/wind.en.txt', import.meta.url), 'utf8');
    await writeFile(path.join(only, 'trade.txt'), en);
    await writeFile(path.join(only, 'wind.txt'), wind);
    const r = runTandem(['qa', only, '--no-tui', '--json', '--out', path.join(dir, 'o4')]);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as RunReport;
    expect(rep.pairs).toEqual([]);
    expect(rep.unpaired.map((u) => u.file).sort()).toEqual(['trade.txt', 'wind.txt']);
    for (const u of rep.unpaired) expect(u.reason).toMatch(/\S/);
  });

  it('a file made unreadable by permissions is skipped with its reason', async () => {
    const locked = path.join(dir, 'locked');
    await mkdir(locked, { mode: 0o755 });
    await chmod(dir, 0o777);
    await writeFile(path.join(locked, 'secret.txt'), 'The council met on Monday to discuss the budget for 2025.');
    await chmod(path.join(locked, 'secret.txt'), 0o000);
    const r = runTandem(['qa', locked, '--no-tui', '--json', '--out', path.join(dir, 'o5')], { unprivileged: true });
    await chmod(path.join(locked, 'secret.txt'), 0o644);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as RunReport).rejected).toEqual([{ file: 'secret.txt', reason: 'unreadable: permission denied' }]);
  });
});
