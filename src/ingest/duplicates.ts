// Corpus-level: files with the same article text. Both stay articles (a copy may sit in both language
// folders on purpose); each later copy says which file it repeats, so the user can tell why it is unpaired.
import type { Article } from '../types.js';

/** Same-length texts compared one by one up to this many; beyond, that length's texts go in a hash map. */
const MAX_LINEAR_BUCKET = 16;

/**
 * For each article, the index of the first article with the same text (its own index when none
 * comes earlier). Texts are compared only with texts of the same length, whole-string hashing only
 * for a crowded length: a Set of every whole text hashed the whole corpus, a tenth of ingest.
 */
export function firstWithSameText(articles: readonly Article[]): Int32Array {
  const first = new Int32Array(articles.length);
  const byLength = new Map<number, number[] | Map<string, number>>();
  articles.forEach((a, i) => {
    first[i] = i;
    const bucket = byLength.get(a.text.length);
    if (bucket === undefined) byLength.set(a.text.length, [i]);
    else if (bucket instanceof Map) {
      const j = bucket.get(a.text);
      if (j === undefined) bucket.set(a.text, i);
      else first[i] = j;
    } else {
      const j = bucket.find((k) => articles[k].text === a.text);
      if (j !== undefined) first[i] = j;
      else if (bucket.length < MAX_LINEAR_BUCKET) bucket.push(i);
      else byLength.set(a.text.length, new Map([...bucket, i].map((k) => [articles[k].text, k])));
    }
  });
  return first;
}

/** Adds `same text as <first file>` to every article whose decoded text repeats an earlier article's. */
export function noteDuplicates(articles: Article[]): Article[] {
  const first = firstWithSameText(articles);
  return articles.map((a, i) => (first[i] === i ? a : { ...a, notes: [...a.notes, `same text as ${articles[first[i]].file}`] }));
}
