// Evaluation of sentence segmentation on ../shared/data/seg (issue 3).
// Runs `tandem segment --lang L --batch FILE.json` on each gold set (one batch per language),
// scores with the set's score.mjs, and exits 1 when a target is missed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DATA = '../shared/data/seg';

interface Gold {
  id?: string;
  lang?: string;
  text: string;
  sentences: string[];
}

/** Targets of issue 3: passes required per gold file, and the language of items without one. */
const SETS: { file: string; lang?: string; minPass: number }[] = [
  { file: 'en.dev.json', lang: 'en', minPass: 23 },
  { file: 'de.dev.json', lang: 'de', minPass: 15 },
  { file: 'seed-traps.dev.json', minPass: 16 },
];

function segmentViaCli(texts: string[], lang: string, dir: string): string[][] {
  const batch = join(dir, `batch-${lang}.json`);
  writeFileSync(batch, JSON.stringify(texts));
  const r = spawnSync('npx', ['tsx', 'cli.ts', 'segment', '--lang', lang, '--batch', batch], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`tandem segment failed (${r.status}): ${(r.stderr || '').trim().split('\n').pop()}`);
  return JSON.parse(r.stdout) as string[][];
}

const dir = mkdtempSync(join(tmpdir(), 'tandem-seg-eval-'));
let missed = 0;
try {
  for (const set of SETS) {
    const gold = JSON.parse(readFileSync(join(DATA, set.file), 'utf8')) as Gold[];
    const sentences: string[][] = new Array(gold.length);
    const langs = [...new Set(gold.map((g) => set.lang ?? g.lang ?? 'en'))];
    for (const lang of langs) {
      const idx = gold.flatMap((g, i) => ((set.lang ?? g.lang ?? 'en') === lang ? [i] : []));
      const out = segmentViaCli(idx.map((i) => gold[i].text), lang, dir);
      idx.forEach((i, k) => (sentences[i] = out[k]));
    }
    const predFile = join(dir, `pred-${set.file}`);
    writeFileSync(predFile, JSON.stringify(gold.map((g, i) => ({ id: g.id, text: g.text, sentences: sentences[i] }))));
    const score = JSON.parse(
      execFileSync('node', [join(DATA, 'score.mjs'), join(DATA, set.file), predFile, '--json'], { encoding: 'utf8' }),
    ) as { pass: number; total: number; items: { id: string; ok: boolean }[] };
    const ok = score.pass >= set.minPass;
    if (!ok) missed++;
    const failed = score.items.filter((it) => !it.ok).map((it) => it.id);
    console.log(
      `segment ${set.file}: ${score.pass}/${score.total} (target >= ${set.minPass}) ${ok ? 'ok' : 'MISSED'}` +
        (failed.length ? `; failing: ${failed.join(', ')}` : ''),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = missed ? 1 : 0;
