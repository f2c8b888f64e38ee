import { visibleLine } from '../report/visible-text.js';
import type { Detection } from '../types.js';
import type { CommandContext } from './context.js';
import { detectOf, readArticle } from './articles.js';
import { jsonText } from './safe-output.js';
import { langsOption } from './langs.js';

export async function run(ctx: CommandContext): Promise<number> {
  const langs = langsOption(ctx);
  const results: Detection[] = [];
  let failed = 0;
  for (const path of ctx.positionals) {
    try {
      const d = detectOf(await readArticle(path), langs);
      results.push({ ...d, file: path });
    } catch (e) {
      failed++;
      ctx.err(`tandem detect: ${visibleLine((e as Error).message)}\n`);
    }
  }
  if (ctx.values.json) {
    ctx.out(`${jsonText(results.map(({ file, lang, confidence, mixed }) => ({ file, lang, confidence, mixed })), 1)}\n`);
  } else {
    for (const d of results) {
      const mixed = d.mixed ? ` mixed (${(d.otherLangs ?? []).join(', ')})` : '';
      ctx.out(`${visibleLine(d.file)}\t${d.lang}\t${d.confidence.toFixed(2)}${mixed}\n`);
    }
  }
  return failed && !results.length ? 2 : 0;
}
