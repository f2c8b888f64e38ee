// The I/O edge of ingest: walks a corpus folder and reads article files as bytes.
// Synchronous calls in a loop: for ~20,000 small, cached files, a promise, a FileHandle and a
// thread-pool trip per file (fs/promises through p-limit) cost ten times the reads themselves.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import type { RawFile, Rejected } from '../types.js';
import { formatOf } from './index.js';

/** Files above this size are not articles (a 50 MB dump is still read); reading them would only eat memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The corpus folder itself cannot be used: missing, not a folder, or unreadable. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

const MB = 1024 * 1024;
/** Files read between turns of the event loop, so that a progress display stays live on large corpora. */
const READS_PER_TURN = 512;
/** Opening a named pipe must not wait for a writer; fstat then says what it is. (No such flag on Windows.) */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** Chunk size for files whose size fstat does not tell (0 for some special files). */
const UNKNOWN_SIZE_CHUNK = 64 * 1024;

function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'ENOENT') return 'vanished while reading';
  if (e?.code === 'ELOOP') return 'symlink loop';
  return e?.code ?? String(e?.message ?? err).split('\n')[0];
}

function kindOf(s: Stats | Dirent): string {
  if (s.isFIFO()) return 'a named pipe';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Reads the open file `fd` of `size` bytes to its end (a file that grew is read whole). */
function readAll(fd: number, size: number): Buffer {
  // Not from Buffer's shared pool: a pooled slice would drag its whole 8 KB slab along when copied to a worker.
  let buf = Buffer.allocUnsafeSlow(size > 0 ? size : UNKNOWN_SIZE_CHUNK);
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      const bigger = Buffer.allocUnsafeSlow(2 * buf.length);
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const k = readSync(fd, buf, n, buf.length - n, null);
    if (k === 0) break;
    n += k;
    if (n === size) break;
  }
  return n === buf.length ? buf : buf.subarray(0, n);
}

/** One file's bytes, or why it cannot be used. */
function readOne(abs: string, rel: string): RawFile | Rejected {
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (err) {
    return { file: rel, reason: `unreadable: ${errorCode(err)}` };
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return { file: rel, reason: kindOf(s) };
    if (s.size > MAX_FILE_BYTES) {
      return { file: rel, reason: `too large: ${(s.size / MB).toFixed(1)} MB (limit ${MAX_FILE_BYTES / MB} MB)` };
    }
    // A Buffer is a Uint8Array already: no copy of the corpus.
    return { file: rel, bytes: readAll(fd, s.size) };
  } catch (err) {
    return { file: rel, reason: `unreadable: ${errorCode(err)}` };
  } finally {
    closeSync(fd);
  }
}

/** The corpus folder's real path, or a CorpusError saying why it cannot be used. */
function corpusRoot(dir: string): string {
  try {
    if (!statSync(dir).isDirectory()) throw new CorpusError(`corpus is not a folder: ${dir}`);
    return realpathSync(dir);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new CorpusError(code === 'ENOENT' ? `corpus folder not found: ${dir}` : `cannot open corpus folder ${dir}: ${errorCode(err)}`);
  }
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The article files under `root` to read, as [absolute, relative] paths; folders it cannot use go to `rejected`. */
function articlePaths(root: string, dir: string, rejected: Rejected[]): [string, string][] {
  const found: [string, string][] = [];
  const visited = new Set<string>([root]);
  const walk = (absDir: string, relDir: string, isRoot: boolean): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch (err) {
      if (isRoot) throw new CorpusError(`cannot read corpus folder ${dir}: ${errorCode(err)}`);
      rejected.push({ file: `${relDir}/`, reason: `unreadable folder: ${errorCode(err)}` });
      return;
    }
    entries.sort(byName);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(absDir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(abs).isDirectory();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException)?.code;
          rejected.push({ file: rel, reason: code === 'ENOENT' ? 'broken symlink' : `unreadable: ${errorCode(err)}` });
          continue;
        }
      }
      if (isDir) {
        let real: string;
        try {
          real = realpathSync(abs);
        } catch (err) {
          rejected.push({ file: `${rel}/`, reason: `unreadable folder: ${errorCode(err)}` });
          continue;
        }
        if (visited.has(real)) {
          rejected.push({ file: `${rel}/`, reason: 'symlink loop (folder already read)' });
          continue;
        }
        visited.add(real);
        walk(abs, rel, false);
      } else if (formatOf(entry.name)) {
        if (!entry.isFile() && !entry.isSymbolicLink()) rejected.push({ file: rel, reason: kindOf(entry) });
        else found.push([abs, rel]);
      }
    }
  };
  walk(root, '', true);
  return found;
}

/**
 * Reads every article file under `dir` (recursively; dot-files and dot-folders skipped; symlinks
 * followed once, loops rejected). Files it cannot use become `rejected` with a one-line reason.
 * Both lists are sorted by path relative to `dir`, with `/` separators (built here, not by `path`).
 */
export async function readCorpus(dir: string): Promise<{ files: RawFile[]; rejected: Rejected[] }> {
  const root = corpusRoot(dir);
  const files: RawFile[] = [];
  const rejected: Rejected[] = [];
  const paths = articlePaths(root, dir, rejected);
  for (let k = 0; k < paths.length; k++) {
    if (k > 0 && k % READS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const read = readOne(paths[k][0], paths[k][1]);
    if ('reason' in read) rejected.push(read);
    else files.push(read);
  }
  files.sort(byFile);
  rejected.sort(byFile);
  return { files, rejected };
}
