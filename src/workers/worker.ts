// Worker thread entry: runs one batch of per-article (decoding) or per-pair work. Each batch is independent of the others.
import { checkPair, ingestBatch } from '../pipeline.js';
import { fromSegmenting, packPair } from './packed.js';
import type { Task } from './tasks.js';

export default function runTask(task: Task) {
  switch (task.kind) {
    case 'ingest':
      return ingestBatch(task.files);
    case 'check':
      return task.pairs.map(({ pair, src, tgt }) => packPair(checkPair(pair, fromSegmenting(src), fromSegmenting(tgt))));
  }
}
