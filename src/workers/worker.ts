// Worker thread entry: runs one batch of per-article (decoding) or per-pair work. Each batch is independent of the others.
import { checkPair, ingestBatch } from '../pipeline.js';
import { rememberingScans } from '../numbers/index.js';
import { packMarks, type PackedMarks } from '../report/pair-marks.js';
import type { PairResult } from '../types.js';
import { fromSegmenting, packPair } from './packed.js';
import type { Task } from './tasks.js';

export default function runTask(task: Task) {
  switch (task.kind) {
    case 'ingest':
      return ingestBatch(task.files);
    case 'check':
      // The report's quantity marks come from the scans the check just made, not from scanning again.
      return task.pairs.map(({ pair, src, tgt }) =>
        rememberingScans(() => {
          const result = checkPair(pair, fromSegmenting(src), fromSegmenting(tgt));
          return packPair(result, marksOf(result));
        }),
      );
  }
}

/** The pair's marks for the report; none should finding them fail (the report then finds its own). */
function marksOf(result: PairResult): PackedMarks | undefined {
  try {
    return packMarks(result);
  } catch {
    return undefined;
  }
}
