import { diffRuns, hasNewOpenFlags, renderDiffText } from '../report/diff.js';
import { readRun } from '../report/write.js';
import type { RunReport } from '../types.js';
import { type CommandContext, UsageError } from './context.js';
import { jsonText } from './safe-output.js';

async function load(where: string): Promise<RunReport> {
  try {
    return await readRun(where);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export async function run(ctx: CommandContext): Promise<number> {
  const [oldRun, newRun] = await Promise.all(ctx.positionals.map(load));
  const diff = diffRuns(oldRun, newRun);
  ctx.out(ctx.values.json ? `${jsonText(diff, 1)}\n` : renderDiffText(diff));
  return hasNewOpenFlags(diff) ? 1 : 0;
}
