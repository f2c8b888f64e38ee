// report.md: the report for a pull request or an email. Every piece of article text is escaped.

import type { Change } from 'diff';
import type { Bead, PairResult, RunReport } from '../types.js';
import { escapeMarkdown as md } from './escape.js';
import { SEVERITIES, beadKind, beadText, bySeverityThenBead, countBy, excerpt, expectedVsActual, stateCounts } from './flags.js';
import { numberDiff } from './number-diff.js';
import { type QuantityFinder, defaultMarks } from './quantity-marks.js';
import { type Rows, rowPieces } from './rows.js';

export interface MarkdownOptions {
  quantities?: QuantityFinder;
}

/** Sentence excerpt length in flag lists: long enough for context, short enough for an email. */
const EXCERPT = 240;

export function renderMarkdown(report: RunReport, opts: MarkdownOptions = {}): string {
  return [...markdownChunks(report, opts)].join('');
}

/** report.md in pieces (the summary's tables a batch of rows at a time, then one piece per pair). */
export function* markdownChunks(report: RunReport, opts: MarkdownOptions = {}): Generator<string> {
  const find = opts.quantities ?? defaultMarks;
  yield* markdownHead(report);
  for (let i = 0; i < report.pairs.length; i++) yield markdownPair(report.pairs[i], i, find);
}

/** report.md up to the first pair: the summary, which needs every pair. */
export function* markdownHead(report: RunReport): Generator<string> {
  const flags = report.pairs.flatMap((p) => p.flags);
  const states = stateCounts(flags);
  yield lines([
    '# tandem report',
    '',
    `Run ${md(report.runId)}, created ${md(report.createdAt)} by ${md(report.tool.name)} ${md(report.tool.version)}. ` +
      `Corpus: ${md(report.corpus)}. Review file: ${md(report.reviewFile || 'none')}.`,
    '',
    '## Summary',
    '',
    '| | |',
    '|---|---|',
    `| Articles | ${report.articles.length} (${langList(report)}) |`,
    `| Pairs | ${report.pairs.length} |`,
    `| Unpaired | ${report.unpaired.length} |`,
    `| Rejected | ${report.rejected.length} |`,
    `| Flags | ${flags.length}: ${states.open} open, ${states.confirmed} confirmed, ${states.dismissed} dismissed |`,
    '',
  ]);
  yield* table(
    ['Severity', 'Flags', 'Open'],
    SEVERITIES.map((s) => {
      const of = flags.filter((f) => f.severity === s);
      return [s, String(of.length), String(of.filter((f) => f.state === 'open').length)];
    }),
  );
  yield* table(
    ['Rule', 'Flags', 'Open'],
    [...countBy(flags.map((f) => f.rule))].map(([rule, n]) => [md(rule), String(n), String(flags.filter((f) => f.rule === rule && f.state === 'open').length)]),
  );
  yield lines(['### Articles', '']);
  yield* table(
    ['File', 'Language', 'Confidence', 'Sentences', 'Characters', 'Dropped lines', 'Notes'],
    report.articles.map((a) => () => [
      md(a.file),
      md(a.lang) + (a.mixed ? ' (mixed)' : ''),
      a.confidence.toFixed(2),
      String(a.sentences),
      String(a.characters),
      String(a.dropped.length),
      md(a.notes.join('; ')),
    ]),
  );
  yield lines(['### Pairs', '']);
  yield* table(
    ['Source', 'Target', 'Score', 'Origin', 'Flags'],
    report.pairs.map((p) => () => [md(p.src), md(p.tgt), p.score.toFixed(2), p.origin, String(p.flags.length)]),
  );
  if (report.unpaired.length > 0) {
    yield lines(['### Unpaired articles', '']);
    yield* table(['File', 'Language', 'Reason'], report.unpaired.map((u) => () => [md(u.file), md(u.lang), md(u.reason)]));
  }
  if (report.rejected.length > 0) {
    yield lines(['### Rejected inputs', '']);
    yield* table(['File', 'Reason'], report.rejected.map((r) => () => [md(r.file), md(r.reason)]));
  }
}

/** One pair's section of report.md; `index` counts from 0. */
export function markdownPair(pair: PairResult, index: number, find: QuantityFinder = defaultMarks): string {
  return lines(pairSection(pair, index, find));
}

/** Lines, each ending in a newline: the pieces of the file join with nothing between them. */
function lines(items: readonly string[]): string {
  let out = '';
  for (const line of items) out += line + '\n';
  return out;
}

function langList(report: RunReport): string {
  return [...countBy(report.articles.map((a) => a.lang))].map(([lang, n]) => `${md(lang)} ${n}`).join(', ') || 'none';
}

/** A GitHub-flavoured table and a blank line, or nothing when there are no rows; cells must already be escaped. */
function* table(head: string[], rows: Rows): Generator<string> {
  if (rows.length === 0) return;
  yield lines([`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`]);
  yield* rowPieces(rows, (cells) => `| ${cells.join(' | ')} |\n`);
  yield '\n';
}

function pairSection(pair: PairResult, index: number, find: QuantityFinder): string[] {
  const out = [
    `## Pair ${index + 1}: ${md(pair.src)} (${md(pair.srcLang)}) and ${md(pair.tgt)} (${md(pair.tgtLang)})`,
    '',
    `Score ${pair.score.toFixed(2)} (${pair.origin}); shared numbers: ${md(pair.evidence.sharedNumbers.join(', ') || 'none')}; ` +
      `shared names: ${md(pair.evidence.sharedNames.join(', ') || 'none')}; length ratio ${pair.evidence.lengthRatio.toFixed(2)}.`,
    '',
    ...(pair.problem ? [`**Not checked:** ${md(pair.problem)}`, ''] : []),
  ];
  out.push(`### Flags (${pair.flags.length})`, '');
  if (pair.flags.length === 0) out.push('None.', '');
  for (const f of bySeverityThenBead(pair.flags)) {
    const ea = expectedVsActual(f) && `: ${md(expectedVsActual(f))}`;
    out.push(
      `- **${f.severity}** ${md(f.rule)} (${f.state}${f.note ? `: ${md(f.note)}` : ''}), sentence pair ${f.bead + 1}: ${md(f.message)}${ea}`,
      `  - ${md(pair.srcLang)}: ${md(excerpt(f.srcText, f.src, EXCERPT)) || '(none)'}`,
      `  - ${md(pair.tgtLang)}: ${md(excerpt(f.tgtText, f.tgt, EXCERPT)) || '(none)'}`,
    );
    const changes = numberDiff(f, pair.srcLang, pair.tgtLang, find);
    if (changes.some((c) => c.added || c.removed)) out.push(`  - numbers: ${diffMarkdown(changes)}`);
  }
  out.push('');
  // One pass over the beads for both lists: every bead of every pair goes through it.
  const omissions: Bead[] = [];
  const additions: Bead[] = [];
  for (let i = 0; i < pair.beads.length; i++) {
    const kind = beadKind(pair, i);
    if (kind === 'omission') omissions.push(pair.beads[i]);
    else if (kind === 'addition') additions.push(pair.beads[i]);
  }
  if (omissions.length > 0) {
    out.push(`### Omissions: ${md(pair.srcLang)} sentences with no translation (${omissions.length})`, '');
    for (const b of omissions) out.push(`- ${md(excerpt(beadText(pair.srcSentences, b.src), undefined, EXCERPT))}`);
    out.push('');
  }
  if (additions.length > 0) {
    out.push(`### Additions: ${md(pair.tgtLang)} sentences with no source (${additions.length})`, '');
    for (const b of additions) out.push(`- ${md(excerpt(beadText(pair.tgtSentences, b.tgt), undefined, EXCERPT))}`);
    out.push('');
  }
  return out;
}

/** Removed tokens struck through, added ones in bold; tokens are escaped. */
function diffMarkdown(changes: Change[]): string {
  return changes
    .map((c) => {
      const v = md(c.value.trim());
      if (!v) return '';
      return c.removed ? `~~${v}~~` : c.added ? `**${v}**` : v;
    })
    .filter(Boolean)
    .join(' ');
}
