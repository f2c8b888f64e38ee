// Numeric QA on ../shared/data/qa/dev: runs `tandem check --jsonl` on clean.jsonl and corrupted.jsonl,
// scores each on its own with the scorer there, and exits 1 below the targets of issue 5.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const qa = join(root, '..', 'shared', 'data', 'qa');
const MAX_FPR = 0.05; // false-positive rate on clean pairs
const MIN_RECALL = 0.95; // on corrupted pairs, overall
const MIN_KIND_RECALL = 0.8; // on corrupted pairs, for every error kind
const MIN_PRECISION = 0.95; // on corrupted pairs

interface Score {
  precision: number | null;
  recall: number | null;
  false_positive_rate: number | null;
  missing_predictions: number;
  by_kind: Record<string, { label: string; n: number; flagged: number; rate: number | null }>;
}

function checkFile(gold: string, out: string): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli.ts'), 'check', '--jsonl', gold], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(r.stderr);
    throw new Error(`tandem check exited ${r.status}`);
  }
  writeFileSync(out, r.stdout);
}

function score(gold: string, pred: string): Score {
  const r = spawnSync(process.execPath, [join(qa, 'score.mjs'), gold, pred, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.mjs failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Score;
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

if (!existsSync(qa)) {
  process.stderr.write(`check eval: ${qa} not found\n`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'tandem-check-eval-'));
const failures: string[] = [];
const results: Record<string, Score> = {};
for (const name of ['clean', 'corrupted']) {
  const gold = join(qa, 'dev', `${name}.jsonl`);
  const pred = join(tmp, `${name}.preds.jsonl`);
  const t0 = performance.now();
  checkFile(gold, pred);
  const s = score(gold, pred);
  results[name] = s;
  console.log(`check ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s (CLI, incl. start-up)  precision ${pct(s.precision)}  recall ${pct(s.recall)}  false-positive rate ${pct(s.false_positive_rate)}`);
  if (s.missing_predictions > 0) failures.push(`${name}: ${s.missing_predictions} ids without prediction`);
}
const clean = results.clean;
const bad = results.corrupted;
if ((clean.false_positive_rate ?? 1) > MAX_FPR) failures.push(`clean false-positive rate ${pct(clean.false_positive_rate)} > ${pct(MAX_FPR)}`);
if ((bad.recall ?? 0) < MIN_RECALL) failures.push(`corrupted recall ${pct(bad.recall)} < ${pct(MIN_RECALL)}`);
if ((bad.precision ?? 0) < MIN_PRECISION) failures.push(`corrupted precision ${pct(bad.precision)} < ${pct(MIN_PRECISION)}`);
console.log('per kind on corrupted.jsonl (errors: recall; ok kinds: flag rate):');
for (const [kind, k] of Object.entries(bad.by_kind)) {
  console.log(`  ${kind.padEnd(22)} ${k.label.padEnd(5)} n=${String(k.n).padStart(5)}  flagged=${String(k.flagged).padStart(5)}  ${pct(k.rate)}`);
  if (k.label === 'error' && (k.rate ?? 0) < MIN_KIND_RECALL) failures.push(`recall on ${kind} ${pct(k.rate)} < ${pct(MIN_KIND_RECALL)}`);
}
if (failures.length) {
  console.log(`check: BELOW TARGET: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('check: all targets met');
