import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkSegments } from '../check/index.js';
import type { Flag } from '../types.js';
import { type CommandContext, requireOption, UsageError } from './context.js';
import { jsonText } from './safe-output.js';
import { langsOption } from './langs.js';

/** Severities that say the meaning may have changed; `info` is format only. */
const FLAGGING = new Set(['error', 'warning']);

export async function run(ctx: CommandContext): Promise<number> {
  const file = requireOption(ctx, 'jsonl');
  const [srcLang, tgtLang] = langsOption(ctx);
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') resolve();
    input.once('open', () => resolve());
    input.once('error', (e: Error) => reject(new UsageError(`--jsonl: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
  });
  await opened;
  let anyFlagged = false;
  let lineNo = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; [k: string]: unknown };
    try {
      rec = JSON.parse(line);
    } catch {
      ctx.err(`tandem check: ${file}:${lineNo}: not JSON, skipped\n`);
      continue;
    }
    const src = rec[srcLang];
    const tgt = rec[tgtLang];
    if (typeof src !== 'string' || typeof tgt !== 'string') {
      ctx.err(`tandem check: ${file}:${lineNo}: needs string fields "${srcLang}" and "${tgtLang}", skipped\n`);
      continue;
    }
    const flags: Flag[] = checkSegments(src, tgt, { srcLang, tgtLang });
    const flagged = flags.some((f) => FLAGGING.has(f.severity));
    anyFlagged ||= flagged;
    out.push(jsonText({ id: rec.id ?? lineNo, flagged, flags }));
    if (out.length >= 1000) ctx.out(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length) ctx.out(`${out.join('\n')}\n`);
  return anyFlagged ? 1 : 0;
}
