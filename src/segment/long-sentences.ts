// A "sentence" far longer than prose (a table flattened to one line, a run of figures, a text without
// punctuation) is cut into pieces, so that what later stages do per sentence stays bounded.
import type { Span } from '../types.js';
import { isSpace } from './chars.js';

/** Three times the longest sentence of the seed articles (690 characters); anything longer is not one sentence. */
export const MAX_SENTENCE_CHARS = 2000;
/** A cut looks back this far for white space, so that words and figures stay whole. */
const CUT_LOOKBACK = 200;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Where to end a piece that starts at `start`: at white space near the limit, else at the limit. */
function cutAt(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  for (let k = limit; k > limit - CUT_LOOKBACK; k--) if (isSpace(text.charCodeAt(k))) return k;
  // No white space: never split a surrogate pair.
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}

/** Appends `span` to `out`, in trimmed pieces of at most MAX_SENTENCE_CHARS. */
export function pushCut(text: string, span: Span, out: Span[]): void {
  if (span.end - span.start <= MAX_SENTENCE_CHARS) {
    out.push(span);
    return;
  }
  let start = span.start;
  while (start < span.end) {
    while (start < span.end && isSpace(text.charCodeAt(start))) start++;
    if (start >= span.end) break;
    let end = span.end - start <= MAX_SENTENCE_CHARS ? span.end : cutAt(text, start);
    const next = end;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    out.push({ start, end });
    start = next;
  }
}
