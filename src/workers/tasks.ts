// What crosses a thread boundary: plain data in, plain data out (structured clone).
import type { Article, Lang, Pair, RawFile, Rejected } from '../types.js';
import type { ArticleText } from './packed.js';

export interface IngestTask {
  kind: 'ingest';
  files: RawFile[];
  langs: Lang[];
}

export interface IngestResult {
  articles: Article[];
  rejected: Rejected[];
}

export interface CheckTask {
  kind: 'check';
  pairs: { pair: Pair; src: ArticleText; tgt: ArticleText }[];
}

export type Task = IngestTask | CheckTask;
