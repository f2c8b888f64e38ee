// Segmentation throughput (issue 3): splitSentences on >= 5 MB of EN and DE news text built from the
// seed corpus with varied numbers, the time ratio 50 MB / 5 MB (linear means ~10x), `Intl.Segmenter`
// per paragraph as a baseline on the same text, and the adversarial shapes of issue 10.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/segment/index.js';

const CORPUS = 'corpus';
const MB = 1024 * 1024;
/** Target of issue 3. */
const MIN_MB_PER_S = 20;
/** Best of this many runs: the machine is shared, the best run is the least disturbed. */
const RUNS = 3;

/** Seed paragraphs by language: files 002 and 004 are German, the rest English. */
function seedParagraphs(): Record<'en' | 'de', string[]> {
  const out: Record<'en' | 'de', string[]> = { en: [], de: [] };
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    const lang = /^00[24]_/.test(file) ? 'de' : 'en';
    const text = readFileSync(join(CORPUS, file), 'utf8');
    out[lang].push(...text.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0));
  }
  return out;
}

/** About `bytes` of text: the seed paragraphs over and over, every number changed, blank-line separated. */
function buildText(paragraphs: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const p of paragraphs) {
      const varied = p.replace(/\d+/g, (d) => String((Number(d) + round * 7) % 10 ** d.length).padStart(d.length, '1'));
      parts.push(varied);
      size += Buffer.byteLength(varied) + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n');
}

function bestMs(fn: () => void): number {
  let best = Infinity;
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function intlBaseline(text: string, lang: string): number {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  let n = 0;
  for (const p of text.split('\n\n')) for (const _ of seg.segment(p)) n++;
  return n;
}

const seeds = seedParagraphs();
const fmt = (bytes: number, ms: number) => (bytes / MB / (ms / 1000)).toFixed(1);
let slowest = Infinity;
for (const lang of ['en', 'de'] as const) {
  const small = buildText(seeds[lang], 5 * MB);
  const large = buildText(seeds[lang], 50 * MB);
  const smallBytes = Buffer.byteLength(small);
  const largeBytes = Buffer.byteLength(large);
  splitSentences(small, lang); // warm-up
  const tSmall = bestMs(() => splitSentences(small, lang));
  const tLarge = bestMs(() => splitSentences(large, lang));
  const tIntl = bestMs(() => intlBaseline(small, lang));
  slowest = Math.min(slowest, smallBytes / MB / (tSmall / 1000), largeBytes / MB / (tLarge / 1000));
  console.log(`segment ${lang}: ${fmt(smallBytes, tSmall)} MB/s on ${(smallBytes / MB).toFixed(1)} MB (${splitSentences(small, lang).length} sentences)`);
  console.log(`segment ${lang}: ${fmt(largeBytes, tLarge)} MB/s on ${(largeBytes / MB).toFixed(1)} MB; time ratio 50 MB / 5 MB: ${(tLarge / tSmall).toFixed(1)}x (linear: ~${(largeBytes / smallBytes).toFixed(1)}x)`);
  console.log(`baseline Intl.Segmenter per paragraph ${lang}: ${fmt(smallBytes, tIntl)} MB/s on ${(smallBytes / MB).toFixed(1)} MB; splitSentences is ${(tIntl / tSmall).toFixed(1)}x faster`);
}

// Adversarial shapes (issue 10): time must stay linear and small.
const adversarial: [string, string][] = [
  ['one 1 MB line without punctuation', 'word '.repeat(200_000)],
  ['100,000 one-word lines', 'Word\n'.repeat(100_000)],
  ['1 MB of dots', '.'.repeat(MB)],
  ['1 MB of "a. "', 'a. '.repeat(MB / 3)],
  ['1 MB of "U.S. "', 'U.S. '.repeat(MB / 5)],
];
for (const [name, text] of adversarial) {
  const ms = bestMs(() => splitSentences(text, 'en'));
  console.log(`segment adversarial: ${name}: ${ms.toFixed(0)} ms (${fmt(Buffer.byteLength(text), ms)} MB/s)`);
}
console.log(`segment: slowest ${slowest.toFixed(1)} MB/s (target >= ${MIN_MB_PER_S} MB/s: ${slowest >= MIN_MB_PER_S ? 'met' : 'NOT met'})`);
