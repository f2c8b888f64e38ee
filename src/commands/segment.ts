import { readFile } from 'node:fs/promises';
import { splitSentences } from '../segment/index.js';
import { type CommandContext, requireOption, UsageError } from './context.js';
import { jsonText } from './safe-output.js';

export async function run(ctx: CommandContext): Promise<number> {
  const lang = requireOption(ctx, 'lang').toLowerCase();
  const batch = requireOption(ctx, 'batch');
  let items: unknown;
  try {
    items = JSON.parse(await readFile(batch, 'utf8'));
  } catch (e) {
    throw new UsageError(`--batch: ${batch} is not readable JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(items)) throw new UsageError(`--batch: ${batch} must hold a JSON array`);
  const texts = items.map((item, i) => {
    if (typeof item === 'string') return item;
    if (item && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') {
      return (item as { text: string }).text;
    }
    throw new UsageError(`--batch: item ${i} is neither a string nor an object with "text"`);
  });
  ctx.out(`${jsonText(texts.map((t) => splitSentences(t, lang)), 1)}\n`);
  return 0;
}
