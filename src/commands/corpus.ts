import { CorpusError } from '../ingest/read.js';
import { UsageError } from './context.js';

/** An unusable corpus folder is a usage error (exit 2), not a crash. */
export async function corpusOrUsage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof CorpusError) throw new UsageError(e.message);
    throw e;
  }
}
