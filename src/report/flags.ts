// A run's flags flattened with their pair, and the small views every renderer shares.

import type { Flag, FlagState, PairFlag, PairResult, RunReport, Sentence, Severity, Span } from '../types.js';

/** A flag as reported: the PairFlag, its review state, and the pair (source, target file) it belongs to. */
export type ReportedFlag = PairFlag & { state: FlagState; note?: string; pair: { src: string; tgt: string } };

/** Most serious first: the order flags are listed in everywhere. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function reportedFlags(report: RunReport): ReportedFlag[] {
  return report.pairs.flatMap((pair) => pair.flags.map((flag) => ({ ...flag, pair: { src: pair.src, tgt: pair.tgt } })));
}

/** Flags most serious first, then in text order: stable so that reports of equal runs are equal. */
export function bySeverityThenBead<T extends PairFlag>(flags: readonly T[]): T[] {
  return [...flags].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.bead - b.bead || a.rule.localeCompare(b.rule),
  );
}

/** Sentences of one side of a bead; indices that do not exist are skipped rather than trusted. */
export function beadSentences(sentences: readonly Sentence[], indices: readonly number[]): Sentence[] {
  return indices.map((i) => sentences[i]).filter((s): s is Sentence => s !== undefined);
}

/** One side of a bead as one string: sentences joined by a space, the way a flag's srcText/tgtText is built. */
export function beadText(sentences: readonly Sentence[], indices: readonly number[]): string {
  // Most beads are one sentence: no arrays made for them (the TMX alone asks for every bead's text).
  if (indices.length === 1) return sentences[indices[0]]?.text ?? '';
  return beadSentences(sentences, indices)
    .map((s) => s.text)
    .join(' ');
}

/** 1-0 and 0-1 beads: a source sentence left untranslated, or a target sentence with no source. */
export function beadKind(pair: PairResult, bead: number): 'match' | 'omission' | 'addition' | 'empty' {
  const b = pair.beads[bead];
  if (!b || (b.src.length === 0 && b.tgt.length === 0)) return 'empty';
  if (b.tgt.length === 0) return 'omission';
  if (b.src.length === 0) return 'addition';
  return 'match';
}

/** "expected 2026, actual XNUMX", or '' when the rule gives neither; raw text, callers escape it. */
export function expectedVsActual(f: Flag): string {
  if (f.expected === undefined && f.actual === undefined) return '';
  return `expected ${f.expected ?? '-'}, actual ${f.actual ?? '-'}`;
}

/** Ellipses on both sides of a window. */
const ELLIPSIS = '…';

/** A window of at most `max` characters of `text`, centred on `span` when given. */
export function excerpt(text: string, span: Span | undefined, max = 160): string {
  if (text.length <= max) return text;
  const centre = span ? Math.floor((clamp(span.start, text) + clamp(span.end, text)) / 2) : 0;
  const start = Math.max(0, Math.min(text.length - max, centre - Math.floor(max / 2)));
  const end = start + max;
  return (start > 0 ? ELLIPSIS : '') + text.slice(start, end) + (end < text.length ? ELLIPSIS : '');
}

function clamp(offset: number, text: string): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(text.length, offset)) : 0;
}

/** The flagged substring of a text, when the span is usable. */
export function spanText(text: string, span: Span | undefined): string | undefined {
  if (!span || !(span.start < span.end) || span.start < 0 || span.end > text.length) return undefined;
  return text.slice(span.start, span.end);
}

/** How many of some flags are open, confirmed and dismissed. */
export function stateCounts(flags: readonly { state: FlagState }[]): Record<FlagState, number> {
  const counts: Record<FlagState, number> = { open: 0, confirmed: 0, dismissed: 0 };
  for (const f of flags) counts[f.state] = (counts[f.state] ?? 0) + 1;
  return counts;
}

export function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
