// What the flag detail screen shows, as data: highlighted excerpts, neighbouring beads, the number diff. Pure.
import type { Change } from 'diff';
import { numberDiff } from '../report/number-diff.js';
import { digitMarks, quantityMarks, type QuantityFinder } from '../report/quantity-marks.js';
import { extractQuantities } from '../numbers/index.js';
import { visible, visibleLine } from '../report/visible-text.js';
import type { PairResult, Span } from '../types.js';

type ReportFlag = PairResult['flags'][number];

/** Characters of a sentence shown around the flagged span: a 1 MB "sentence" must not slow a frame. */
const EXCERPT_CHARS = 1200;
/** Characters of a neighbouring bead: context, so two lines' worth is plenty. */
const NEIGHBOUR_CHARS = 300;

/** `flag`: the span the rule pointed at; `quantity`: another number in the sentence; `plain`: the rest. */
export interface Segment {
  text: string;
  kind: 'plain' | 'quantity' | 'flag';
}

function validSpan(span: Span | undefined, length: number): span is Span {
  return span !== undefined && span.start >= 0 && span.end <= length && span.start < span.end;
}

/** Cuts `text` to at most `limit` characters around `focus`, marking the cuts with `…`. */
function window(text: string, focus: number, limit: number): { start: number; end: number } {
  if (text.length <= limit) return { start: 0, end: text.length };
  const start = Math.max(0, Math.min(focus - Math.floor(limit / 3), text.length - limit));
  return { start, end: start + limit };
}

/**
 * The sentence as segments with the flag span and the quantities marked, cut around the flag span.
 * Each segment's text is sanitised (control characters become visible placeholders).
 */
export function highlightSegments(text: string, flagSpan: Span | undefined, quantities: Span[], limit = EXCERPT_CHARS): Segment[] {
  const spanOk = validSpan(flagSpan, text.length);
  const cut = window(text, spanOk ? flagSpan.start : 0, limit);
  const marks = [
    ...(spanOk ? [{ ...flagSpan, kind: 'flag' as const }] : []),
    ...quantities
      .filter((q) => validSpan(q, text.length) && !(spanOk && q.start < flagSpan.end && q.end > flagSpan.start))
      .map((q) => ({ ...q, kind: 'quantity' as const })),
  ]
    .map((m) => ({ ...m, start: Math.max(m.start, cut.start), end: Math.min(m.end, cut.end) }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  const push = (from: number, to: number, kind: Segment['kind']): void => {
    if (to > from) segments.push({ text: visible(text.slice(from, to)), kind });
  };
  if (cut.start > 0) segments.push({ text: '…', kind: 'plain' });
  let at = cut.start;
  for (const mark of marks) {
    if (mark.start < at) continue;
    push(at, mark.start, 'plain');
    push(mark.start, mark.end, mark.kind);
    at = mark.end;
  }
  push(at, cut.end, 'plain');
  if (cut.end < text.length) segments.push({ text: '…', kind: 'plain' });
  return segments;
}

const stageMarks = quantityMarks(extractQuantities);

/** The numbers stage's quantities (value tokens, so "2,3 Milliarden" equals "2.3 billion"); digit runs if it fails. */
const findQuantities: QuantityFinder = (text, lang) => {
  try {
    return stageMarks(text, lang);
  } catch {
    // A bug in number extraction must not take the review screen down with it.
    return digitMarks(text, lang);
  }
};

/** Quantity spans in a text, for highlighting. */
export function quantitySpans(text: string, lang: string): Span[] {
  return findQuantities(text.slice(0, EXCERPT_CHARS * 4), lang).map((mark) => mark.span);
}

export interface BeadSides {
  src: string | undefined;
  tgt: string | undefined;
}

/** One-line texts of a neighbouring bead; `undefined` on a side with no sentence (an omission or addition). */
export function neighbourBead(pair: PairResult, index: number): BeadSides | undefined {
  const bead = pair.beads[index];
  if (!bead) return undefined;
  const side = (ids: number[], sentences: PairResult['srcSentences']): string | undefined => {
    if (ids.length === 0) return undefined;
    const text = ids.map((i) => sentences[i]?.text ?? '').join(' ');
    return visibleLine(text.length > NEIGHBOUR_CHARS ? text.slice(0, NEIGHBOUR_CHARS - 1) + '…' : text);
  };
  return { src: side(bead.src, pair.srcSentences), tgt: side(bead.tgt, pair.tgtSentences) };
}

/** Word-level diff of the number tokens of the flag's source and target sentences (empty when neither has one). */
export function flagNumberDiff(flag: ReportFlag, pair: PairResult): Change[] {
  const clipped = { ...flag, srcText: flag.srcText.slice(0, EXCERPT_CHARS * 4), tgtText: flag.tgtText.slice(0, EXCERPT_CHARS * 4) };
  return numberDiff(clipped, pair.srcLang, pair.tgtLang, findQuantities).map((change) => ({
    ...change,
    value: visibleLine(change.value),
  }));
}
