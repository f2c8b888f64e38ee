// Benchmark: rendering a run (the seed fixture's pairs repeated) as HTML, Markdown, TMX and the plain
// summary; then writeRun on a run the size of the 10,000-pair corpus run (/tmp/c10k through `qa`: 9,905
// pairs, 51 sentences a side, 53 beads and 2.7 flags per pair), and the same run streamed pair by pair
// through RunWriter.addPair as `qa` does while pairs are checked. JSON.stringify of the same report is the
// baseline for all.
// Run: npx tsx bench/report.bench.ts
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffRuns } from '../src/report/diff.js';
import { spanText } from '../src/report/flags.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { plainSummary } from '../src/report/summary.js';
import { reportTmx } from '../src/report/tmx.js';
import { RunWriter, writeRun } from '../src/report/write.js';
import type { PairResult, RunReport } from '../src/types.js';
import { type FlagSpec, type Row, article, buildPair, buildReport } from '../test/fixtures/report/build-report.js';
import { seedReport } from '../test/fixtures/report/seed-report.js';

/** Copies of the seed pairs: about 1,000 pairs, 5,500 beads, 4,500 flags, for the renderers one by one. */
const COPIES = 500;
/** Repeats per measurement; the best is reported because the machine is shared. */
const REPEATS = 2;
/** The large run: as many pairs as the 10,000-pair benchmark corpus, with its per-pair sizes. */
const LARGE_PAIRS = 10_000;
const ROWS_PER_PAIR = 52;
/** Flags per pair cycle through these: 2.7 on average, like the corpus run's. */
const FLAGS_PER_PAIR = [2, 3, 3];

function largeReport(): RunReport {
  const seed = seedReport();
  const pairs = Array.from({ length: COPIES }, (_, n) =>
    seed.pairs.map((p) => ({
      ...p,
      src: `${n}/${p.src}`,
      tgt: `${n}/${p.tgt}`,
      flags: p.flags.map((f) => ({ ...f, fingerprint: `${n}-${f.fingerprint}` })),
    })),
  ).flat();
  const articles = Array.from({ length: COPIES }, (_, n) => seed.articles.map((a) => ({ ...a, file: `${n}/${a.file}` }))).flat();
  return { ...seed, pairs, articles };
}

/** The seed's beads as rows and its flags as specs, so that pairs of any length can be built from them. */
function seedMaterial(): { rows: Row[]; flags: { row: number; spec: Omit<FlagSpec, 'bead'> }[] } {
  const rows: Row[] = [];
  const flags: { row: number; spec: Omit<FlagSpec, 'bead'> }[] = [];
  for (const p of seedReport().pairs) {
    const offset = rows.length;
    for (const b of p.beads) rows.push([b.src.map((i) => p.srcSentences[i].text), b.tgt.map((i) => p.tgtSentences[i].text)]);
    for (const f of p.flags) {
      const { rule, severity, message, expected, actual } = f;
      flags.push({ row: offset + f.bead, spec: { rule, severity, message, expected, actual, srcPiece: spanText(f.srcText, f.src), tgtPiece: spanText(f.tgtText, f.tgt) } });
    }
  }
  return { rows, flags };
}

/** A pair of ROWS_PER_PAIR seed rows, each sentence made unique with its pair and row numbers (as real text is). */
function corpusSizedPair(n: number, material: ReturnType<typeof seedMaterial>): PairResult {
  const rows: Row[] = Array.from({ length: ROWS_PER_PAIR }, (_, r) => {
    const [src, tgt] = material.rows[r % material.rows.length];
    return [src.map((s) => `${s} (${n}.${r})`), tgt.map((s) => `${s} (${n}.${r})`)];
  });
  const count = FLAGS_PER_PAIR[n % FLAGS_PER_PAIR.length];
  const flags: FlagSpec[] = Array.from({ length: count }, (_, k) => {
    const { row, spec } = material.flags[(n + k) % material.flags.length];
    // The same seed row further into the pair, so flags spread over the alignment.
    const cycle = Math.floor(((k + 1) * ROWS_PER_PAIR) / (count + 1) / material.rows.length);
    return { ...spec, bead: Math.min(row + cycle * material.rows.length, ROWS_PER_PAIR - 1 - ((ROWS_PER_PAIR - 1 - row) % material.rows.length)) };
  });
  return buildPair({ src: `en/${n}.txt`, tgt: `de/${n}.txt`, rows, flags });
}

function corpusSizedReport(): RunReport {
  const material = seedMaterial();
  const pairs = Array.from({ length: LARGE_PAIRS }, (_, n) => corpusSizedPair(n, material));
  const articles = pairs.flatMap((p) => [article(p.src, 'en', { sentences: ROWS_PER_PAIR }), article(p.tgt, 'de', { sentences: ROWS_PER_PAIR })]);
  return buildReport(pairs, articles, [], 'bench');
}

function best(label: string, run: () => string | number, baseline?: number): number {
  let ms = Infinity;
  let size = 0;
  let counted = false;
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now();
    const out = run();
    ms = Math.min(ms, performance.now() - t);
    size = typeof out === 'string' ? out.length : out;
    counted = typeof out === 'number';
  }
  const mb = size / 1e6;
  const ratio = baseline === undefined ? '' : `, ${(ms / baseline).toFixed(1)}x JSON.stringify's time`;
  const rate = counted ? `${size} flags matched` : `${mb.toFixed(1)} MB output, ${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  console.log(`${label}: ${ms.toFixed(0)} ms (${rate}${ratio})`);
  return ms;
}

/** Peak resident memory since the last reset (Linux); undefined elsewhere. */
function peakRss(): number | undefined {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;
  } catch {
    return undefined;
  }
}

async function resetPeakRss(): Promise<void> {
  await writeFile('/proc/self/clear_refs', '5').catch(() => {});
}

const report = largeReport();
const flags = report.pairs.reduce((n, p) => n + p.flags.length, 0);
const beads = report.pairs.reduce((n, p) => n + p.beads.length, 0);
console.log(`report: ${report.pairs.length} pairs, ${beads} beads, ${flags} flags`);
const json = best('report json (baseline)', () => JSON.stringify(report, null, 2));
best('report html', () => renderHtml(report), json);
best('report markdown', () => renderMarkdown(report), json);
best('report tmx', () => reportTmx(report), json);
best('report summary', () => plainSummary(report), json);
best('report diff', () => diffRuns(report, report).unchanged.length);

const large = corpusSizedReport();
const largeBeads = large.pairs.reduce((n, p) => n + p.beads.length, 0);
const largeFlags = large.pairs.reduce((n, p) => n + p.flags.length, 0);
console.log(`large report: ${large.pairs.length} pairs, ${largeBeads} beads, ${largeFlags} flags`);
let t = performance.now();
let jsonChars = 0;
for (const p of large.pairs) jsonChars += JSON.stringify(p).length;
const largeJson = performance.now() - t;
console.log(`report json of the large run (baseline, pairs one by one): ${largeJson.toFixed(0)} ms (${(jsonChars / 1e6).toFixed(0)} MB)`);
const out = await mkdtemp(join(tmpdir(), 'tandem-report-bench-'));
try {
  const rssBefore = process.memoryUsage().rss;
  await resetPeakRss();
  t = performance.now();
  const dir = await writeRun(out, large);
  const ms = performance.now() - t;
  const peak = peakRss();
  let bytes = 0;
  for (const f of ['report.json', 'report.md', 'index.html', 'alignments.tmx']) bytes += (await stat(join(dir, f))).size;
  const memory = peak === undefined ? '' : `, peak RSS ${(peak / 1e6).toFixed(0)} MB (+${((peak - rssBefore) / 1e6).toFixed(0)} MB over the report in memory)`;
  console.log(
    `report writeRun (all four files, large run): ${ms.toFixed(0)} ms, ${(bytes / 1e6).toFixed(0)} MB written, ` +
      `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s, ${(ms / largeJson).toFixed(1)}x JSON.stringify's time${memory}`,
  );
} finally {
  await rm(out, { recursive: true, force: true });
}

// addPair is main-thread CPU taken from the two checking workers: CPU time, not wall time, is what counts.
const streamed = await mkdtemp(join(tmpdir(), 'tandem-report-bench-'));
try {
  const articles = new Map(large.articles.map((a) => [a.file, a]));
  const { tool, createdAt, corpus, reviewFile, langs } = large;
  // As `qa` starts it: with the run's lead, so report.json and alignments.tmx are written in place.
  const writer = new RunWriter(streamed, 'bench', { tool, createdAt, corpus, reviewFile, langs });
  const before = process.cpuUsage();
  for (const p of large.pairs) writer.addPair(p, [articles.get(p.src), articles.get(p.tgt)]);
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  console.log(`report addPair (large run, pair by pair, all four files): ${ms.toFixed(0)} ms CPU, ${(ms / largeJson).toFixed(1)}x JSON.stringify's time`);
  // What is left once the last pair is checked: the heads of report.md and index.html, their bodies joined on.
  const t0 = performance.now();
  await writer.finish(large);
  console.log(`report finish (large run, after the last pair): ${(performance.now() - t0).toFixed(0)} ms`);
} finally {
  await rm(streamed, { recursive: true, force: true });
}
