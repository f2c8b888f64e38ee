// The report stage's I/O edge: run folders on disk, the `latest` pointer, and reading runs back.

import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PairResult, RunReport } from '../types.js';
import { slug } from './escape.js';
import { type DroppedLines, HTML_TAIL, htmlHead, htmlPair, showsFullAlignments } from './html.js';
import { markdownHead, markdownPair } from './markdown.js';
import type { KnownMarks } from './pair-marks.js';
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

/** What a run's files say before their first pair, known when the run starts: the tool, the time, the corpus, the languages. */
export type RunLead = Pick<RunReport, 'tool' | 'createdAt' | 'corpus' | 'reviewFile' | 'langs'>;

/** What a lead-only head reads: the run's lead, its id, and the languages of its pairs (a report is one). */
type LeadView = RunLead & Pick<RunReport, 'schemaVersion' | 'runId'> & { pairs: readonly Pick<PairResult, 'srcLang'>[] };

/**
 * One of a run's files: a head, one piece per pair, a tail. The head either needs the whole report
 * (`head`) or only its lead (`lead`): a file of the second kind is written in place from its first
 * pair on, the others collect their pairs aside until the head is known.
 */
type RunFile = {
  name: string;
  pair(pair: PairResult, index: number, ctx: PairContext): string;
  tail(report: RunReport): string;
  /** Its pieces depend on `full`, which a run being written pair by pair only knows once it has enough beads. */
  dependsOnMode?: boolean;
} & ({ head(report: RunReport, full: boolean): Iterable<string>; lead?: undefined } | { lead(view: LeadView): string; head?: undefined });

const RUN_FILES: readonly RunFile[] = [
  { name: REPORT_JSON, lead: reportJsonHead, pair: reportJsonPair, tail: reportJsonTail },
  { name: 'alignments.tmx', lead: reportTmxHead, pair: (p) => tmxPair(p), tail: () => TMX_TAIL },
  { name: 'report.md', head: markdownHead, pair: (p, i, c) => markdownPair(p, i, c.find), tail: () => '' },
  { name: 'index.html', head: htmlHead, pair: (p, i, c) => htmlPair(p, i, c.find, c.articles, c.full), tail: () => HTML_TAIL, dependsOnMode: true },
];

function headOf(file: RunFile, report: RunReport, full: boolean): Iterable<string> {
  return file.lead ? [file.lead(report)] : file.head(report, full);
}

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
      sink.writeAll(headOf(file, report, full));
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
 * so that rendering overlaps the checking instead of following it. Given the run's lead, report.json
 * and alignments.tmx are written in place from the start; the other files' pairs collect in hidden
 * body files until their heads, which need the whole report, are known. Gives byte for byte what
 * `writeRun` gives for the finished report. Should a reviewer's decision change a flag between its
 * pair's arrival and the end, or the lead turn out otherwise, everything is written again from the
 * finished report.
 */
export class RunWriter {
  /** The run folder's name, once the first pair has made it. */
  private name?: string;
  /** Per run file, where its pairs go: the file itself when its head was written first, else its body file. */
  private bodies: TextSink[] = [];
  /** Per run file, the head written in front of its pairs at the start ('' for a file whose head waits). */
  private leads: string[] = [];
  /** Per pair written, its `pieceKey`. */
  private readonly keys: string[] = [];
  /** Pairs whose index.html piece waits until the run's mode is known. */
  private readonly waiting: { pair: PairResult; articles: (DroppedLines | undefined)[]; find: QuantityFinder }[] = [];
  private beads = 0;
  private failed = false;

  constructor(
    private readonly outDir: string,
    private readonly runId: string,
    private readonly lead?: RunLead,
  ) {}

  /**
   * The next pair of the run (pairs come in report order), with verdicts as they stood at the start;
   * `known`, the quantity marks of its texts where the worker that checked it found them.
   */
  addPair(pair: PairResult, articles: (DroppedLines | undefined)[], known?: KnownMarks): void {
    if (this.failed) return;
    try {
      this.start(pair);
      const index = this.keys.length;
      this.keys.push(pieceKey(pair));
      this.beads += pair.beads.length;
      // Both pages look up the quantities of the pair's flag texts: found once, and forgotten with the pair.
      const find = cachedMarks(undefined, known);
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

  private start(first: PairResult): void {
    if (this.name) return;
    const name = (this.name = freshRunFolder(this.outDir, this.runId));
    const runDir = join(this.outDir, name);
    const view = this.lead && { ...this.lead, schemaVersion: SCHEMA_VERSION, runId: name, pairs: [first] };
    this.leads = RUN_FILES.map((file) => (view && file.lead ? file.lead(view) : ''));
    this.bodies = RUN_FILES.map((file, k) => {
      if (!this.leads[k]) return new TextSink(join(runDir, BODY_PREFIX + file.name));
      const sink = new TextSink(join(runDir, file.name));
      sink.write(this.leads[k]);
      return sink;
    });
  }

  private flushWaiting(full: boolean): void {
    const offset = this.keys.length - this.waiting.length;
    RUN_FILES.forEach((file, k) => {
      if (!file.dependsOnMode) return;
      this.waiting.forEach(({ pair, articles, find }, w) => this.bodies[k].write(file.pair(pair, offset + w, { find, articles, full })));
    });
    this.waiting.length = 0;
  }

  /** Whether the finished report is the one whose pieces were written: same pairs, same verdicts, same leads. */
  private matches(report: RunReport): boolean {
    return (
      report.pairs.length === this.keys.length &&
      report.pairs.every((p, i) => pieceKey(p) === this.keys[i]) &&
      RUN_FILES.every((file, k) => !this.leads[k] || file.lead?.(report) === this.leads[k])
    );
  }

  /** A file written in place gets its tail; the others their head, then body and tail appended while the next head is rendered. */
  private async completeBodies(runDir: string, report: RunReport): Promise<void> {
    const full = showsFullAlignments(this.beads);
    const bodies = this.bodies;
    this.bodies = [];
    const appending: Promise<void>[] = [];
    try {
      RUN_FILES.forEach((file, k) => {
        if (this.leads[k]) {
          bodies[k].write(file.tail(report));
          bodies[k].close();
          return;
        }
        bodies[k].close();
        const path = join(runDir, file.name);
        const sink = new TextSink(path);
        try {
          sink.writeAll(headOf(file, report, full));
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
      bodies.forEach((body, k) => {
        if (!this.leads[k]) rmSync(body.path, { force: true });
      });
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

/** report.json's fields before its pairs: all known when the run starts, so the file can be written in order. */
const LEAD_FIELDS = ['schemaVersion', 'tool', 'runId', 'createdAt', 'corpus', 'reviewFile', 'langs'] as const;

/**
 * report.json in pieces: the top level indented, then one pair per line, so that no single string comes
 * near V8's string limit on a run of 10,000 pairs (and the file still diffs and greps by pair).
 */
export function* reportJson(report: RunReport): Generator<string> {
  yield reportJsonHead(report);
  for (let i = 0; i < report.pairs.length; i++) yield reportJsonPair(report.pairs[i], i);
  yield reportJsonTail(report);
}

/** The lead fields, then the opening of the pairs. */
function reportJsonHead(view: LeadView): string {
  const lead: Record<string, unknown> = {};
  for (const field of LEAD_FIELDS) lead[field] = view[field];
  const layout = JSON.stringify({ ...lead, pairs: '\u0000pairs' }, null, 2);
  return layout.slice(0, layout.indexOf(PAIRS_PLACEHOLDER)) + (view.pairs.length === 0 ? '[]' : '[\n');
}

/** Indent and separator as separate pieces: joining them would copy every pair's JSON once more. */
function reportJsonPair(pair: PairResult, index: number): string {
  return `${index > 0 ? ',\n' : ''}    ${JSON.stringify(pair)}`;
}

/** The close of the pairs, then every field that is not a lead field (articles, rejected, unpaired, summary). */
function reportJsonTail(report: RunReport): string {
  const rest: Record<string, unknown> = { pairs: '\u0000pairs' };
  for (const [field, value] of Object.entries(report)) {
    if (field !== 'pairs' && !(LEAD_FIELDS as readonly string[]).includes(field)) rest[field] = value;
  }
  const layout = JSON.stringify(rest, null, 2);
  return `${report.pairs.length === 0 ? '' : '\n  ]'}${layout.slice(layout.indexOf(PAIRS_PLACEHOLDER) + PAIRS_PLACEHOLDER.length)}\n`;
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
