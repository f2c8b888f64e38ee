// One measured `qa` run in its own process, so peak memory belongs to this run alone.
// Usage (compiled by bench/pipeline.bench.ts): node pipeline-run.js CORPUS_DIR OUT_DIR THREADS -> one JSON line of figures.
import { runQa, type Stage } from '../src/pipeline.js';
import type { Lang } from '../src/types.js';
import { newRunId, RunWriter } from '../src/report/write.js';
import { reviewPathFor } from '../src/review/store.js';

const [dir, out, threadsArg] = process.argv.slice(2);
// `check` includes rendering each pair's pieces of the four report files; `finish` is writing their heads and joining them.
const stages: Partial<Record<Stage | 'finish' | 'total', number>> = {};
let stage: Stage | undefined;
let stageStart = performance.now();
const t0 = performance.now();
const now = new Date();
const runId = newRunId(now);
// As `tandem qa` does it: the files are written while the pairs are checked, completed at the end.
const langs: Lang[] = ['en', 'de'];
const writer = new RunWriter(out, runId, { tool: { name: 'tandem', version: 'bench' }, createdAt: now.toISOString(), corpus: dir, reviewFile: reviewPathFor(dir), langs });
const report = await runQa(dir, {
  langs,
  runId,
  onPair: (pair, articles, known) => writer.addPair(pair, articles, known),
  now,
  version: 'bench',
  threads: Number(threadsArg),
  onProgress: (p) => {
    if (p.stage !== stage) {
      const t = performance.now();
      if (stage) stages[stage] = (stages[stage] ?? 0) + (t - stageStart);
      stage = p.stage;
      stageStart = t;
    }
  },
});
const tWrite = performance.now();
if (stage) stages[stage] = (stages[stage] ?? 0) + (tWrite - stageStart);
await writer.finish(report);
stages.finish = performance.now() - tWrite;
stages.total = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify({ stages, peakRssMB: process.resourceUsage().maxRSS / 1024, pairs: report.summary.pairs, flags: report.summary.flags, unpaired: report.unpaired.length })}\n`,
);
