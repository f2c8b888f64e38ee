// Sentence-alignment evaluation on ../shared/data/align (Text+Berg, ParIce, EN-DE news), scored by its score.mjs.
// Usage: npx tsx eval/align.eval.ts [--in-process]   (default: the real CLI, `tandem align --presplit`)
// Exits 1 when a target of issue 4 is not met.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { alignSentences } from '../src/align/index.js';

const run = promisify(execFile);
const DATA = '../shared/data/align';
/** Two cores on the shared machine: one CLI process per core. */
const CONCURRENCY = 2;

interface Target {
  label: string;
  set: string;
  corpus: string;
  strictF1: number;
  unalignedF1?: number;
}

const TARGETS: Target[] = [
  { label: 'Text+Berg 1957 (DE-FR)', set: 'dev', corpus: 'textberg', strictF1: 0.85, unalignedF1: 0.75 },
  { label: 'ParIce dev (EN-IS)', set: 'dev', corpus: 'parice', strictF1: 0.88 },
  { label: 'EN-DE news-dev', set: 'news-dev', corpus: 'newsende', strictF1: 0.93, unalignedF1: 0.8 },
];

interface Doc {
  id: string;
  corpus: string;
  src: string;
  tgt: string;
  srcLang: string;
  tgtLang: string;
}

const readLines = (path: string): string[] => {
  const lines = readFileSync(path, 'utf8').split(/\r\n|\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
};

async function predict(doc: Doc, dir: string, inProcess: boolean): Promise<string> {
  const src = join(dir, doc.src);
  const tgt = join(dir, doc.tgt);
  if (inProcess) {
    const beads = alignSentences(readLines(src), readLines(tgt), { srcLang: doc.srcLang, tgtLang: doc.tgtLang });
    return JSON.stringify(beads.map((b) => ({ src: b.src, tgt: b.tgt })));
  }
  const args = ['tsx', 'cli.ts', 'align', '--presplit', '--src', src, '--tgt', tgt, '--src-lang', doc.srcLang, '--tgt-lang', doc.tgtLang];
  const { stdout } = await run('npx', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function evaluate(t: Target, inProcess: boolean, predRoot: string): Promise<{ strict: number; unaligned: number; line: string }> {
  const dir = join(DATA, t.set);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { docs: Doc[] };
  const docs = manifest.docs.filter((d) => d.corpus === t.corpus);
  const predDir = join(predRoot, t.corpus);
  mkdirSync(predDir, { recursive: true });
  const limit = pLimit(inProcess ? 1 : CONCURRENCY);
  const started = performance.now();
  await Promise.all(docs.map((d) => limit(async () => writeFileSync(join(predDir, `${d.id}.json`), await predict(d, dir, inProcess)))));
  const seconds = (performance.now() - started) / 1000;
  const { stdout } = await run('node', [join(DATA, 'score.mjs'), '--set', dir, '--pred-dir', predDir, '--corpus', t.corpus, '--json']);
  const s = JSON.parse(stdout) as {
    strict: { precision: number; recall: number; f1: number };
    lax: { f1: number };
    extra: { unalignedSentences: { gold: number; predicted: number; correct: number; f1: number; precision: number; recall: number } };
  };
  const u = s.extra.unalignedSentences;
  const line =
    `${t.label}: ${docs.length} doc(s), strict P ${s.strict.precision.toFixed(3)} R ${s.strict.recall.toFixed(3)} ` +
    `F1 ${s.strict.f1.toFixed(3)} (target ${t.strictF1}), lax F1 ${s.lax.f1.toFixed(3)}, unaligned sentences ` +
    `gold ${u.gold} predicted ${u.predicted} correct ${u.correct} P ${u.precision.toFixed(3)} R ${u.recall.toFixed(3)} ` +
    `F1 ${u.f1.toFixed(3)}${t.unalignedF1 === undefined ? '' : ` (target ${t.unalignedF1})`} [${seconds.toFixed(1)} s]`;
  return { strict: s.strict.f1, unaligned: u.f1, line };
}

async function main(): Promise<number> {
  const inProcess = process.argv.includes('--in-process');
  const predRoot = mkdtempSync(join(tmpdir(), 'tandem-align-eval-'));
  let failed = 0;
  try {
    process.stdout.write(`align eval (${inProcess ? 'alignSentences in-process' : 'tandem align --presplit'})\n`);
    for (const t of TARGETS) {
      const r = await evaluate(t, inProcess, predRoot);
      const ok = r.strict >= t.strictF1 && (t.unalignedF1 === undefined || r.unaligned >= t.unalignedF1);
      if (!ok) failed++;
      process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${r.line}\n`);
    }
  } finally {
    rmSync(predRoot, { recursive: true, force: true });
  }
  process.stdout.write(failed ? `align eval: ${failed} target(s) missed\n` : 'align eval: all targets met\n');
  return failed ? 1 : 0;
}

process.exitCode = await main();
