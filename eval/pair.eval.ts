// Evaluation of detection and pairing on ../shared/data/pair/dev (issue 6).
// Runs `tandem pair` and `tandem detect`; while the CLI cannot run them yet (ingest missing), reads the
// plain-text documents itself (paragraphs split on blank lines) and calls the stage functions.
// Exits 1 when a target is missed: F1 >= 99.5, no pair touching a no-partner file, every
// document's language detected as meta.json says.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectArticle } from '../src/detect/index.js';
import { pairArticles } from '../src/pair/index.js';

const DATA = '../shared/data/pair';
const DOCS = `${DATA}/dev/docs`;
const LANGS = ['en', 'de'];
/** Targets of issue 6. */
const MIN_F1 = 0.995;

interface DetectRow {
  file: string;
  lang: string;
}
interface PairOutput {
  pairs: Record<string, unknown>[];
  unpaired: { file: string; lang: string; reason: string }[];
}

function viaCli(args: string[]): string | undefined {
  const r = spawnSync('npx', ['tsx', 'cli.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    console.log(`cli ${args[0]} unavailable (${(r.stderr || '').trim().split('\n').pop()}): calling the stage directly`);
    return undefined;
  }
  return r.stdout;
}

function direct(): { detections: DetectRow[]; pairing: PairOutput } {
  const docs = readdirSync(DOCS)
    .sort()
    .map((file) => {
      const text = readFileSync(join(DOCS, file), 'utf8');
      const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      return { file, text: paragraphs.join('\n\n'), detection: detectArticle(file, paragraphs, LANGS) };
    });
  const pairing = pairArticles(
    docs.map((d) => ({ file: d.file, lang: d.detection.lang, text: d.text })),
    { srcLang: 'en', tgtLang: 'de' },
  );
  return {
    detections: docs.map((d) => d.detection),
    pairing: { pairs: pairing.pairs.map((p) => ({ en: p.src, de: p.tgt, score: p.score })), unpaired: pairing.unpaired },
  };
}

const meta: Record<string, { lang: string; role: string }> = JSON.parse(readFileSync(`${DATA}/dev/meta.json`, 'utf8'));
const t0 = performance.now();
const pairJson = viaCli(['pair', DOCS, '--json']);
const files = Object.keys(meta).sort();
const detectJson = pairJson && viaCli(['detect', ...files.map((f) => join(DOCS, f)), '--json']);
const fallback = pairJson && detectJson ? undefined : direct();
const pairing: PairOutput = pairJson ? JSON.parse(pairJson) : fallback!.pairing;
const detections: DetectRow[] = detectJson ? JSON.parse(detectJson) : fallback!.detections;
console.log(`pair eval via ${pairJson ? 'cli' : 'functions'}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const wrongLang = files.filter((f) => detections.find((d) => d.file.endsWith(f))?.lang !== meta[f].lang);
const dir = mkdtempSync(join(tmpdir(), 'tandem-pair-eval-'));
writeFileSync(join(dir, 'pred.json'), JSON.stringify(pairing));
const score = JSON.parse(execFileSync('node', [`${DATA}/score.mjs`, 'dev', join(dir, 'pred.json'), '--json'], { encoding: 'utf8' }));

const reasons = new Map<string, number>();
for (const u of pairing.unpaired) {
  const kind = u.reason.replace(/ [^ ]*\.txt.*| \d.*/, '');
  reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
}
console.log(`pair: P ${(100 * score.precision).toFixed(1)} R ${(100 * score.recall).toFixed(1)} F1 ${(100 * score.f1).toFixed(1)} ` +
  `(${score.correct}/${score.gold_pairs} correct, ${score.false_pos} false pos, ${score.missed} missed)`);
console.log(`pair: ${score.pred_touching_distractor} pairs touch one of ${score.distractor_files} no-partner files; ` +
  `perturbed recall ${(100 * (score.perturbed_recall ?? 0)).toFixed(1)}% of ${score.perturbed_pairs ?? 0}`);
console.log(`pair: unpaired ${pairing.unpaired.length}: ${[...reasons].map(([k, n]) => `${n} ${k}`).join(', ')}`);
for (const [set, s] of Object.entries(score.by_subset as Record<string, { f1: number; gold: number }>)) {
  console.log(`  ${set}: F1 ${(100 * s.f1).toFixed(1)} on ${s.gold} pairs`);
}
console.log(`detect: ${files.length - wrongLang.length}/${files.length} languages right${wrongLang.length ? ` (wrong: ${wrongLang.join(' ')})` : ''}`);

const misses = [
  score.f1 < MIN_F1 && `F1 ${score.f1} < ${MIN_F1}`,
  score.pred_touching_distractor > 0 && `${score.pred_touching_distractor} pairs touch no-partner files`,
  wrongLang.length > 0 && `${wrongLang.length} languages wrong`,
].filter(Boolean);
if (misses.length) {
  console.log(`pair eval: FAIL: ${misses.join('; ')}`);
  process.exit(1);
}
console.log('pair eval: all targets met');
