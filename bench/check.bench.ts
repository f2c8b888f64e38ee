// `check` throughput over the 11,498 dev lines of ../shared/data/qa (clean + corrupted), against a
// naive digit-multiset regex checker measured in the same run.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSegments, isFlagged } from '../src/check/index.js';

const qa = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'qa', 'dev');
const TARGET = 20_000; // pairs/s, issue 5
const ROUNDS = 5; // best of, on a shared noisy machine

const pairs: { en: string; de: string }[] = [];
for (const f of ['clean.jsonl', 'corrupted.jsonl']) {
  for (const line of readFileSync(join(qa, f), 'utf8').split('\n')) if (line.trim()) pairs.push(JSON.parse(line));
}

/** The baseline: flag when the multisets of digit runs differ. */
function naive(en: string, de: string): boolean {
  const a = (en.match(/\d+/g) ?? []).sort().join(' ');
  const b = (de.match(/\d+/g) ?? []).sort().join(' ');
  return a !== b;
}

function rate(fn: (p: { en: string; de: string }) => boolean): { perSec: number; flagged: number } {
  let best = Infinity;
  let flagged = 0;
  for (let r = 0; r < ROUNDS; r++) {
    flagged = 0;
    const t0 = performance.now();
    for (const p of pairs) if (fn(p)) flagged++;
    best = Math.min(best, performance.now() - t0);
  }
  return { perSec: pairs.length / (best / 1000), flagged };
}

const opts = { srcLang: 'en', tgtLang: 'de' };
const ours = rate((p) => isFlagged(checkSegments(p.en, p.de, opts)));
const base = rate((p) => naive(p.en, p.de));
console.log(`check: ${Math.round(ours.perSec).toLocaleString('en')} pairs/s on ${pairs.length} pairs (flagged ${ours.flagged}), target ${TARGET.toLocaleString('en')}`);
console.log(`naive digit-multiset regex: ${Math.round(base.perSec).toLocaleString('en')} pairs/s (flagged ${base.flagged})`);
console.log(`ratio check / naive: ${(ours.perSec / base.perSec).toFixed(3)} (check is ${(base.perSec / ours.perSec).toFixed(1)}x slower)`);
if (ours.perSec < TARGET) console.log('check: BELOW TARGET');
