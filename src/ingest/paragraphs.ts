// Article text to paragraphs: blank-line blocks, and within a block of separate lines each line.
import type { Paragraph } from '../types.js';
import { sentenceUnits } from '../segment/line-units.js';

/**
 * The paragraphs of `text`: a hard-wrapped block is one paragraph; a block of separate lines
 * (headlines, one-line paragraphs as in copied web pages, list items) gives one per line.
 * The same units the segmenter uses, so no sentence ever spans two paragraphs.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const unit of sentenceUnits(text)) {
    let { start, end } = unit;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ text: text.slice(start, end), start });
  }
  return out;
}
