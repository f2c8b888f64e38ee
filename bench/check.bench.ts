// `check` throughput over the 11,498 dev lines of ../shared/data/qa (clean + corrupted), against a
// naive digit-multiset regex checker measured in the same run; and the check stage over generated
// article pairs (issue 9: whole articles), in beads/s and ms per article pair.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../src/align/index.js';
import { checkAlignment, checkSegments, isFlagged } from '../src/check/index.js';
import { fingerprintFlag } from '../src/review/fingerprint.js';
import { splitSentences } from '../src/segment/index.js';
import type { Bead } from '../src/types.js';
import { generateCorpus } from './corpus-generator.js';

const qa = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'qa', 'dev');
const TARGET = 20_000; // pairs/s, issue 5
const BEAD_TARGET = 60_000; // beads/s on generated articles, issue 9 (10,000 article pairs in seconds)
const ROUNDS = 5; // best of, on a shared noisy machine
const ARTICLE_PAIRS = 102; // generated article pairs (~53 sentences each)
const PAIR_TARGET_MS = 0.45; // check stage per article pair, session 2 of issue 9 (3x the 1.4 ms it took)

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

interface Timing {
  /** Best wall and CPU milliseconds of one round. */
  wall: number;
  cpu: number;
  count: number;
}

/** Runs `round` ROUNDS times; `round` returns a count (flagged pairs, flags) to print. */
function best(round: () => number): Timing {
  let wall = Infinity;
  let cpu = Infinity;
  let count = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = round();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu, count };
}

const perSec = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');
const opts = { srcLang: 'en', tgtLang: 'de' } as const;

const ours = best(() => pairs.reduce((n, p) => n + (isFlagged(checkSegments(p.en, p.de, opts)) ? 1 : 0), 0));
const base = best(() => pairs.reduce((n, p) => n + (naive(p.en, p.de) ? 1 : 0), 0));
console.log(`check: ${perSec(pairs.length, ours.wall)} pairs/s wall, ${perSec(pairs.length, ours.cpu)} pairs/s CPU on ${pairs.length} pairs (flagged ${ours.count}), target ${TARGET.toLocaleString('en')}`);
console.log(`naive digit-multiset regex: ${perSec(pairs.length, base.wall)} pairs/s wall (flagged ${base.count})`);
console.log(`ratio check / naive: ${(base.wall / ours.wall).toFixed(3)} (check is ${(ours.wall / base.wall).toFixed(1)}x slower)`);
if (pairs.length / (ours.wall / 1000) < TARGET) console.log('check: BELOW TARGET');

// Generated articles, segmented and aligned as the pipeline does (outside the timed part); then per
// pair what checkPair does after alignment: checkAlignment and a fingerprint per flag.
const files = generateCorpus({ pairs: ARTICLE_PAIRS, unpaired: 0 });
const articles: { src: string[]; tgt: string[]; beads: Bead[] }[] = [];
for (let k = 0; k + 1 < files.length; k += 2) {
  const src = splitSentences(files[k].text, 'en');
  const tgt = splitSentences(files[k + 1].text, 'de');
  articles.push({ src, tgt, beads: alignSentences(src, tgt, opts) });
}

/** The check stage of one article pair, as checkPair runs it: flags, each with its fingerprint. */
function checkArticle(a: (typeof articles)[number]): number {
  const found = checkAlignment(a.src, a.tgt, a.beads, opts);
  for (const { bead, flag } of found) {
    const b = a.beads[bead];
    fingerprintFlag(flag.rule, b.src.map((i) => a.src[i]).join(' '), b.tgt.map((j) => a.tgt[j]).join(' '), [flag.expected ?? '', flag.actual ?? '']);
  }
  return found.length;
}

const beads = articles.reduce((n, a) => n + a.beads.length, 0);
const art = best(() => articles.reduce((n, a) => n + checkArticle(a), 0));
const perPair = (ms: number) => (ms / articles.length).toFixed(3);
console.log(`checkAlignment: ${perSec(beads, art.wall)} beads/s wall, ${perSec(beads, art.cpu)} beads/s CPU on ${beads} beads of ${articles.length} generated article pairs (${art.count} flags), target ${BEAD_TARGET.toLocaleString('en')}`);
console.log(`check per article pair (checkAlignment + fingerprints): ${perPair(art.wall)} ms wall, ${perPair(art.cpu)} ms CPU, target ${PAIR_TARGET_MS} ms`);
if (beads / (art.wall / 1000) < BEAD_TARGET) console.log('checkAlignment: BELOW TARGET');
if (art.wall / articles.length > PAIR_TARGET_MS) console.log('check per article pair: ABOVE TARGET');
