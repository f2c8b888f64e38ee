// The plain-text summary `qa` prints when stdout is not a terminal UI: one screen, every line sanitised.

import type { PairResult, RunReport } from '../types.js';
import { SEVERITIES, bySeverityThenBead, countBy, excerpt, expectedVsActual, stateCounts } from './flags.js';
import { visibleLine } from './visible-text.js';

/** Sentence excerpt length: one terminal line with its indent. */
const EXCERPT = 100;
/** Rows per list and open flags listed: a summary of 10,000 pairs must still fit a CI log; the report has everything. */
const MAX_ROWS = 40;
const MAX_FLAGS = 60;

/** The first `max` lines, then one line saying how many more the report holds. */
function capped<T>(items: T[], max: number, line: (item: T) => string): string[] {
  const out = items.slice(0, max).map(line);
  if (items.length > max) out.push(`  … and ${items.length - max} more (see report.md)`);
  return out;
}

export function plainSummary(report: RunReport): string {
  const lines: string[] = [];
  const langs = countBy(report.articles.map((a) => a.lang));
  lines.push(
    `tandem ${visibleLine(report.tool.version)}: run ${visibleLine(report.runId)}, corpus ${visibleLine(report.corpus)}`,
    `Articles: ${report.articles.length} (${[...langs].map(([lang, n]) => `${visibleLine(lang)} ${n}`).join(', ') || 'none'})`,
  );
  if (report.rejected.length > 0) {
    lines.push(`Rejected: ${report.rejected.length}`);
    lines.push(...capped(report.rejected, MAX_ROWS, (r) => `  ${visibleLine(r.file)}: ${visibleLine(r.reason)}`));
  }
  lines.push(`Pairs: ${report.pairs.length}`);
  const openOf = (p: PairResult) => p.flags.filter((f) => f.state === 'open').length;
  // Pairs with the most open flags first when the list is cut.
  const pairs = report.pairs.length > MAX_ROWS ? [...report.pairs].sort((a, b) => openOf(b) - openOf(a)) : report.pairs;
  lines.push(
    ...capped(
      pairs,
      MAX_ROWS,
      (p) =>
        `  ${visibleLine(p.src)} (${visibleLine(p.srcLang)}) <> ${visibleLine(p.tgt)} (${visibleLine(p.tgtLang)}): ` +
        `score ${p.score.toFixed(2)}, ${p.flags.length} flag${p.flags.length === 1 ? '' : 's'} (${openOf(p)} open)` +
        (p.problem ? `; NOT CHECKED: ${visibleLine(p.problem)}` : ''),
    ),
  );
  lines.push(`Unpaired: ${report.unpaired.length}`);
  lines.push(...capped(report.unpaired, MAX_ROWS, (u) => `  ${visibleLine(u.file)} (${visibleLine(u.lang)}): ${visibleLine(u.reason)}`));
  let listed = 0;
  let left = 0;
  for (const p of report.pairs) {
    const open = bySeverityThenBead(p.flags).filter((f) => f.state === 'open');
    if (open.length === 0) continue;
    if (listed >= MAX_FLAGS) {
      left += open.length;
      continue;
    }
    lines.push('', `Open flags in ${visibleLine(p.src)} <> ${visibleLine(p.tgt)}:`);
    for (const f of open.slice(0, MAX_FLAGS - listed)) lines.push(...flagLines(f));
    left += Math.max(0, open.length - (MAX_FLAGS - listed));
    listed += Math.min(open.length, MAX_FLAGS - listed);
  }
  if (left > 0) lines.push('', `… and ${left} more open flags (see report.md or tandem review)`);
  lines.push('', totals(report));
  return lines.join('\n') + '\n';
}

function flagLines(f: PairResult['flags'][number]): string[] {
  const ea = expectedVsActual(f);
  const lines = [`  ${f.severity.padEnd(7)} ${visibleLine(f.rule)} [${f.state}] ${visibleLine(f.message)}${ea ? `: ${visibleLine(ea)}` : ''}`];
  if (f.srcText) lines.push(`          src: ${visibleLine(excerpt(f.srcText, f.src, EXCERPT))}`);
  if (f.tgtText) lines.push(`          tgt: ${visibleLine(excerpt(f.tgtText, f.tgt, EXCERPT))}`);
  return lines;
}

/** "9 flags: 5 error, 3 warning, 1 info; 9 open, 0 confirmed, 0 dismissed", counted from the pairs. */
function totals(report: RunReport): string {
  const flags = report.pairs.flatMap((p) => p.flags);
  const severities = countBy(flags.map((f) => f.severity));
  const states = stateCounts(flags);
  return (
    `Total: ${flags.length} flag${flags.length === 1 ? '' : 's'}: ` +
    SEVERITIES.map((s) => `${severities.get(s) ?? 0} ${s}`).join(', ') +
    `; ${states.open} open, ${states.confirmed} confirmed, ${states.dismissed} dismissed`
  );
}
