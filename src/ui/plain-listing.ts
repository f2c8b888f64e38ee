// `review` off a terminal: the flags as plain text. Article text is sanitised like in the UI.
import { visibleLine } from '../report/visible-text.js';
import type { FlagState, RunReport } from '../types.js';
import { pairLabel, quantityChange } from './labels.js';
import { STATE_MARK } from './palette.js';

/** Sentences longer than this are cut in the listing: it is an index into the report, not the report. */
const MAX_SENTENCE = 400;

function sentence(text: string): string {
  const line = visibleLine(text).replace(/ {2,}/g, ' ').trim();
  return line.length > MAX_SENTENCE ? line.slice(0, MAX_SENTENCE - 1) + '…' : line;
}

/** Every flag of the run, grouped by pair, with its state mark, rule, change, message and sentences. */
export function printFlagsPlain(report: RunReport): string {
  const counts: Record<FlagState, number> = { open: 0, confirmed: 0, dismissed: 0 };
  let total = 0;
  const blocks: string[] = [];
  for (const pair of report.pairs) {
    if (pair.flags.length === 0) continue;
    const lines = [`${pairLabel(report, pair)}  (score ${pair.score.toFixed(2)}, ${pair.flags.length} flags)`];
    for (const flag of pair.flags) {
      counts[flag.state] += 1;
      total += 1;
      const change = quantityChange(flag);
      lines.push(
        `  ${STATE_MARK[flag.state]} ${flag.state.padEnd(9)} ${flag.severity.padEnd(7)} ${visibleLine(flag.rule)}` +
          `${change ? `  ${change}` : ''}  ${visibleLine(flag.message)}  [${flag.fingerprint}]`,
      );
      lines.push(`      ${pair.srcLang.toUpperCase()}: ${flag.srcText ? sentence(flag.srcText) : '∅ (no sentence)'}`);
      lines.push(`      ${pair.tgtLang.toUpperCase()}: ${flag.tgtText ? sentence(flag.tgtText) : '∅ (no sentence)'}`);
      if (flag.note) lines.push(`      note: ${visibleLine(flag.note)}`);
    }
    blocks.push(lines.join('\n'));
  }
  const head =
    `tandem review: ${report.pairs.length} pairs, ${total} flags: ` +
    `${counts.open} open, ${counts.confirmed} confirmed, ${counts.dismissed} dismissed`;
  return [head, ...blocks].join('\n\n') + '\n';
}
