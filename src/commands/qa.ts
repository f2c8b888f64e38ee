import { stat } from 'node:fs/promises';
import { constants } from 'node:os';
import { runQa } from '../pipeline.js';
import { plainSummary } from '../report/summary.js';
import { newRunId, RunWriter } from '../report/write.js';
import { visibleLine } from '../report/visible-text.js';
import { ReviewFileError, reviewPathFor } from '../review/store.js';
import { version } from '../version.js';
import { type CommandContext, stringOption, UsageError } from './context.js';
import { corpusOrUsage } from './corpus.js';
import { jsonText } from './safe-output.js';
import { givenPairsOption, langsOption } from './langs.js';
import { stageLines } from './progress.js';
import { reviewAfterRun } from './review.js';

/** `--out` must be a folder or not exist yet: found out before the analysis, not after it. */
async function checkOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new UsageError(`--out ${outDir}: ${e.code ?? e.message}`);
  });
  if (info && !info.isDirectory()) throw new UsageError(`--out ${outDir} is not a folder`);
}

export async function run(ctx: CommandContext): Promise<number> {
  const dir = ctx.positionals[0] ?? 'corpus';
  const outDir = stringOption(ctx, 'out') ?? 'reports';
  const langs = langsOption(ctx);
  const given = await givenPairsOption(ctx);
  await checkOutDir(outDir);
  const json = ctx.values.json === true;
  const quiet = json || ctx.values.quiet === true;
  const now = new Date();
  // On a terminal an Ink progress line; off it one line per stage; nothing with --json or --quiet.
  const live = !quiet && ctx.stderrIsTTY ? (await import('../ui/progress.js')).terminalProgress(ctx.color) : undefined;
  const onProgress = quiet ? undefined : (live?.onProgress ?? stageLines(ctx.err));
  const runId = newRunId(now);
  // The report files are written while the pairs are checked, and completed once the run is known whole.
  const writer = new RunWriter(outDir, runId, { tool: { name: 'tandem', version: version() }, createdAt: now.toISOString(), corpus: dir, reviewFile: reviewPathFor(dir), langs });
  // Interrupted, the run leaves no half-written folder behind (its files grow while pairs are checked).
  const interrupted = (signal: NodeJS.Signals) => {
    live?.stop();
    writer.abort();
    // The shell's exit status for a process a signal ended.
    process.exit(128 + constants.signals[signal]);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let report;
  let runDir;
  try {
    report = await corpusOrUsage(() => runQa(dir, { langs, given, runId, now, version: version(), onProgress, onPair: (pair, articles, known) => writer.addPair(pair, articles, known) }));
    onProgress?.({ stage: 'write', done: 0, total: 4 });
    runDir = await writer.finish(report);
    onProgress?.({ stage: 'write', done: 4, total: 4 });
  } catch (e) {
    writer.abort();
    if (e instanceof ReviewFileError) throw new UsageError(e.message);
    throw e;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    live?.stop();
  }
  if (!quiet) {
    for (const r of report.rejected) ctx.err(`tandem qa: skipped ${visibleLine(r.file)}: ${visibleLine(r.reason)}\n`);
    for (const p of report.pairs) {
      if (p.problem) ctx.err(`tandem qa: ${visibleLine(p.src)} <> ${visibleLine(p.tgt)}: ${visibleLine(p.problem)}\n`);
    }
  }

  if (json) {
    ctx.out(`${jsonText(report, 1)}\n`);
    return report.summary.open > 0 ? 1 : 0;
  }
  if (ctx.interactive && ctx.values['no-tui'] !== true) {
    return reviewAfterRun(ctx, report);
  }
  ctx.out(plainSummary(report));
  ctx.out(`\nreport: ${visibleLine(runDir)}/index.html (also report.md, report.json, alignments.tmx)\n`);
  return report.summary.open > 0 ? 1 : 0;
}
