import { readCorpus } from '../ingest/read.js';
import { ingestFiles, pairStage } from '../pipeline.js';
import { visibleLine } from '../report/visible-text.js';
import { corpusOrUsage } from './corpus.js';
import type { CommandContext } from './context.js';
import { jsonText } from './safe-output.js';
import { givenPairsOption, langsOption } from './langs.js';

export async function run(ctx: CommandContext): Promise<number> {
  const langs = langsOption(ctx);
  const given = await givenPairsOption(ctx);
  const dir = ctx.positionals[0];
  const { files, rejected } = await corpusOrUsage(() => readCorpus(dir));
  const ingested = ingestFiles(files, langs);
  const { pairs, unpaired } = pairStage(ingested.articles, ingested.detections, langs, given);
  const skipped = [...rejected, ...ingested.rejected];
  for (const r of skipped) ctx.err(`tandem pair: ${visibleLine(r.file)}: ${visibleLine(r.reason)}\n`);
  if (ctx.values.json) {
    const out = {
      pairs: pairs.map((p) => ({ [p.srcLang]: p.src, [p.tgtLang]: p.tgt, score: p.score })),
      unpaired: unpaired.map(({ file, lang, reason }) => ({ file, lang, reason })),
    };
    ctx.out(`${jsonText(out, 1)}\n`);
  } else {
    for (const p of pairs) ctx.out(`${visibleLine(p.src)}\t${visibleLine(p.tgt)}\t${p.score.toFixed(3)}\t${p.origin}\n`);
    for (const u of unpaired) ctx.out(`${visibleLine(u.file)}\t(${u.lang}) unpaired: ${visibleLine(u.reason)}\n`);
  }
  return 0;
}
