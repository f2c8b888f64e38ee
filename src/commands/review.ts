import { readRun } from '../report/write.js';
import { applyVerdicts } from '../review/state.js';
import { loadReview, ReviewFileError } from '../review/store.js';
import type { RunReport } from '../types.js';
import { type CommandContext, UsageError } from './context.js';

function withVerdicts(report: RunReport): RunReport {
  try {
    return applyVerdicts(report, loadReview(report.reviewFile));
  } catch (e) {
    if (e instanceof ReviewFileError) throw new UsageError(e.message);
    throw e;
  }
}

/** Opens the review UI on a report; the exit code counts the flags still open when the reviewer quits. */
export async function reviewAfterRun(ctx: CommandContext, report: RunReport): Promise<number> {
  const { runReviewUi } = await import('../ui/index.js');
  await runReviewUi(report, report.reviewFile, { color: ctx.color });
  return withVerdicts(report).summary.open > 0 ? 1 : 0;
}

export async function run(ctx: CommandContext): Promise<number> {
  const where = ctx.positionals[0] ?? 'reports/latest';
  let report: RunReport;
  try {
    report = withVerdicts(await readRun(where));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
  if (ctx.interactive) return reviewAfterRun(ctx, report);
  const { printFlagsPlain } = await import('../ui/index.js');
  ctx.out(printFlagsPlain(report));
  return report.summary.open > 0 ? 1 : 0;
}
