// Writing a large text file from pieces, without ever holding it whole: the report stage's output edge.

import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Size of the output buffer: large enough that a 200 MB file is a few hundred writes. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * A file written from text pieces. Pieces are UTF-8-encoded straight into one reused buffer rather
 * than joined into large strings and converted to Buffers: on a 10,000-pair run that joining and
 * converting took more CPU than rendering JSON did, and left large strings for the collector. Writes
 * are synchronous: a megabyte goes to the page cache in well under a millisecond, and the pieces of a
 * run being checked arrive while the workers are busy, so nothing waits on them and memory stays
 * bounded without any back-pressure.
 */
export class TextSink {
  private readonly fd: number;
  private readonly buffer = new Uint8Array(WRITE_BUFFER_BYTES);
  private readonly encoder = new TextEncoder();
  private used = 0;
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(piece: string): void {
    let rest = piece;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  writeAll(pieces: Iterable<string>): void {
    for (const piece of pieces) this.write(piece);
  }

  /** Writes what is buffered and closes the file; closing twice is harmless (a failed run closes in cleanup). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }
}

/**
 * Appends the whole of file `from` and then `tail` to file `to`, off the main thread (node's file
 * system threads do the copying), so that the caller can meanwhile render the next file.
 */
export async function appendFile(to: string, from: string, tail: string): Promise<void> {
  const [source, target] = await Promise.all([open(from, 'r'), open(to, 'a')]);
  try {
    const buffer = new Uint8Array(WRITE_BUFFER_BYTES);
    for (;;) {
      const { bytesRead } = await source.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      await target.write(buffer, 0, bytesRead);
    }
    await target.write(tail);
  } finally {
    await Promise.allSettled([source.close(), target.close()]);
  }
}
