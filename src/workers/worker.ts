// Worker thread entry: runs one batch of per-article or per-pair work. Each batch is independent of the others.
import { checkPair, detectSafely, ingestBatch } from '../pipeline.js';
import type { Task } from './tasks.js';

export default function runTask(task: Task) {
  switch (task.kind) {
    case 'ingest':
      return ingestBatch(task.files);
    case 'detect':
      return task.articles.map((a) => detectSafely(a.file, a.paragraphs, task.langs));
    case 'check':
      return task.pairs.map(({ pair, src, tgt }) => checkPair(pair, src, tgt));
  }
}
