import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectArticle } from '../detect/index.js';
import { decodeArticle, isRejected } from '../ingest/index.js';
import type { Article, Detection, Lang } from '../types.js';
import { UsageError } from './context.js';

/** Reads and decodes one article file named on the command line; unusable input is a usage error. */
export async function readArticle(path: string): Promise<Article> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const article = decodeArticle({ file: basename(path), bytes });
  if (isRejected(article)) throw new UsageError(`${path}: ${article.reason}`);
  return article;
}

export function detectOf(article: Article, langs: Lang[]): Detection {
  return detectArticle(article.file, article.paragraphs.map((p) => p.text), langs);
}
