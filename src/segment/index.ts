// Sentence segmentation for English and German news, per paragraph, with offsets.
import type { Article, Lang, Sentence, Span } from '../types.js';
import { scanUnit } from './boundaries.js';
import { rulesFor } from './lang/index.js';
import { sentenceUnits } from './line-units.js';

/** Sentence spans of `text[from, to)`, offsets into `text`, whitespace trimmed. */
export function sentenceSpans(text: string, lang: Lang, from = 0, to = text.length): Span[] {
  const rules = rulesFor(lang);
  const out: Span[] = [];
  for (const unit of sentenceUnits(text, from, to)) scanUnit(text, unit.start, unit.end, rules, out);
  return out;
}

/** The sentences of any text: paragraphs and separate lines are split first, then each on its own. */
export function splitSentences(text: string, lang: Lang): string[] {
  return sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}

/** The sentences of an article's paragraphs, in order, with spans into `article.text`. */
export function segmentArticle(article: Article, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  let floor = 0;
  article.paragraphs.forEach((p, paragraph) => {
    const from = Math.max(p.start, floor);
    const to = Math.min(p.start + p.text.length, article.text.length);
    if (to <= from) return;
    for (const span of sentenceSpans(article.text, lang, from, to)) {
      sentences.push({ index: sentences.length, text: article.text.slice(span.start, span.end), span, paragraph });
    }
    floor = to;
  });
  return sentences;
}
