// Aligner speed and memory: 10k and 40k sentence pairs built by repeating the news-dev documents.
// Usage: npx tsx bench/align.bench.ts   (targets: 40k x 40k <= 10 s and <= 500 MB; 40k/10k time <= 4.5x)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../src/align/index.js';

const DIR = '../shared/data/align/news-dev';
const MAX_SECONDS = 10;
const MAX_MB = 500;
const MAX_RATIO = 4.5;

const readLines = (path: string): string[] => readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);

/** The news-dev documents one after another, repeated until each side has `n` sentences. */
function corpus(n: number): { src: string[]; tgt: string[] } {
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { docs: { src: string; tgt: string }[] };
  const docs = manifest.docs.map((d) => ({ src: readLines(join(DIR, d.src)), tgt: readLines(join(DIR, d.tgt)) }));
  const src: string[] = [];
  const tgt: string[] = [];
  for (let k = 0; src.length < n || tgt.length < n; k++) {
    const d = docs[k % docs.length];
    src.push(...d.src);
    tgt.push(...d.tgt);
  }
  return { src: src.slice(0, n), tgt: tgt.slice(0, n) };
}

/** Wall time is the target; CPU time is printed too, since the shared machine's load inflates wall time. */
function time(n: number): { seconds: number; cpu: number; beads: number } {
  const { src, tgt } = corpus(n);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const beads = alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'de' });
  const c = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, beads: beads.length };
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 20);

time(2_000); // warm-up: JIT and data loading
const small = time(10_000);
const large = time(40_000);
clearInterval(sampler);
const m = process.memoryUsage();
peakRss = Math.max(peakRss, m.rss);
peakHeap = Math.max(peakHeap, m.heapUsed);
const ratio = large.seconds / small.seconds;
process.stdout.write(`align: 10k x 10k in ${small.seconds.toFixed(2)} s, CPU ${small.cpu.toFixed(2)} s (${small.beads} beads)\n`);
process.stdout.write(
  `align: 40k x 40k in ${large.seconds.toFixed(2)} s, CPU ${large.cpu.toFixed(2)} s (${large.beads} beads), ${(40_000 / large.seconds).toFixed(0)} sentence pairs/s\n`,
);
process.stdout.write(
  `align: 40k/10k time ratio ${ratio.toFixed(2)}x, CPU ratio ${(large.cpu / small.cpu).toFixed(2)}x (target <= ${MAX_RATIO}x; linear = 4x)\n`,
);
process.stdout.write(`align: peak RSS ${mb(peakRss)} MB, peak heap ${mb(peakHeap)} MB (target <= ${MAX_MB} MB)\n`);
const ok = large.seconds <= MAX_SECONDS && peakRss <= MAX_MB * 1024 * 1024 && ratio <= MAX_RATIO;
process.stdout.write(`align bench: ${ok ? 'ok' : 'TARGET MISSED'}\n`);
