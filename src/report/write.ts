// The report stage's I/O edge: run folders on disk, the `latest` pointer, and reading runs back.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { RunReport } from '../types.js';
import { slug } from './escape.js';
import { htmlChunks } from './html.js';
import { markdownChunks } from './markdown.js';
import { cachedMarks } from './quantity-marks.js';
import { writeTextFile } from './text-file.js';
import { reportTmxChunks } from './tmx.js';

/** Version of report.json's shape; readers refuse other versions rather than misread them. */
export const SCHEMA_VERSION = 1;

/** The pointer to the newest run, inside the output folder. */
export const LATEST = 'latest';
const REPORT_JSON = 'report.json';
/** Random hex characters after the timestamp: two runs in the same millisecond still differ. */
const RANDOM_BYTES = 3;
/** Attempts at a free run folder name before giving up. */
const MAX_FOLDER_ATTEMPTS = 100;

/** `2024-05-01T12-34-56-789Z-a1b2c3`: sorts by time, no characters a file system objects to. */
export function newRunId(now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(RANDOM_BYTES).toString('hex')}`;
}

/** A run id from a report made safe as one folder name: never `..`, a separator, or empty. */
export function runFolderName(runId: string): string {
  return slug(runId, 120);
}

/**
 * Writes report.json, report.md, index.html and alignments.tmx into a new `<outDir>/<runId>/` and
 * points `<outDir>/latest` at it. An existing folder is never reused: a suffix is added, and the
 * written report's runId is the folder's name.
 */
export async function writeRun(outDir: string, report: RunReport): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const base = runFolderName(report.runId || newRunId(new Date()));
  const name = await createFreshFolder(outDir, base);
  const runDir = join(outDir, name);
  const written: RunReport = { ...report, schemaVersion: SCHEMA_VERSION, runId: name };
  // One file at a time, each streamed. A worker thread rendering the two pages beside report.json and
  // the TMX was tried: it needed a third more CPU in all (a second V8 heap, the pages' data cloned, cold
  // code) and 200 MB more memory, and on this busy 2-core machine it made the stage slower.
  await writeTextFile(join(runDir, REPORT_JSON), reportJson(written));
  await writeTextFile(join(runDir, 'alignments.tmx'), reportTmxChunks(written));
  // Both pages look up the quantities of the same flag texts (and a 1-1 bead's sentence is its flag's text): found once.
  const quantities = cachedMarks();
  await writeTextFile(join(runDir, 'report.md'), markdownChunks(written, { quantities }));
  await writeTextFile(join(runDir, 'index.html'), htmlChunks(written, { quantities }));
  await pointLatest(outDir, name);
  return runDir;
}

/** Stands in for the pairs while the rest of the report is laid out. */
const PAIRS_PLACEHOLDER = '"\\u0000pairs"';

/**
 * report.json in pieces: the top level indented, then one pair per line, so that no single string comes
 * near V8's string limit on a run of 10,000 pairs (and the file still diffs and greps by pair).
 */
export function* reportJson(report: RunReport): Generator<string> {
  const layout = JSON.stringify({ ...report, pairs: '\u0000pairs' }, null, 2);
  const at = layout.indexOf(PAIRS_PLACEHOLDER);
  yield layout.slice(0, at);
  if (report.pairs.length === 0) yield '[]';
  else {
    yield '[\n';
    // Indent, pair and separator as separate pieces: joining them would copy every pair's JSON once more.
    for (let i = 0; i < report.pairs.length; i++) {
      yield '    ';
      yield JSON.stringify(report.pairs[i]);
      yield i + 1 < report.pairs.length ? ',\n' : '\n';
    }
    yield '  ]';
  }
  yield `${layout.slice(at + PAIRS_PLACEHOLDER.length)}\n`;
}

async function createFreshFolder(outDir: string, base: string): Promise<string> {
  for (let n = 1; n <= MAX_FOLDER_ATTEMPTS; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (name === LATEST) continue;
    try {
      await mkdir(join(outDir, name));
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new Error(`no free run folder for ${base} in ${outDir}`);
}

/** Swaps `latest` atomically (temp link + rename); where symlinks are not allowed, a text file with the run id. */
async function pointLatest(outDir: string, name: string): Promise<void> {
  const latest = join(outDir, LATEST);
  const temp = join(outDir, `.${LATEST}-${randomBytes(RANDOM_BYTES).toString('hex')}`);
  try {
    await symlink(name, temp, 'dir');
    await rename(temp, latest);
    return;
  } catch {
    await rm(temp, { force: true });
  }
  await writeFile(temp, name + '\n');
  try {
    await rename(temp, latest);
  } catch (e) {
    await rm(temp, { force: true });
    throw new Error(`could not point ${latest} at ${name}: ${(e as Error).message}`);
  }
}

/**
 * Reads a run: a run folder, a `latest` link or file, an output folder holding `latest`, or a
 * report.json path. Errors are one line.
 */
export async function readRun(pathOrDir: string): Promise<RunReport> {
  const file = await reportFile(pathOrDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`not a tandem report (invalid JSON): ${file}`);
  }
  return checkReport(data, file);
}

async function reportFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new Error(`no such run: ${path}`);
  if (info.isDirectory()) {
    const json = join(path, REPORT_JSON);
    if (await stat(json).catch(() => undefined)) return json;
    const latest = join(path, LATEST);
    if (await stat(latest).catch(() => undefined)) return reportFile(latest);
    throw new Error(`no ${REPORT_JSON} in ${path}`);
  }
  if (basename(path) === LATEST && !(await isSymlink(path))) {
    const id = (await readFile(path, 'utf8')).trim();
    return reportFile(join(dirname(path), runFolderName(id)));
  }
  return resolve(path);
}

async function isSymlink(path: string): Promise<boolean> {
  return readlink(path).then(
    () => true,
    () => false,
  );
}

/** Enough of a check that a renderer or diff will not trip over someone else's JSON. */
function checkReport(data: unknown, file: string): RunReport {
  const r = data as Partial<RunReport> | null;
  if (typeof r !== 'object' || r === null || Array.isArray(r) || !('schemaVersion' in r)) {
    throw new Error(`not a tandem report (no schemaVersion): ${file}`);
  }
  if (r.schemaVersion !== SCHEMA_VERSION) {
    throw new Error(`unsupported report schemaVersion ${JSON.stringify(r.schemaVersion)} (expected ${SCHEMA_VERSION}): ${file}`);
  }
  if (r.tool?.name !== 'tandem' || !Array.isArray(r.pairs) || !r.pairs.every((p) => Array.isArray(p?.flags))) {
    throw new Error(`not a tandem report (missing tool or pairs): ${file}`);
  }
  return r as RunReport;
}
