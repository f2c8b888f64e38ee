import { runQa } from '../pipeline.js';
import { plainSummary } from '../report/summary.js';
import { newRunId, writeRun } from '../report/write.js';
import { visibleLine } from '../report/visible-text.js';
import { version } from '../version.js';
import { type CommandContext, stringOption } from './context.js';
import { corpusOrUsage } from './corpus.js';
import { givenPairsOption, langsOption } from './langs.js';
import { stageLines } from './progress.js';
import { reviewAfterRun } from './review.js';

export async function run(ctx: CommandContext): Promise<number> {
  const dir = ctx.positionals[0] ?? 'corpus';
  const outDir = stringOption(ctx, 'out') ?? 'reports';
  const langs = langsOption(ctx);
  const given = await givenPairsOption(ctx);
  const json = ctx.values.json === true;
  const quiet = json || ctx.values.quiet === true;
  const now = new Date();
  // On a terminal an Ink progress line; off it one line per stage; nothing with --json or --quiet.
  const live = !quiet && ctx.stderrIsTTY ? (await import('../ui/progress.js')).terminalProgress(ctx.color) : undefined;
  const onProgress = quiet ? undefined : (live?.onProgress ?? stageLines(ctx.err));
  let report;
  try {
    report = await corpusOrUsage(() => runQa(dir, { langs, given, runId: newRunId(now), now, version: version(), onProgress }));
  } finally {
    live?.stop();
  }
  const runDir = await writeRun(outDir, report);
  for (const r of report.rejected) if (!quiet) ctx.err(`tandem qa: skipped ${visibleLine(r.file)}: ${r.reason}\n`);

  if (json) {
    ctx.out(`${JSON.stringify(report, null, 1)}\n`);
    return report.summary.open > 0 ? 1 : 0;
  }
  if (ctx.interactive && ctx.values['no-tui'] !== true) {
    return reviewAfterRun(ctx, report);
  }
  ctx.out(plainSummary(report));
  ctx.out(`\nreport: ${visibleLine(runDir)}/index.html (also report.md, report.json, alignments.tmx)\n`);
  return report.summary.open > 0 ? 1 : 0;
}
