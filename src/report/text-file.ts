// Writing a large text file from pieces, without ever holding it whole: the report stage's output edge.

import { open } from 'node:fs/promises';

/** Size of each output buffer: large enough that a 200 MB file is a few hundred writes. */
const WRITE_BUFFER_BYTES = 1 << 20;
/** Buffers in turn: while some are on their way to the disk, the next pieces are encoded into another. */
const WRITE_BUFFERS = 4;

/**
 * Writes a file from a generator of text pieces. Pieces are UTF-8-encoded straight into a few reused
 * buffers rather than joined into large strings and converted to Buffers: on a 10,000-pair run that
 * joining and converting took more CPU than rendering JSON did, and left large strings for the collector.
 */
export async function writeTextFile(path: string, chunks: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  const inFlight: Promise<Uint8Array<ArrayBuffer>>[] = [];
  try {
    const encoder = new TextEncoder();
    const free = Array.from({ length: WRITE_BUFFERS }, () => new Uint8Array(WRITE_BUFFER_BYTES));
    let buffer = free.pop()!;
    let used = 0;
    let position = 0;
    const flush = async () => {
      const full = buffer;
      const writing = file.write(full, 0, used, position).then(() => full);
      // A failed write is reported when it is waited for; until then it must not count as unhandled.
      writing.catch(() => {});
      inFlight.push(writing);
      position += used;
      used = 0;
      buffer = free.pop() ?? (await inFlight.shift()!);
    };
    for (const chunk of chunks) {
      let rest = chunk;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
        used += written;
        if (read === rest.length) break;
        rest = rest.slice(read);
        await flush();
      }
    }
    if (used > 0) await flush();
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    await file.close();
  }
}
