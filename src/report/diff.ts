// What changed between two runs, flag by flag: the basis of `tandem diff` and CI gates.

import type { RunReport } from '../types.js';
import { type ReportedFlag, bySeverityThenBead, excerpt, expectedVsActual, reportedFlags } from './flags.js';
import { visibleLine } from './visible-text.js';

export type { ReportedFlag } from './flags.js';

export interface RunDiff {
  new: ReportedFlag[];
  resolved: ReportedFlag[];
  unchanged: ReportedFlag[];
}

/**
 * Matches flags by fingerprint, as a multiset: a sentence repeated in an article gives the same
 * fingerprint twice, and removing one copy resolves one flag. Unchanged flags carry the new run's
 * state and pair, so a verdict given between the runs shows.
 */
export function diffRuns(old: RunReport, next: RunReport): RunDiff {
  const waiting = new Map<string, ReportedFlag[]>();
  for (const flag of reportedFlags(old)) {
    const list = waiting.get(flag.fingerprint);
    if (list) list.push(flag);
    else waiting.set(flag.fingerprint, [flag]);
  }
  const added: ReportedFlag[] = [];
  const unchanged: ReportedFlag[] = [];
  for (const flag of reportedFlags(next)) {
    const match = waiting.get(flag.fingerprint)?.shift();
    (match ? unchanged : added).push(flag);
  }
  const resolved = [...waiting.values()].flat();
  return { new: sorted(added), resolved: sorted(resolved), unchanged: sorted(unchanged) };
}

/** Whether a CI gate should fail: new flags nobody has dismissed or confirmed yet. */
export function hasNewOpenFlags(diff: RunDiff): boolean {
  return diff.new.some((f) => f.state === 'open');
}

/** Grouped by pair, most serious first within a pair. */
function sorted(flags: ReportedFlag[]): ReportedFlag[] {
  return bySeverityThenBead(flags).sort((a, b) => a.pair.src.localeCompare(b.pair.src) || a.pair.tgt.localeCompare(b.pair.tgt));
}

/** Sentence excerpt length in terminal lines. */
const EXCERPT = 100;

/** Terminal text: counts, then each new and resolved flag with its sentences (unchanged ones only counted). */
export function renderDiffText(diff: RunDiff): string {
  const lines = [
    `${diff.new.length} new, ${diff.resolved.length} resolved, ${diff.unchanged.length} unchanged`,
    ...section('New', '+', diff.new),
    ...section('Resolved', '-', diff.resolved),
  ];
  return lines.join('\n') + '\n';
}

function section(title: string, mark: string, flags: readonly ReportedFlag[]): string[] {
  if (flags.length === 0) return [];
  return [
    '',
    `${title}:`,
    ...flags.flatMap((f) => {
      const ea = expectedVsActual(f);
      return [
        `${mark} ${f.severity} ${visibleLine(f.rule)} [${f.state}] ${visibleLine(f.pair.src)} <> ${visibleLine(f.pair.tgt)}: ` +
          visibleLine(f.message) +
          (ea ? ` (${visibleLine(ea)})` : ''),
        ...[excerpt(f.srcText, f.src, EXCERPT), excerpt(f.tgtText, f.tgt, EXCERPT)].filter(Boolean).map((t) => `    ${visibleLine(t)}`),
      ];
    }),
  ];
}
