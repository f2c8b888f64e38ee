// Corpus-level: files with the same article text. Both stay articles (a copy may sit in both language
// folders on purpose); each later copy says which file it repeats, so the user can tell why it is unpaired.
import type { Article } from '../types.js';

/** Adds `same text as <first file>` to every article whose decoded text repeats an earlier article's. */
export function noteDuplicates(articles: Article[]): Article[] {
  const first = new Map<string, string>();
  return articles.map((a) => {
    const original = first.get(a.text);
    if (original === undefined) {
      first.set(a.text, a.file);
      return a;
    }
    return { ...a, notes: [...a.notes, `same text as ${original}`] };
  });
}
