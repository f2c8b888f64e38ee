// Worker thread entry: runs one batch of per-article or per-pair work. Each batch is independent of the others.
import { detectArticle } from '../detect/index.js';
import { decodeArticle, isRejected } from '../ingest/index.js';
import { checkPair } from '../pipeline.js';
import type { Article, Rejected } from '../types.js';
import type { Task } from './tasks.js';

export default function runTask(task: Task) {
  switch (task.kind) {
    case 'ingest': {
      const articles: Article[] = [];
      const rejected: Rejected[] = [];
      for (const raw of task.files) {
        const a = decodeArticle(raw);
        if (isRejected(a)) rejected.push(a);
        else articles.push(a);
      }
      return { articles, rejected };
    }
    case 'detect':
      return task.articles.map((a) => detectArticle(a.file, a.paragraphs, task.langs));
    case 'check':
      return task.pairs.map(({ pair, src, tgt }) => checkPair(pair, src, tgt));
  }
}
