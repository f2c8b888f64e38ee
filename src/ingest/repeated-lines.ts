// Corpus-level furniture: the same line in several files of one site is not article text.
import type { Article, DroppedLine, Paragraph } from '../types.js';
import { lineKey } from './boilerplate.js';
import { firstWithSameText } from './duplicates.js';

/** A line in this many distinct files is site furniture; two could be an article and its copy. */
export const REPEATED_LINE_MIN_FILES = 3;
/** Furniture lines are short; a long shared paragraph is more likely quoted text. */
const MAX_REPEATED_LINE_CHARS = 200;

/** The key of each paragraph short enough to be furniture, undefined for the others. */
function shortLineKeys(a: Article): (string | undefined)[] {
  return a.paragraphs.map((p) => (p.text.length <= MAX_REPEATED_LINE_CHARS ? lineKey(p.text) : undefined));
}

/**
 * Moves lines that appear in at least `minFiles` distinct articles (identical files count once)
 * from paragraphs to dropped. One pass to count, one to filter: linear in corpus size. Each
 * article's line keys are made once and kept for the second pass (making them was its main cost).
 */
export function dropRepeatedLines(articles: Article[], minFiles = REPEATED_LINE_MIN_FILES): Article[] {
  const counts = new Map<string, number>();
  const first = firstWithSameText(articles);
  const keysOf = articles.map((a, i) => {
    if (first[i] !== i) return undefined;
    const keys = shortLineKeys(a);
    for (const key of new Set(keys)) if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    return keys;
  });
  return articles.map((a, i) => {
    const keys = keysOf[i] ?? shortLineKeys(a);
    const filesOf = (k: number) => {
      const key = keys[k];
      return key === undefined ? 0 : (counts.get(key) ?? 0);
    };
    if (!keys.some((_, k) => filesOf(k) >= minFiles)) return a;
    const paragraphs: Paragraph[] = [];
    const moved: DroppedLine[] = [];
    a.paragraphs.forEach((p, k) => {
      const files = filesOf(k);
      if (files >= minFiles) moved.push({ text: p.text, start: p.start, reason: `repeated-in-${files}-files` });
      else paragraphs.push(p);
    });
    const dropped = [...a.dropped, ...moved].sort((x, y) => x.start - y.start);
    return { ...a, paragraphs, dropped };
  });
}
