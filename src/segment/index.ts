// Sentence segmentation for English and German news, per paragraph, with offsets.
import type { Article, Lang, Sentence, Span } from '../types.js';
import { scanUnit } from './boundaries.js';
import { rulesFor } from './lang/index.js';
import { sentenceUnits } from './line-units.js';
import { MAX_SENTENCE_CHARS, pushCut } from './long-sentences.js';

export { MAX_SENTENCE_CHARS } from './long-sentences.js';

/** Sentence spans of `text[from, to)`, offsets into `text`, whitespace trimmed. */
export function sentenceSpans(text: string, lang: Lang, from = 0, to = text.length): Span[] {
  const rules = rulesFor(lang);
  const out: Span[] = [];
  for (const unit of sentenceUnits(text, from, to)) scanUnit(text, unit.start, unit.end, rules, out);
  return out;
}

/**
 * Sentences of the article longer than MAX_SENTENCE_CHARS before cutting, and the longest: for a
 * note to the user. Only paragraphs that long are scanned, so ordinary articles cost nothing.
 */
export function overlongSentences(article: Article, lang: Lang): { count: number; longest: number } {
  let count = 0;
  let longest = 0;
  for (const p of article.paragraphs) {
    if (p.text.length <= MAX_SENTENCE_CHARS) continue;
    for (const s of sentenceSpans(p.text, lang)) {
      const length = s.end - s.start;
      if (length <= MAX_SENTENCE_CHARS) continue;
      count++;
      longest = Math.max(longest, length);
    }
  }
  return { count, longest };
}

/** The sentences of any text: paragraphs and separate lines are split first, then each on its own. */
export function splitSentences(text: string, lang: Lang): string[] {
  return sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}

/**
 * The sentences of an article's paragraphs, in order, with spans into `article.text`. Sentences
 * longer than MAX_SENTENCE_CHARS are cut into pieces: alignment and checking work per sentence.
 */
export function segmentArticle(article: Article, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  let floor = 0;
  article.paragraphs.forEach((p, paragraph) => {
    const from = Math.max(p.start, floor);
    const to = Math.min(p.start + p.text.length, article.text.length);
    if (to <= from) return;
    const spans: Span[] = [];
    for (const span of sentenceSpans(article.text, lang, from, to)) pushCut(article.text, span, spans);
    for (const span of spans) {
      sentences.push({ index: sentences.length, text: article.text.slice(span.start, span.end), span, paragraph });
    }
    floor = to;
  });
  return sentences;
}
