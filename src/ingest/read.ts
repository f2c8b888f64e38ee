// The I/O edge of ingest: walks a corpus folder and reads article files as bytes.
import { opendir, readFile, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import type { RawFile, Rejected } from '../types.js';
import { formatOf } from './index.js';

/** Files above this size are not articles (a 50 MB dump is still read); reading them would only eat memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The corpus folder itself cannot be used: missing, not a folder, or unreadable. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

const MB = 1024 * 1024;
/** Files read at once: enough to keep the disk and libuv's thread pool busy, few enough for the file-descriptor limit. */
const READS_IN_FLIGHT = 32;

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

/**
 * Reads every article file under `dir` (recursively; dot-files and dot-folders skipped; symlinks
 * followed once, loops rejected). Files it cannot use become `rejected` with a one-line reason.
 * Both lists are sorted by path relative to `dir`, with `/` separators (built here, not by `path`).
 */
export async function readCorpus(dir: string): Promise<{ files: RawFile[]; rejected: Rejected[] }> {
  let root: string;
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new CorpusError(`corpus is not a folder: ${dir}`);
    root = await realpath(dir);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new CorpusError(code === 'ENOENT' ? `corpus folder not found: ${dir}` : `cannot open corpus folder ${dir}: ${errorCode(err)}`);
  }
  const files: RawFile[] = [];
  const rejected: Rejected[] = [];
  const visited = new Set<string>([root]);
  const limit = pLimit(READS_IN_FLIGHT);
  const reads: Promise<unknown>[] = [];

  const readOne = async (abs: string, rel: string) => {
    try {
      const s = await stat(abs);
      if (!s.isFile()) return rejected.push({ file: rel, reason: kindOf(s) });
      if (s.size > MAX_FILE_BYTES) {
        return rejected.push({ file: rel, reason: `too large: ${(s.size / MB).toFixed(1)} MB (limit ${MAX_FILE_BYTES / MB} MB)` });
      }
      // A Buffer is a Uint8Array already: no copy of the corpus.
      files.push({ file: rel, bytes: await readFile(abs) });
    } catch (err) {
      rejected.push({ file: rel, reason: `unreadable: ${errorCode(err)}` });
    }
  };

  const walk = async (absDir: string, relDir: string, isRoot: boolean): Promise<void> => {
    let handle;
    try {
      handle = await opendir(absDir);
    } catch (err) {
      if (isRoot) throw new CorpusError(`cannot read corpus folder ${dir}: ${errorCode(err)}`);
      rejected.push({ file: `${relDir}/`, reason: `unreadable folder: ${errorCode(err)}` });
      return;
    }
    const entries: Dirent[] = [];
    try {
      for await (const entry of handle) entries.push(entry);
    } catch (err) {
      rejected.push({ file: `${relDir}/`, reason: `folder not fully readable: ${errorCode(err)}` });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(absDir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(abs)).isDirectory();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException)?.code;
          rejected.push({ file: rel, reason: code === 'ENOENT' ? 'broken symlink' : `unreadable: ${errorCode(err)}` });
          continue;
        }
      }
      if (isDir) {
        let real: string;
        try {
          real = await realpath(abs);
        } catch (err) {
          rejected.push({ file: `${rel}/`, reason: `unreadable folder: ${errorCode(err)}` });
          continue;
        }
        if (visited.has(real)) {
          rejected.push({ file: `${rel}/`, reason: 'symlink loop (folder already read)' });
          continue;
        }
        visited.add(real);
        await walk(abs, rel, false);
      } else if (formatOf(entry.name)) {
        if (!entry.isFile() && !entry.isSymbolicLink()) rejected.push({ file: rel, reason: kindOf(entry) });
        else reads.push(limit(() => readOne(abs, rel)));
      }
    }
  };

  await walk(root, '', true);
  await Promise.all(reads);
  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  files.sort(byFile);
  rejected.sort(byFile);
  return { files, rejected };
}
