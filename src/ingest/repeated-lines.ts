// Corpus-level furniture: the same line in several files of one site is not article text.
import type { Article } from '../types.js';
import { lineKey } from './boilerplate.js';

/** A line in this many distinct files is site furniture; two could be an article and its copy. */
export const REPEATED_LINE_MIN_FILES = 3;
/** Furniture lines are short; a long shared paragraph is more likely quoted text. */
const MAX_REPEATED_LINE_CHARS = 200;

/**
 * Moves lines that appear in at least `minFiles` distinct articles (identical files count once)
 * from paragraphs to dropped. One pass to count, one to filter: linear in corpus size.
 */
export function dropRepeatedLines(articles: Article[], minFiles = REPEATED_LINE_MIN_FILES): Article[] {
  const counts = new Map<string, number>();
  const seenTexts = new Set<string>();
  for (const a of articles) {
    if (seenTexts.has(a.text)) continue;
    seenTexts.add(a.text);
    const keys = new Set(a.paragraphs.filter((p) => p.text.length <= MAX_REPEATED_LINE_CHARS).map((p) => lineKey(p.text)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return articles.map((a) => {
    const repeated = (text: string) =>
      text.length <= MAX_REPEATED_LINE_CHARS && (counts.get(lineKey(text)) ?? 0) >= minFiles;
    const moved = a.paragraphs.filter((p) => repeated(p.text));
    if (moved.length === 0) return a;
    const dropped = [
      ...a.dropped,
      ...moved.map((p) => ({ text: p.text, start: p.start, reason: `repeated-in-${counts.get(lineKey(p.text))}-files` })),
    ].sort((x, y) => x.start - y.start);
    return { ...a, paragraphs: a.paragraphs.filter((p) => !repeated(p.text)), dropped };
  });
}
