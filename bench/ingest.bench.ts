// Issue 9: the stages before the per-pair work (read, ingest, detect, pair), one thread, on a
// generated corpus of realistic size, plus segmentation per article (it runs inside the per-pair
// work). Same-run baselines: the previous reader (fs/promises stat + readFile through p-limit) for
// read; for the others, decoding every file's bytes to text, the least any stage over the corpus does.
// Run: npx tsx bench/ingest.bench.ts   (INGEST_BENCH_PAIRS=n changes the corpus size; default 10,000)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { detectArticle } from '../src/detect/index.js';
import { decodeArticle, dropRepeatedLines, isRejected, noteDuplicates } from '../src/ingest/index.js';
import { readCorpus } from '../src/ingest/read.js';
import { pairArticles } from '../src/pair/index.js';
import { segmentArticle } from '../src/segment/index.js';
import type { Article, RawFile } from '../src/types.js';
import { generateCorpus } from './corpus-generator.js';

const PAIRS = Number(process.env.INGEST_BENCH_PAIRS ?? 10_000);
/** The share of issue 9's 30 s end-to-end budget planned for these four stages (a planning figure, not an issue target). */
const TARGET_SECONDS = 4.5;
/** Best of this many runs: the machine is shared, the best run is the least disturbed. */
const RUNS = 2;
const LANGS = ['en', 'de'];

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

/** The best wall time of RUNS runs of `work`, that run's CPU time, and its result. */
async function best<T>(work: () => T | Promise<T>, runs = RUNS): Promise<{ result: T; wall: number; cpu: number }> {
  let out: { result: T; wall: number; cpu: number } | undefined;
  for (let r = 0; r < runs; r++) {
    const cpu0 = cpuNow();
    const t0 = performance.now();
    const result = await work();
    const wall = (performance.now() - t0) / 1000;
    if (!out || wall < out.wall) out = { result, wall, cpu: cpuNow() - cpu0 };
  }
  return out!;
}

/** The previous reader, for the same-run baseline: stat and readFile per file, 32 in flight. */
async function readWithPromises(dir: string, names: string[]): Promise<RawFile[]> {
  const limit = pLimit(32);
  return Promise.all(
    names.map((name) =>
      limit(async () => {
        await stat(join(dir, name));
        return { file: name, bytes: await readFile(join(dir, name)) };
      }),
    ),
  );
}

const work = mkdtempSync(join(tmpdir(), 'tandem-ingest-bench-'));
try {
  const dir = join(work, 'corpus');
  mkdirSync(dir);
  const generated = generateCorpus({ pairs: PAIRS, seed: 42 });
  for (const f of generated) writeFileSync(join(dir, f.name), f.text);
  const names = generated.map((f) => f.name);
  const mb = generated.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
  console.log(`corpus: ${PAIRS} pairs, ${names.length} files, ${mb.toFixed(1)} MB (generated, seed 42)`);

  const line = (stage: string, t: { wall: number; cpu: number }, extra: string) =>
    console.log(`${stage}: ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s cpu (${(mb / t.wall).toFixed(1)} MB/s); ${extra}`);

  const oldRead = await best(() => readWithPromises(dir, names), 1);
  const read = await best(() => readCorpus(dir));
  const files = read.result.files;
  line('read', read, `previous reader ${oldRead.wall.toFixed(2)} s: ${(oldRead.wall / read.wall).toFixed(1)}x faster`);

  const floor = await best(() => files.map((f) => new TextDecoder().decode(f.bytes)));
  const vsFloor = (t: { wall: number }) => `${(t.wall / floor.wall).toFixed(1)}x the time of decoding the bytes (${floor.wall.toFixed(2)} s)`;
  const ingest = await best(() => noteDuplicates(dropRepeatedLines(files.map(decodeArticle).filter((a): a is Article => !isRejected(a)))));
  const articles = ingest.result;
  line('ingest', ingest, vsFloor(ingest));
  const detect = await best(() => articles.map((a) => detectArticle(a.file, a.paragraphs.map((p) => p.text), LANGS)));
  const detections = detect.result;
  line('detect', detect, vsFloor(detect));
  // As the pipeline's pair stage hands them over: paragraphs joined by blank lines, with the title.
  const docs = articles.map((a, i) => ({ file: a.file, lang: detections[i].lang, text: a.paragraphs.map((p) => p.text).join('\n\n'), title: a.title }));
  const pair = await best(() => pairArticles(docs, { srcLang: LANGS[0], tgtLang: LANGS[1] }));
  line('pair', pair, `${pair.result.pairs.length} pairs, ${pair.result.unpaired.length} unpaired; ${vsFloor(pair)}`);

  const total = read.wall + ingest.wall + detect.wall + pair.wall;
  const scale = 10_000 / PAIRS;
  console.log(
    `read+ingest+detect+pair: ${total.toFixed(2)} s wall (${(read.cpu + ingest.cpu + detect.cpu + pair.cpu).toFixed(2)} s cpu); ` +
      `budget ${TARGET_SECONDS} s of the 30 s for 10,000 pairs${scale !== 1 ? ` (scaled: ${(total * scale).toFixed(2)} s)` : ''}: ` +
      `${total * scale <= TARGET_SECONDS ? 'within' : 'over'}`,
  );

  const segment = await best(() => articles.map((a, i) => segmentArticle(a, detections[i].lang)));
  const sentences = segment.result.reduce((n, s) => n + s.length, 0);
  line('segment', segment, `${((1000 * segment.wall) / articles.length).toFixed(3)} ms per article, ${sentences} sentences; ${vsFloor(segment)}`);
  console.log(`memory: peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
