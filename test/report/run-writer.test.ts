// Writing a run pair by pair while it is checked must give the very files writing it whole gives.

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunLead, RunWriter, readRun, writeRun } from '../../src/report/write.js';
import type { PairResult, RunReport } from '../../src/types.js';
import { type Row, article, buildPair, buildReport } from '../fixtures/report/build-report.js';
import { hostileReport } from '../fixtures/report/hostile-report.js';
import { seedReport } from '../fixtures/report/seed-report.js';

const FILES = ['report.json', 'report.md', 'index.html', 'alignments.tmx'];

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'tandem-run-writer-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** The lead a run of `report` starts with, as `qa` gives it. */
function leadOf(report: RunReport): RunLead {
  const { tool, createdAt, corpus, reviewFile, langs } = report;
  return { tool, createdAt, corpus, reviewFile, langs };
}

/**
 * Streams `report`'s pairs (as `seen` gives each) through a RunWriter started with `lead` (by default
 * the report's own; null: none), then finishes with `report`; `midway` sees the run folder's files before the finish.
 */
async function streamed(
  report: RunReport,
  seen: (p: PairResult) => PairResult = (p) => p,
  lead: RunLead | null = leadOf(report),
  midway?: (files: string[]) => void,
): Promise<string> {
  const writer = new RunWriter(join(out, 'streamed'), report.runId, lead ?? undefined);
  const articles = new Map(report.articles.map((a) => [a.file, a]));
  for (const pair of report.pairs) writer.addPair(seen(pair), [articles.get(pair.src), articles.get(pair.tgt)]);
  midway?.((await readdir(join(out, 'streamed', report.runId))).sort());
  return writer.finish(report);
}

async function expectSameFiles(a: string, b: string): Promise<void> {
  for (const f of FILES) expect(await readFile(join(a, f), 'utf8'), f).toBe(await readFile(join(b, f), 'utf8'));
  expect((await readdir(a)).sort()).toEqual([...FILES].sort());
}

/** `count` pairs of `beads` beads each, one flag per pair; the dropped line shows in index.html. */
function manyPairs(count: number, beads: number): RunReport {
  const pairs = Array.from({ length: count }, (_, n) =>
    buildPair({
      src: `en/${n}.txt`,
      tgt: `de/${n}.txt`,
      rows: Array.from({ length: beads }, (_, i): Row => [[`Pair ${n} had ${i} cats.`], [`Paar ${n} hatte ${i} Katzen.`]]),
      flags: [{ bead: 1, rule: 'number-mismatch', severity: 'error', message: 'differs', srcPiece: '1' }],
    }),
  );
  const articles = pairs.flatMap((p) => [article(p.src, 'en', { dropped: [{ text: 'Share this', start: 0, reason: 'rule:share' }] }), article(p.tgt, 'de')]);
  return buildReport(pairs, articles, [], 'many');
}

describe('RunWriter', () => {
  it('writes what writeRun writes, for the seed run and a hostile one', async () => {
    for (const report of [seedReport({ runId: 'seed' }), hostileReport()]) {
      await expectSameFiles(await streamed(report), await writeRun(join(out, 'whole'), report));
    }
  });

  it('writes report.json and alignments.tmx in place from the start when given the lead, aside without it', async () => {
    const report = seedReport({ runId: 'seed' });
    let midway: string[] = [];
    await expectSameFiles(await streamed(report, undefined, undefined, (files) => (midway = files)), await writeRun(join(out, 'whole'), report));
    expect(midway).toEqual(['.body-index.html', '.body-report.md', 'alignments.tmx', 'report.json']);
    const aside = { ...report, runId: 'aside' };
    await expectSameFiles(await streamed(aside, undefined, null, (files) => (midway = files)), await writeRun(join(out, 'whole'), aside));
    expect(midway).toEqual(FILES.map((f) => `.body-${f}`).sort());
  });

  it('writes everything again when the lead it started with is not the finished run\'s', async () => {
    const report = seedReport({ runId: 'seed' });
    const dir = await streamed(report, undefined, { ...leadOf(report), corpus: 'elsewhere' });
    await expectSameFiles(dir, await writeRun(join(out, 'whole'), report));
    // A later pair in the other direction makes the TMX source language "*all*", which its first pair could not tell.
    const mixed = { ...report, runId: 'mixed', pairs: [...report.pairs, { ...report.pairs[0], src: 'x.de', tgt: 'x.en', srcLang: 'de' as const, tgtLang: 'en' as const }] };
    await expectSameFiles(await streamed(mixed), await writeRun(join(out, 'whole'), mixed));
  });

  it('decides the page mode by the whole run: full below the bead limit, flag context past it', async () => {
    const small = manyPairs(3, 5);
    const large = manyPairs(2_100, 10);
    await expectSameFiles(await streamed(small), await writeRun(join(out, 'whole'), small));
    const dir = await streamed(large);
    await expectSameFiles(dir, await writeRun(join(out, 'whole'), large));
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toMatch(/too many sentences to show every alignment/);
  });

  it('writes everything again when a verdict changed after a pair was written', async () => {
    const report = seedReport({ runId: 'seed' });
    const flagged = report.pairs.findIndex((p) => p.flags.length > 0);
    expect(flagged).toBeGreaterThanOrEqual(0);
    // The pair as it looked at the start: the reviewer has since confirmed its first flag.
    const before = (p: PairResult): PairResult => (p === report.pairs[flagged] ? { ...p, flags: p.flags.map((f, i) => (i === 0 ? { ...f, state: 'dismissed' as const } : f)) } : p);
    const dir = await streamed(report, before);
    await expectSameFiles(dir, await writeRun(join(out, 'whole'), report));
    expect((await readRun(dir)).pairs[flagged].flags[0].state).toBe(report.pairs[flagged].flags[0].state);
  });

  it('finishes a run without pairs, and leaves nothing behind when aborted', async () => {
    const empty = buildReport([], [], [], 'empty');
    await expectSameFiles(await new RunWriter(join(out, 'streamed'), 'empty').finish(empty), await writeRun(join(out, 'whole'), empty));
    const writer = new RunWriter(join(out, 'aborted'), 'gone');
    const report = seedReport({ runId: 'gone' });
    writer.addPair(report.pairs[0], [undefined, undefined]);
    expect(await readdir(join(out, 'aborted'))).toEqual(['gone']);
    writer.abort();
    expect(await readdir(join(out, 'aborted'))).toEqual([]);
  });
});
