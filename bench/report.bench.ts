// Benchmark: rendering a large run (the seed fixture's pairs repeated) as HTML, Markdown, TMX and the
// plain summary, and writing a run folder; JSON.stringify of the same report is the baseline.
// Run: npx tsx bench/report.bench.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffRuns } from '../src/report/diff.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { plainSummary } from '../src/report/summary.js';
import { reportTmx } from '../src/report/tmx.js';
import { writeRun } from '../src/report/write.js';
import type { RunReport } from '../src/types.js';
import { seedReport } from '../test/fixtures/report/seed-report.js';

/** Copies of the seed pairs: about 1,000 pairs, 5,500 beads, 4,500 flags, like a large corpus run. */
const COPIES = 500;
/** Repeats per measurement; the best is reported because the machine is shared. */
const REPEATS = 3;

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

const report = largeReport();
const flags = report.pairs.reduce((n, p) => n + p.flags.length, 0);
const beads = report.pairs.reduce((n, p) => n + p.beads.length, 0);
console.log(`report: ${report.pairs.length} pairs, ${beads} beads, ${flags} flags`);
const json = best('report json (baseline)', () => JSON.stringify(report, null, 2));
best('report html', () => renderHtml(report), json);
best('report markdown', () => renderMarkdown(report), json);
best('report tmx', () => reportTmx(report), json);
best('report summary', () => plainSummary(report), json);
best('report diff', () => {
  const d = diffRuns(report, report);
  return d.unchanged.length;
});
const out = await mkdtemp(join(tmpdir(), 'tandem-report-bench-'));
const t = performance.now();
await writeRun(out, report);
console.log(`report writeRun (all four files): ${(performance.now() - t).toFixed(0)} ms`);
await rm(out, { recursive: true, force: true });
