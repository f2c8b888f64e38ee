import { readFile } from 'node:fs/promises';
import { alignSentences } from '../align/index.js';
import { DEFAULT_LANGS } from '../pipeline.js';
import { renderTmx } from '../report/tmx.js';
import { visibleLine } from '../report/visible-text.js';
import { segmentArticle } from '../segment/index.js';
import type { Bead, Lang } from '../types.js';
import { version } from '../version.js';
import { type CommandContext, requireOption, stringOption, UsageError } from './context.js';
import { detectOf, readArticle } from './articles.js';

const FORMATS = ['json', 'tmx', 'tsv'] as const;

/** One sentence per line, taken as is (a trailing newline does not make an empty last sentence). */
async function readPresplit(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function readSentences(path: string, lang: string | undefined, fallback: Lang): Promise<{ sentences: string[]; lang: Lang }> {
  const article = await readArticle(path);
  const detected = detectOf(article, DEFAULT_LANGS).lang;
  const use = lang ?? (detected === 'und' ? fallback : detected);
  return { sentences: segmentArticle(article, use).map((s) => s.text), lang: use };
}

export async function run(ctx: CommandContext): Promise<number> {
  const srcPath = requireOption(ctx, 'src');
  const tgtPath = requireOption(ctx, 'tgt');
  const format = (stringOption(ctx, 'format') ?? 'json') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  let srcLang = stringOption(ctx, 'src-lang');
  let tgtLang = stringOption(ctx, 'tgt-lang');
  let src: string[];
  let tgt: string[];
  if (ctx.values.presplit) {
    [src, tgt] = await Promise.all([readPresplit(srcPath), readPresplit(tgtPath)]);
  } else {
    const [s, t] = await Promise.all([readSentences(srcPath, srcLang, 'en'), readSentences(tgtPath, tgtLang, 'de')]);
    [src, tgt, srcLang, tgtLang] = [s.sentences, t.sentences, s.lang, t.lang];
  }
  const beads: Bead[] = alignSentences(src, tgt, { srcLang, tgtLang });
  if (format === 'json') {
    ctx.out(`${JSON.stringify(beads.map((b) => ({ src: b.src, tgt: b.tgt })))}\n`);
  } else if (format === 'tsv') {
    // Sentences are untrusted: no tab, newline or control character reaches the table or a terminal.
    const cell = (ids: number[], list: string[]) => ids.map((i) => visibleLine(list[i])).join(' ');
    ctx.out(beads.map((b) => `${cell(b.src, src)}\t${cell(b.tgt, tgt)}\n`).join(''));
  } else {
    const units = beads
      .filter((b) => b.src.length && b.tgt.length)
      .map((b) => ({ src: b.src.map((i) => src[i]).join(' '), tgt: b.tgt.map((i) => tgt[i]).join(' ') }));
    ctx.out(renderTmx(units, srcLang ?? 'und', tgtLang ?? 'und', { creationTool: `tandem ${version()}` }));
  }
  return 0;
}
