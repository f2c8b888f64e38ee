// The `/` filter: which pairs and flags the lists show. Pure.
import type { RunReport } from '../types.js';

type ReportFlag = RunReport['pairs'][number]['flags'][number];

/** Rows the lists show: `pairs` are indices into report.pairs, `flags[p]` indices into report.pairs[p].flags. */
export interface VisibleRows {
  pairs: number[];
  flags: number[][];
}

/** What a filter query is matched against: rule, severity, message, quantities and both sentences. */
export function flagHaystack(flag: ReportFlag): string {
  return [flag.rule, flag.severity, flag.message, flag.expected ?? '', flag.actual ?? '', flag.srcText, flag.tgtText]
    .join('\n')
    .toLowerCase();
}

/** Whitespace-separated terms, all of which must occur (case-insensitive): `error percent` narrows by both. */
function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/u).filter((term) => term !== '');
}

/**
 * Without a query every pair and flag shows. With one, only matching flags, and only pairs that have one.
 * `haystacks[p][f]` is flagHaystack of that flag, computed once per report by the caller (only read with a query).
 */
export function visibleRows(report: RunReport, haystacks: string[][], query: string): VisibleRows {
  const terms = queryTerms(query);
  if (terms.length === 0) {
    return { pairs: report.pairs.map((_pair, p) => p), flags: report.pairs.map((pair) => pair.flags.map((_flag, f) => f)) };
  }
  const flags = report.pairs.map((pair, p) =>
    pair.flags.flatMap((_flag, f) => (terms.every((term) => haystacks[p][f].includes(term)) ? [f] : [])),
  );
  const pairs = report.pairs.flatMap((_pair, p) => (flags[p].length > 0 ? [p] : []));
  return { pairs, flags };
}
