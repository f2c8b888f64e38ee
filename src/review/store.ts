// The review file's I/O edge: the only place that reads or writes reviewers' decisions.
// A decision must survive a crash, a SIGKILL and a second reviewer saving at the same time.
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Verdict } from '../types.js';

export interface ReviewFile {
  version: 1;
  /** Keyed by flag fingerprint. */
  verdicts: Record<string, Verdict>;
}

export class ReviewFileError extends Error {
  override name = 'ReviewFileError';
}

/** Suffix of the review file written beside the corpus folder. */
const REVIEW_SUFFIX = '.review.json';
/** A lock older than this is left over from a crash: saves take milliseconds. */
const STALE_LOCK_MS = 10_000;
/** Give up waiting for the lock after this long and say so, rather than hang the UI. */
const LOCK_TIMEOUT_MS = 15_000;
/** Pause between lock attempts: short, since the holder only re-reads and renames one small file. */
const LOCK_RETRY_MS = 2;

/** `<parent>/<corpus name>.review.json`: beside the corpus, so it travels with it but is not read as an article. */
export function reviewPathFor(corpusDir: string): string {
  const corpus = resolve(corpusDir);
  const name = basename(corpus) || 'corpus';
  return join(dirname(corpus), name + REVIEW_SUFFIX);
}

function emptyReview(): ReviewFile {
  return { version: 1, verdicts: {} };
}

function isReviewFile(value: unknown): value is ReviewFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { version, verdicts } = value as Record<string, unknown>;
  return version === 1 && typeof verdicts === 'object' && verdicts !== null && !Array.isArray(verdicts);
}

/** Keeps a copy of an unreadable review file; reuses an identical earlier copy so retries do not pile up. */
function backupCorrupt(path: string, bytes: Buffer): string {
  const dir = dirname(path);
  const prefix = basename(path) + '.corrupt-';
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const candidate = join(dir, name);
    try {
      if (readFileSync(candidate).equals(bytes)) return candidate;
    } catch {
      // An unreadable earlier backup is no reason not to make a new one.
    }
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let backup = join(dir, prefix + stamp);
  if (existsSync(backup)) backup += '-' + randomBytes(3).toString('hex');
  copyFileSync(path, backup, constants.COPYFILE_EXCL);
  return backup;
}

/** Missing -> empty. Corrupt -> backed up and ReviewFileError: never silently replaced. */
export function loadReview(path: string): ReviewFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyReview();
    throw new ReviewFileError(`review file ${path} cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    const backup = backupCorrupt(path, bytes);
    throw new ReviewFileError(`review file ${path} is not valid JSON (kept as backup ${backup})`);
  }
  if (!isReviewFile(parsed)) {
    const backup = backupCorrupt(path, bytes);
    throw new ReviewFileError(`review file ${path} is not a tandem review file (kept as backup ${backup})`);
  }
  return { version: 1, verdicts: { ...parsed.verdicts } };
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock is stale when its owner is gone (killed mid-save) or it is older than any save could take. */
function isStale(lockPath: string): boolean {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    if (Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid)) return true;
    return Date.now() - statSync(lockPath).mtimeMs > STALE_LOCK_MS;
  } catch {
    // Vanished or half-written by a holder that is still starting: not ours to judge yet.
    return false;
  }
}

function acquireLock(lockPath: string): number {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const fd = openSync(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      writeSync(fd, String(process.pid));
      return fd;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ReviewFileError(`cannot lock review file (${lockPath}): ${(error as Error).message}`);
      }
    }
    if (isStale(lockPath)) {
      try {
        unlinkSync(lockPath);
      } catch {
        // Another process cleared it first.
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new ReviewFileError(`review file is locked by another process (${lockPath}); remove it if no tandem is running`);
    }
    sleepSync(LOCK_RETRY_MS);
  }
}

function releaseLock(lockPath: string, fd: number): void {
  closeSync(fd);
  try {
    unlinkSync(lockPath);
  } catch {
    // Already gone: nothing to release.
  }
}

/** Temp file in the same folder (same file system, so rename is atomic), fsynced before the rename. */
function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Leave it; it is named as a temp file.
    }
    throw error;
  }
  syncFolder(dirname(path));
}

/** Makes the rename itself durable; some platforms cannot open a folder, which only weakens durability. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort.
  }
}

/** Review files already swept for orphaned temp files by this process: once is enough, saves stay cheap. */
const swept = new Set<string>();

/** Temp files of saves that were killed before their rename: removed once their writer is gone. */
function removeOrphanTemps(path: string): void {
  if (swept.has(path)) return;
  swept.add(path);
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (pid === process.pid || !Number.isInteger(pid) || isProcessAlive(pid)) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Someone else cleaned it.
    }
  }
}

/**
 * Records one decision (null removes it: undo). Lock -> re-read -> merge this one change -> write temp + fsync
 * -> rename, so concurrent reviewers keep each other's decisions and a SIGKILL leaves the old or the new file.
 */
export function saveVerdict(path: string, fingerprint: string, verdict: Verdict | null): ReviewFile {
  const lockPath = path + '.lock';
  const fd = acquireLock(lockPath);
  try {
    const review = loadReview(path);
    if (verdict === null) delete review.verdicts[fingerprint];
    else review.verdicts[fingerprint] = verdict;
    writeAtomically(path, JSON.stringify(review, null, 2) + '\n');
    removeOrphanTemps(path);
    return review;
  } finally {
    releaseLock(lockPath, fd);
  }
}
