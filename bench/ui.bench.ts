// Review UI speed with 10,000 flags: first frame (target <= 300 ms) and key press to next frame
// (target <= 30 ms), rendered by Ink into a fake terminal (ink-testing-library). A one-line Ink app
// measured the same way is the baseline. Run: npx tsx bench/ui.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveVerdict } from '../src/review/store.js';
import { longReport } from '../test/fixtures/ui/reports.js';
import { preferProductionReact } from '../src/ui/react-mode.js';

// React and Ink are loaded the way runReviewUi loads them: in their production mode.
preferProductionReact();
const React = (await import('react')).default;
const { render } = await import('ink-testing-library');
const { Text, useInput } = await import('ink');
const { ReviewApp } = await import('../src/ui/ReviewApp.js');

const FLAGS = 10_000;
const FIRST_FRAME_TARGET_MS = 300;
const KEY_TARGET_MS = 30;
/** Longest wait for a frame before calling the key lost. */
const FRAME_TIMEOUT_MS = 5000;

type Driven = ReturnType<typeof render>;

/** Resolves with the time of the next frame Ink writes. */
function nextFrameAt(app: Driven): Promise<number> {
  const before = app.frames.length;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = (): void => {
      if (app.frames.length > before) resolve(performance.now());
      else if (performance.now() - started > FRAME_TIMEOUT_MS) reject(new Error('no frame'));
      else setImmediate(poll);
    };
    poll();
  });
}

/** CPU milliseconds used by this process from a key to its frame: less disturbed by other load than wall time. */
const cpuMs: number[] = [];

async function keyToFrame(app: Driven, key: string): Promise<number> {
  const frame = nextFrameAt(app);
  const cpu = process.cpuUsage();
  const start = performance.now();
  app.stdin.write(key);
  const end = await frame;
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1000);
  return end - start;
}

function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function stats(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

function Baseline(): React.JSX.Element {
  const [n, setN] = React.useState(0);
  useInput(() => setN((v) => v + 1));
  return React.createElement(Text, null, `keys: ${n}`);
}

async function measureBaseline(): Promise<{ first: number; key: number }> {
  const start = performance.now();
  const app = render(React.createElement(Baseline));
  const first = performance.now() - start;
  await settle();
  const keys: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    keys.push(await keyToFrame(app, 'j'));
    await settle(2);
  }
  app.unmount();
  return { first, key: stats(keys).median };
}

async function measureReview(): Promise<{ first: number; keys: Map<string, number[]> }> {
  const report = longReport(FLAGS);
  const dir = mkdtempSync(join(tmpdir(), 'tandem-ui-bench-'));
  const reviewPath = join(dir, 'corpus.review.json');
  const start = performance.now();
  const app = render(
    React.createElement(ReviewApp, {
      report,
      verdicts: {},
      save: (fingerprint, verdict) => saveVerdict(reviewPath, fingerprint, verdict),
      color: true,
    }),
  );
  // ink-testing-library renders the first frame synchronously inside render().
  if (app.frames.length === 0) await nextFrameAt(app);
  const first = performance.now() - start;
  await settle();
  const keys = new Map<string, number[]>();
  const press = async (label: string, key: string, times = 1): Promise<void> => {
    for (let i = 0; i < times; i += 1) {
      const ms = await keyToFrame(app, key);
      keys.set(label, [...(keys.get(label) ?? []), ms]);
      await settle(2);
    }
  };
  await press('enter: open the pair of 10,000 flags', '\r');
  await press('j: next flag in the list', 'j', 40);
  await press('PgDn: page down', '\u001b[6~', 20);
  await press('G / g: last / first flag', 'G');
  await press('G / g: last / first flag', 'g');
  await press('n: next match', 'n', 20);
  await press('enter: open the flag detail', '\r');
  await press('j: next flag in the detail', 'j', 20);
  await press('y: real error, saved, next flag', 'y', 20);
  await press('u: undo, saved', 'u', 10);
  await press('esc: back to the list', '\u001b');
  await press('/ + text + enter: filter 10,000 flags', '/');
  for (const ch of 'error') await press('/ + text + enter: filter 10,000 flags', ch);
  await press('/ + text + enter: filter 10,000 flags', '\r');
  app.unmount();
  rmSync(dir, { recursive: true, force: true });
  return { first, keys };
}

// The review app goes first, so its cold run pays for loading and compiling Ink as `tandem review` does.
const review = await measureReview();
const baseline = await measureBaseline();
// Measured again warm: the key figures below come from this run.
cpuMs.length = 0;
const again = await measureReview();
const cpu = stats(cpuMs);

const fmt = (ms: number): string => ms.toFixed(1).padStart(6);
console.log(`ui: baseline one-line Ink app (Ink already warm): first frame ${fmt(baseline.first)} ms, key to frame ${fmt(baseline.key)} ms (median)`);
for (const [run, result] of [
  ['cold', review],
  ['warm', again],
] as const) {
  const ok = result.first <= FIRST_FRAME_TARGET_MS ? 'ok' : 'OVER TARGET';
  console.log(
    `ui: first frame with ${FLAGS} flags (${run}): ${fmt(result.first)} ms (target <= ${FIRST_FRAME_TARGET_MS} ms: ${ok}; ${(result.first / baseline.first).toFixed(1)}x baseline)`,
  );
}
let worstMedian = 0;
for (const [label, samples] of again.keys) {
  const s = stats(samples);
  worstMedian = Math.max(worstMedian, s.median);
  console.log(
    `ui: key to frame, ${label.padEnd(40)} median ${fmt(s.median)} ms  p95 ${fmt(s.p95)} ms  max ${fmt(s.max)} ms  (n=${samples.length}, ${(s.median / baseline.key).toFixed(1)}x baseline)`,
  );
}
const all = stats([...again.keys.values()].flat());
console.log(`ui: CPU time from key to frame: median ${fmt(cpu.median)} ms, p95 ${fmt(cpu.p95)} ms (wall time above includes waiting for a busy machine)`);
console.log(
  `ui: key to frame over all keys: median ${fmt(all.median)} ms, p95 ${fmt(all.p95)} ms (target <= ${KEY_TARGET_MS} ms: ${all.p95 <= KEY_TARGET_MS ? 'ok' : 'OVER TARGET'}), worst key median ${fmt(worstMedian)} ms`,
);
