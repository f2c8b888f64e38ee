// Every stage's time on adversarial input, at two sizes: a linear stage takes about twice as long
// at twice the size. Usage: npx tsx bench/adversarial.bench.ts   (exit 1 when a stage is super-linear)
// Inputs are generated here; nothing is read from disk.
import { alignSentences } from '../src/align/index.js';
import { checkAlignment, checkSegments } from '../src/check/index.js';
import { detectArticle } from '../src/detect/index.js';
import { decodeArticle, isRejected } from '../src/ingest/index.js';
import { scan } from '../src/numbers/index.js';
import { pairArticles } from '../src/pair/index.js';
import { segmentArticle } from '../src/segment/index.js';
import type { Article, Bead, Lang } from '../src/types.js';

/** Time ratio at double size above which a stage counts as super-linear (2 is linear; noise and GC add some). */
const MAX_RATIO = 3;
/** A stage slower than this at the small size is not run at the large one (nor are the stages after it). */
const BUDGET_MS = 5_000;
/** Quick inputs run this many times and keep each stage's best time: one GC pause is not a trend. */
const REPEATS = 5;
/** ...when one run of all stages at both sizes takes less than this. */
const REPEAT_BELOW_MS = 5_000;

interface Input {
  name: string;
  /** The two sizes, and what they count. */
  sizes: [number, number];
  unit: string;
  /** The English and German files (name and text) of size `n`. */
  make: (n: number) => { file: string; en: string; de: string };
}

const MB = 1024 * 1024;

const INPUTS: Input[] = [
  {
    name: 'one-word sentences',
    sizes: [50_000, 100_000],
    unit: 'sentences',
    make: (n) => ({ file: 'words.txt', en: 'Word. '.repeat(n), de: 'Wort. '.repeat(n) }),
  },
  {
    name: 'one sentence without punctuation',
    sizes: [MB / 2, MB],
    unit: 'bytes',
    make: (n) => ({ file: 'line.txt', en: 'word '.repeat(n / 5), de: 'wort '.repeat(n / 5) }),
  },
  {
    name: 'numbers in one sentence',
    sizes: [5_000, 10_000],
    unit: 'numbers',
    make: (n) => {
      const nums = (dec: string) => Array.from({ length: n }, (_, k) => `${k * 7}${dec}${k % 10}`).join(' ');
      return { file: 'numbers.txt', en: `The figures are ${nums('.')}.`, de: `Die Zahlen sind ${nums(',')}.` };
    },
  },
  {
    name: 'deeply nested HTML',
    // Deeper than 1,000 levels ingest rejects the page at once; these are read, without Readability.
    sizes: [450, 900],
    unit: 'levels',
    make: (n) => {
      const nest = (text: string) => `<html><body>${'<div>'.repeat(n)}<p>${text}</p>${'</div>'.repeat(n)}</body></html>`;
      return { file: 'nested.html', en: nest('The budget grew by 2.3 billion euros in 2023.'), de: nest('Der Haushalt wuchs 2023 um 2,3 Milliarden Euro.') };
    },
  },
  {
    name: 'line of digits and dots',
    sizes: [MB / 2, MB],
    unit: 'bytes',
    make: (n) => {
      const line = '1.2.3.4.5.6.7.8.9.0.'.repeat(n / 20);
      return { file: 'digits.txt', en: line, de: line };
    },
  },
];

const LANGS: Lang[] = ['en', 'de'];

function article(file: string, text: string): Article {
  const a = decodeArticle({ file, bytes: new Uint8Array(Buffer.from(text)) });
  if (isRejected(a)) throw new Error(`${file}: ${a.reason}`);
  return a;
}

/** A stage's time; `projected` when it ran out of budget part way and the rest is extrapolated. */
interface Timing {
  ms: number;
  projected?: boolean;
}

class Skipped extends Error {}

/** With --expose-gc (as `npm run bench` runs benches), one stage's garbage is not collected in the next one's time. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Each stage on one input size, fed by the stages before it. Stages in `skip`, and all after the
 * first of them, are not run.
 */
function runStages(input: Input, n: number, skip: ReadonlySet<string> = new Set()): Map<string, Timing> {
  const { file, en, de } = input.make(n);
  const timings = new Map<string, Timing>();
  const time = <T>(stage: string, work: () => T): T => {
    if (skip.has(stage)) throw new Skipped(stage);
    collectGarbage();
    const t0 = performance.now();
    const out = work();
    timings.set(stage, { ms: performance.now() - t0 });
    return out;
  };
  try {
    const [src, tgt] = time('ingest', () => [article(`en-${file}`, en), article(`de-${file}`, de)]);
    const paragraphs = (a: Article) => a.paragraphs.map((p) => p.text);
    time('detect', () => [detectArticle(src.file, paragraphs(src), LANGS), detectArticle(tgt.file, paragraphs(tgt), LANGS)]);
    time('pair', () =>
      pairArticles(
        [
          { file: src.file, lang: 'en', text: paragraphs(src).join('\n\n') },
          { file: tgt.file, lang: 'de', text: paragraphs(tgt).join('\n\n') },
        ],
        { srcLang: 'en', tgtLang: 'de' },
      ),
    );
    const [srcTexts, tgtTexts] = time('segment', () => [segmentArticle(src, 'en'), segmentArticle(tgt, 'de')].map((s) => s.map((x) => x.text)));
    time('numbers', () => {
      for (const s of srcTexts) scan(s, 'en');
      for (const s of tgtTexts) scan(s, 'de');
    });
    const beads = time('align', () => alignSentences(srcTexts, tgtTexts, { srcLang: 'en', tgtLang: 'de' }));
    if (skip.has('check')) throw new Skipped('check');
    collectGarbage();
    timings.set('check', checkWithinBudget(srcTexts, tgtTexts, beads));
  } catch (e) {
    if (!(e instanceof Skipped)) throw e;
  }
  return timings;
}

/** Beads checked between looks at the clock. */
const CHECK_CHUNK = 8;

/** The check stage bead chunk by bead chunk; past the budget, the rest is projected from the pace so far. */
function checkWithinBudget(src: string[], tgt: string[], beads: Bead[]): Timing {
  const t0 = performance.now();
  for (let k = 0; k < beads.length; k += CHECK_CHUNK) {
    // Bead indices stay valid: each chunk is checked against the full sentence lists.
    checkAlignment(src, tgt, beads.slice(k, k + CHECK_CHUNK), { srcLang: 'en', tgtLang: 'de' });
    const ms = performance.now() - t0;
    const done = Math.min(k + CHECK_CHUNK, beads.length);
    if (ms > BUDGET_MS && done < beads.length) return { ms: (ms * beads.length) / done, projected: true };
  }
  return { ms: performance.now() - t0 };
}

/** Each stage's better time of two runs, kept in `best`. */
function keepBest(best: Map<string, Timing>, run: Map<string, Timing>): void {
  for (const [stage, t] of run) if (t.ms < (best.get(stage)?.ms ?? Infinity)) best.set(stage, t);
}

const totalMs = (timings: Map<string, Timing>) => [...timings.values()].reduce((sum, t) => sum + t.ms, 0);

/**
 * Best time per stage at both sizes, over a few runs when the input is quick, else one run. The sizes
 * take turns, so that a slow spell of the shared machine (or a collection, or a late compile) falls on
 * both alike instead of on the larger size's runs only, which read as super-linear growth.
 */
function bestOfBoth(input: Input): [Map<string, Timing>, Map<string, Timing>] {
  const small = runStages(input, input.sizes[0]);
  // A stage over budget at the small size is not run at the larger one, nor are the stages after it.
  const slow = new Set([...small].filter(([, t]) => t.ms > BUDGET_MS).map(([stage]) => stage));
  const large = runStages(input, input.sizes[1], slow);
  for (let k = 1; k < REPEATS && totalMs(small) + totalMs(large) < REPEAT_BELOW_MS; k++) {
    keepBest(small, runStages(input, input.sizes[0]));
    keepBest(large, runStages(input, input.sizes[1], slow));
  }
  return [small, large];
}

/** The check stage on one segment of `n` numbers that all changed: what an uncut 10,000-number sentence would cost. */
function checkUncut(n: number): Timing {
  const nums = (dec: string, shift: number) => Array.from({ length: n }, (_, k) => `${k * 7 + shift}${dec}${k % 10}`).join(' ');
  collectGarbage();
  const t0 = performance.now();
  checkSegments(`The figures are ${nums('.', 0)}.`, `Die Zahlen sind ${nums(',', 1)}.`, { srcLang: 'en', tgtLang: 'de' });
  return { ms: performance.now() - t0 };
}

const fmt = (t: Timing) => `${t.ms >= 1000 ? `${(t.ms / 1000).toFixed(2)} s` : `${t.ms.toFixed(1)} ms`}${t.projected ? ' (projected)' : ''}`;
/** Below this, a stage's time on a shared two-core machine is noise and its ratio means nothing. */
const NOISE_MS = 25;

const superLinear: string[] = [];
const overBudget: string[] = [];

function report(stage: string, input: Input, small: Timing, large: Timing | undefined): void {
  const [n1, n2] = input.sizes;
  const label = `${stage}: ${input.name}: ${fmt(small)} at ${n1}`;
  if (small.ms > BUDGET_MS) overBudget.push(`${stage} on ${input.name} (${fmt(small)} at ${n1} ${input.unit})`);
  if (large === undefined) {
    const why = small.ms > BUDGET_MS ? `over the ${BUDGET_MS / 1000} s budget` : 'a stage before it was over budget';
    console.log(`${label} ${input.unit}; not run at ${n2} (${why})`);
    return;
  }
  const ratio = large.ms / Math.max(small.ms, 1e-3);
  const flag = large.ms > NOISE_MS && ratio > MAX_RATIO;
  if (flag) superLinear.push(`${stage} on ${input.name} (x${ratio.toFixed(1)})`);
  console.log(`${label}, ${fmt(large)} at ${n2} ${input.unit}; ratio ${ratio.toFixed(2)}${flag ? '  SUPER-LINEAR' : ''}`);
}

// Warm up the JIT and the lazily loaded tables on small inputs, so the first figures are not compile time.
for (const input of INPUTS) runStages(input, Math.min(100, input.sizes[0]));

for (const input of INPUTS) {
  const [small, large] = bestOfBoth(input);
  for (const [stage, t] of small) report(stage, input, t, large.get(stage));
}

// The check stage gets cut sentences from segment; uncut, 10,000 numbers would be one segment.
const uncut: Input = { ...INPUTS[2], name: 'changed numbers in one uncut segment', sizes: [500, 1_000] };
const uncutSmall = checkUncut(uncut.sizes[0]);
report('check (uncut)', uncut, uncutSmall, uncutSmall.ms > BUDGET_MS ? undefined : checkUncut(uncut.sizes[1]));

console.log(`adversarial: super-linear: ${superLinear.join('; ') || 'none'}`);
console.log(`adversarial: over the ${BUDGET_MS / 1000} s budget at the small size: ${overBudget.join('; ') || 'none'}`);
process.exitCode = superLinear.length || overBudget.length ? 1 : 0;
