// The plain-text summary `qa` prints when stdout is not a terminal UI: one screen, every line sanitised.

import type { PairResult, RunReport } from '../types.js';
import { SEVERITIES, bySeverityThenBead, countBy, excerpt, expectedVsActual, stateCounts } from './flags.js';
import { visibleLine } from './visible-text.js';

/** Sentence excerpt length: one terminal line with its indent. */
const EXCERPT = 100;

export function plainSummary(report: RunReport): string {
  const lines: string[] = [];
  const langs = countBy(report.articles.map((a) => a.lang));
  lines.push(
    `tandem ${visibleLine(report.tool.version)}: run ${visibleLine(report.runId)}, corpus ${visibleLine(report.corpus)}`,
    `Articles: ${report.articles.length} (${[...langs].map(([lang, n]) => `${visibleLine(lang)} ${n}`).join(', ') || 'none'})`,
  );
  if (report.rejected.length > 0) {
    lines.push(`Rejected: ${report.rejected.length}`);
    for (const r of report.rejected) lines.push(`  ${visibleLine(r.file)}: ${visibleLine(r.reason)}`);
  }
  lines.push(`Pairs: ${report.pairs.length}`);
  for (const p of report.pairs) {
    const open = p.flags.filter((f) => f.state === 'open').length;
    lines.push(
      `  ${visibleLine(p.src)} (${visibleLine(p.srcLang)}) <> ${visibleLine(p.tgt)} (${visibleLine(p.tgtLang)}): ` +
        `score ${p.score.toFixed(2)}, ${p.flags.length} flag${p.flags.length === 1 ? '' : 's'} (${open} open)`,
    );
  }
  lines.push(`Unpaired: ${report.unpaired.length}`);
  for (const u of report.unpaired) lines.push(`  ${visibleLine(u.file)} (${visibleLine(u.lang)}): ${visibleLine(u.reason)}`);
  for (const p of report.pairs) {
    if (p.flags.length === 0) continue;
    lines.push('', `Flags in ${visibleLine(p.src)} <> ${visibleLine(p.tgt)}:`);
    for (const f of bySeverityThenBead(p.flags)) lines.push(...flagLines(f));
  }
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
