// The report stage's I/O edge: run folders on disk, the `latest` pointer, and reading runs back.

import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PairResult, RunReport } from '../types.js';
import { slug } from './escape.js';
import { type DroppedLines, HTML_TAIL, htmlHead, htmlPair, showsFullAlignments } from './html.js';
import { markdownHead, markdownPair } from './markdown.js';
import { type QuantityFinder, cachedMarks } from './quantity-marks.js';
import { appendFile, TextSink } from './text-file.js';
import { reportTmxHead, TMX_TAIL, tmxPair } from './tmx.js';

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

/** What a pair's pieces need besides the pair: quantity lookups, its articles' dropped lines, the page's mode. */
interface PairContext {
  find: QuantityFinder;
  articles: (DroppedLines | undefined)[];
  /** Whether index.html shows every alignment in full: decided by the beads of the whole run. */
  full: boolean;
}

/** One of a run's files: a head that needs the whole report, one piece per pair, a tail. */
interface RunFile {
  name: string;
  head(report: RunReport, full: boolean): Iterable<string>;
  pair(pair: PairResult, index: number, ctx: PairContext): string;
  tail(report: RunReport): string;
  /** Its pieces depend on `full`, which a run being written pair by pair only knows once it has enough beads. */
  dependsOnMode?: boolean;
}

const RUN_FILES: readonly RunFile[] = [
  { name: REPORT_JSON, head: reportJsonHead, pair: reportJsonPair, tail: reportJsonTail },
  { name: 'alignments.tmx', head: (r) => [reportTmxHead(r)], pair: (p) => tmxPair(p), tail: () => TMX_TAIL },
  { name: 'report.md', head: markdownHead, pair: (p, i, c) => markdownPair(p, i, c.find), tail: () => '' },
  { name: 'index.html', head: htmlHead, pair: (p, i, c) => htmlPair(p, i, c.find, c.articles, c.full), tail: () => HTML_TAIL, dependsOnMode: true },
];

/**
 * Writes report.json, report.md, index.html and alignments.tmx into a new `<outDir>/<runId>/` and
 * points `<outDir>/latest` at it. An existing folder is never reused: a suffix is added, and the
 * written report's runId is the folder's name. (`RunWriter` writes the same files while a run is
 * being checked.)
 */
export async function writeRun(outDir: string, report: RunReport): Promise<string> {
  const name = freshRunFolder(outDir, report.runId);
  const runDir = join(outDir, name);
  writeWhole(runDir, { ...report, schemaVersion: SCHEMA_VERSION, runId: name });
  await pointLatest(outDir, name);
  return runDir;
}

/** The four files of a report, one after the other, each streamed. */
function writeWhole(runDir: string, report: RunReport): void {
  const full = showsFullAlignments(totalBeads(report.pairs));
  const articles = new Map(report.articles.map((a) => [a.file, a]));
  // Both pages look up the quantities of the same flag texts (and a 1-1 bead's sentence is its flag's text): found once.
  const find = cachedMarks();
  for (const file of RUN_FILES) {
    const sink = new TextSink(join(runDir, file.name));
    try {
      sink.writeAll(file.head(report, full));
      report.pairs.forEach((pair, i) => sink.write(file.pair(pair, i, { find, articles: [articles.get(pair.src), articles.get(pair.tgt)], full })));
      sink.write(file.tail(report));
    } finally {
      sink.close();
    }
  }
}

function totalBeads(pairs: readonly PairResult[]): number {
  return pairs.reduce((n, p) => n + p.beads.length, 0);
}

/** A new folder for a run under `outDir`, named after its run id (a suffix when taken). */
function freshRunFolder(outDir: string, runId: string): string {
  mkdirSync(outDir, { recursive: true });
  return createFreshFolder(outDir, runFolderName(runId || newRunId(new Date())));
}

/** A pair and its flags as the reviewer left them: what a piece written early must still agree with at the end. */
function pieceKey(pair: PairResult): string {
  let key = `${pair.src}\u0000${pair.tgt}\u0000`;
  for (const f of pair.flags) key += `${f.state}\u0000${f.note ?? ''}\u0000`;
  return key;
}

/** Where a file's pair pieces collect while the run is checked; the head, which needs every pair, goes in front at the end. */
const BODY_PREFIX = '.body-';

/**
 * Writes a run's files while it is being checked: each pair's pieces as the pair arrives (in order),
 * the heads once the whole report is known, so that rendering overlaps the checking instead of
 * following it. Gives byte for byte what `writeRun` gives for the finished report. Should a
 * reviewer's decision change a flag between its pair's arrival and the end, everything is written
 * again from the finished report.
 */
export class RunWriter {
  /** The run folder's name, once the first pair has made it. */
  private name?: string;
  private bodies: TextSink[] = [];
  /** Per pair written, its `pieceKey`. */
  private readonly keys: string[] = [];
  /** Pairs whose index.html piece waits until the run's mode is known. */
  private readonly waiting: { pair: PairResult; articles: (DroppedLines | undefined)[]; find: QuantityFinder }[] = [];
  private beads = 0;
  private failed = false;

  constructor(
    private readonly outDir: string,
    private readonly runId: string,
  ) {}

  /** The next pair of the run (pairs come in report order), with verdicts as they stood at the start. */
  addPair(pair: PairResult, articles: (DroppedLines | undefined)[]): void {
    if (this.failed) return;
    try {
      this.start();
      const index = this.keys.length;
      this.keys.push(pieceKey(pair));
      this.beads += pair.beads.length;
      // Both pages look up the quantities of the pair's flag texts: found once, and forgotten with the pair.
      const find = cachedMarks();
      RUN_FILES.forEach((file, k) => {
        if (!file.dependsOnMode) this.bodies[k].write(file.pair(pair, index, { find, articles, full: false }));
      });
      this.waiting.push({ pair, articles, find });
      // Past the limit the page shows flag context only, whatever pairs follow: nothing need wait any more.
      if (!showsFullAlignments(this.beads)) this.flushWaiting(false);
    } catch {
      // A disk error here is met again, and reported, when the report is written whole at the end.
      this.failed = true;
      this.discardBodies();
    }
  }

  /** Completes the files from the finished report and points `latest` at them; returns the run folder. */
  async finish(report: RunReport): Promise<string> {
    const name = this.name ?? freshRunFolder(this.outDir, this.runId);
    const runDir = join(this.outDir, name);
    const written: RunReport = { ...report, schemaVersion: SCHEMA_VERSION, runId: name };
    if (this.failed || this.bodies.length === 0 || !this.matches(written)) {
      this.discardBodies();
      writeWhole(runDir, written);
    } else {
      this.flushWaiting(showsFullAlignments(this.beads));
      await this.completeBodies(runDir, written);
    }
    await pointLatest(this.outDir, name);
    return runDir;
  }

  /** Removes what was written for a run that failed or was interrupted; synchronous, so a signal handler can call it. */
  abort(): void {
    this.discardBodies();
    if (this.name) rmSync(join(this.outDir, this.name), { recursive: true, force: true });
    this.failed = true;
  }

  private start(): void {
    if (this.name) return;
    const runDir = join(this.outDir, (this.name = freshRunFolder(this.outDir, this.runId)));
    this.bodies = RUN_FILES.map((file) => new TextSink(join(runDir, BODY_PREFIX + file.name)));
  }

  private flushWaiting(full: boolean): void {
    const offset = this.keys.length - this.waiting.length;
    RUN_FILES.forEach((file, k) => {
      if (!file.dependsOnMode) return;
      this.waiting.forEach(({ pair, articles, find }, w) => this.bodies[k].write(file.pair(pair, offset + w, { find, articles, full })));
    });
    this.waiting.length = 0;
  }

  /** Whether the finished report is the one whose pieces were written: same pairs, same verdicts. */
  private matches(report: RunReport): boolean {
    return report.pairs.length === this.keys.length && report.pairs.every((p, i) => pieceKey(p) === this.keys[i]);
  }

  /** Each file's head written, then its body and tail appended while the next head is rendered. */
  private async completeBodies(runDir: string, report: RunReport): Promise<void> {
    const full = showsFullAlignments(this.beads);
    const bodies = this.bodies;
    this.bodies = [];
    const appending: Promise<void>[] = [];
    try {
      RUN_FILES.forEach((file, k) => {
        bodies[k].close();
        const path = join(runDir, file.name);
        const sink = new TextSink(path);
        try {
          sink.writeAll(file.head(report, full));
        } finally {
          sink.close();
        }
        const done = appendFile(path, bodies[k].path, file.tail(report));
        // A failure is reported when all are waited for; until then it must not count as unhandled.
        done.catch(() => {});
        appending.push(done);
      });
      await Promise.all(appending);
    } finally {
      await Promise.allSettled(appending);
      for (const body of bodies) rmSync(body.path, { force: true });
    }
  }

  private discardBodies(): void {
    for (const body of this.bodies) {
      try {
        body.close();
      } catch {
        // Already failing: the body is removed below either way.
      }
      rmSync(body.path, { force: true });
    }
    this.bodies = [];
  }
}

/** Stands in for the pairs while the rest of the report is laid out. */
const PAIRS_PLACEHOLDER = '"\\u0000pairs"';

/**
 * report.json in pieces: the top level indented, then one pair per line, so that no single string comes
 * near V8's string limit on a run of 10,000 pairs (and the file still diffs and greps by pair).
 */
export function* reportJson(report: RunReport): Generator<string> {
  yield* reportJsonHead(report);
  for (let i = 0; i < report.pairs.length; i++) yield reportJsonPair(report.pairs[i], i);
  yield reportJsonTail(report);
}

/** Head and tail of a report's JSON come from one layout: the articles of a large run make it worth keeping. */
const layouts = new WeakMap<RunReport, { layout: string; at: number }>();

function jsonLayout(report: RunReport): { layout: string; at: number } {
  let found = layouts.get(report);
  if (!found) {
    const layout = JSON.stringify({ ...report, pairs: '\u0000pairs' }, null, 2);
    layouts.set(report, (found = { layout, at: layout.indexOf(PAIRS_PLACEHOLDER) }));
  }
  return found;
}

function* reportJsonHead(report: RunReport): Generator<string> {
  const { layout, at } = jsonLayout(report);
  yield layout.slice(0, at);
  yield report.pairs.length === 0 ? '[]' : '[\n';
}

/** Indent and separator as separate pieces: joining them would copy every pair's JSON once more. */
function reportJsonPair(pair: PairResult, index: number): string {
  return `${index > 0 ? ',\n' : ''}    ${JSON.stringify(pair)}`;
}

function reportJsonTail(report: RunReport): string {
  const { layout, at } = jsonLayout(report);
  return `${report.pairs.length === 0 ? '' : '\n  ]'}${layout.slice(at + PAIRS_PLACEHOLDER.length)}\n`;
}

function createFreshFolder(outDir: string, base: string): string {
  for (let n = 1; n <= MAX_FOLDER_ATTEMPTS; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (name === LATEST) continue;
    try {
      mkdirSync(join(outDir, name));
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
