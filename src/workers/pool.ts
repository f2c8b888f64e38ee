// Runs CPU-bound batches on worker threads (piscina), one thread per core.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { PackedPair } from './packed.js';
import type { CheckTask, IngestResult, IngestTask, Task } from './tasks.js';

/** Under tsx the sources are .ts; the installed bin runs the compiled .js beside this file. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_FILE = new URL(`./worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/**
 * Flags for the workers: none given, so that they inherit the parent's (node refuses process-wide
 * flags such as `--single-threaded-gc` when they are passed explicitly); a .ts worker also needs
 * tsx's loader when the parent got it another way (vitest).
 */
function workerExecArgv(): string[] | undefined {
  const argv = process.execArgv;
  if (!FROM_SOURCE || argv.some((a) => a.includes('tsx'))) return undefined;
  return [...argv, '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

export interface Pool {
  run(task: IngestTask): Promise<IngestResult>;
  run(task: CheckTask): Promise<PackedPair[]>;
  close(): Promise<void>;
  threads: number;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export function createPool(threads: number): Pool {
  const piscina = new Piscina({
    filename: WORKER_FILE.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    execArgv: workerExecArgv(),
  });
  return {
    threads,
    run: ((task: Task) => piscina.run(task)) as Pool['run'],
    close: () => piscina.destroy(),
  };
}

/** Splits `items` into batches of about `size`, keeping order. */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
