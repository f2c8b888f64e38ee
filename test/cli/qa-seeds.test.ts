// The foundation's promise: `qa` on the seed corpus pairs and flags what seeds-gold.md says.
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PairResult, RunReport } from '../../src/types.js';
import { ROOT, runCli, type CliResult } from './run-cli.js';

const SEEDS = {
  s000: '000_ba269f1d6c051bdb.txt',
  s001: '001_567189f2596d5bef.txt',
  s002: '002_c1697c061e8bd017.txt',
  s003: '003_012c23aaccfc5bcf.txt',
  s004: '004_11d9a61c04b7f0af.txt',
};

let result: CliResult;
let report: RunReport;
let out: string;

function pairOf(src: string): PairResult {
  const p = report.pairs.find((x) => x.src === src);
  if (!p) throw new Error(`no pair for ${src}`);
  return p;
}

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'tandem-qa-'));
  const corpus = join(work, 'corpus');
  cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  out = join(work, 'reports');
  result = runCli(['qa', corpus, '--no-tui', '--out', out]);
  report = JSON.parse(readFileSync(join(out, 'latest', 'report.json'), 'utf8'));
});

describe('qa on the seed corpus', () => {
  it('exits 1 because flags were found, and prints a plain summary', () => {
    expect(result.stderr).not.toMatch(/Error:|at .*\.ts:\d+/);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('report:');
  });

  it('writes every report file and points latest at the run', () => {
    for (const f of ['report.json', 'report.md', 'index.html', 'alignments.tmx']) {
      expect(existsSync(join(out, 'latest', f)), f).toBe(true);
    }
    expect(realpathSync(join(out, 'latest'))).toBe(realpathSync(join(out, report.runId)));
    expect(report.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('tells English from German', () => {
    const lang = Object.fromEntries(report.articles.map((a) => [a.file, a.lang]));
    expect(lang).toEqual({ [SEEDS.s000]: 'en', [SEEDS.s001]: 'en', [SEEDS.s003]: 'en', [SEEDS.s002]: 'de', [SEEDS.s004]: 'de' });
  });

  it('pairs 001-004 and 003-002 and leaves 000 unpaired with a reason', () => {
    expect(report.pairs.map((p) => [p.src, p.tgt]).sort()).toEqual([
      [SEEDS.s001, SEEDS.s004],
      [SEEDS.s003, SEEDS.s002],
    ]);
    expect(report.unpaired).toHaveLength(1);
    expect(report.unpaired[0].file).toBe(SEEDS.s000);
    expect(report.unpaired[0].reason.length).toBeGreaterThan(5);
  });

  it('flags the three sites of pair A with their sentences and numbers', () => {
    const flags = pairOf(SEEDS.s001).flags.filter((f) => f.severity !== 'info');
    const at = (needle: string) => flags.filter((f) => f.tgtText.includes(needle));
    // A1: 15% lost its percent sign, 2030 gained one.
    const a1 = at('bis 15 um 2030 %');
    expect(a1.some((f) => f.rule === 'percent-moved')).toBe(true);
    expect(a1[0].srcText).toContain('by 15% by 2030');
    // A2: 2026 glued into CO2.
    expect(at('CO2026').some((f) => f.rule === 'number-glued')).toBe(true);
    // A3: the XNUMX placeholder where 2026 was.
    const a3 = at('XNUMX').filter((f) => f.rule === 'garbled-placeholder');
    expect(a3).toHaveLength(1);
    expect(a3[0].srcText).toContain('2026');
    // Every error or warning is one of those three sites.
    const sites = ['bis 15 um 2030 %', 'CO2026', 'XNUMX'];
    expect(flags.filter((f) => !sites.some((s) => f.tgtText.includes(s)))).toEqual([]);
  });

  it('does not flag A4 (600 billion = 600 Milliarden) or A5 (G7, first = ersten)', () => {
    const flags = pairOf(SEEDS.s001).flags.filter((f) => f.severity !== 'info');
    expect(flags.filter((f) => f.srcText.includes('600 billion'))).toEqual([]);
    expect(flags.filter((f) => /G7/.test(`${f.expected} ${f.actual}`))).toEqual([]);
  });

  it('flags pair B: the tripling, the added date, the dropped year and the omitted sentences', () => {
    const flags = pairOf(SEEDS.s003).flags;
    expect(flags.some((f) => f.rule === 'multiplier-mismatch' && f.tgtText.includes('Verdreifachung'))).toBe(true);
    expect(flags.some((f) => f.rule === 'number-extra' && f.severity === 'warning' && f.tgtText.includes('24. November'))).toBe(true);
    expect(flags.some((f) => f.rule === 'number-missing' && f.srcText.includes('June 2024'))).toBe(true);
    const omitted = flags.filter((f) => f.rule === 'omitted-numbers').map((f) => f.srcText);
    for (const s of ['more than 90% of government services', 'non-cash transactions now exceeds 80%', 'increased fivefold']) {
      expect(omitted.some((t) => t.includes(s)), s).toBe(true);
    }
  });

  it('keeps boilerplate out of the aligned sentences and lists it per article', () => {
    const sentences = report.pairs.flatMap((p) => [...p.srcSentences, ...p.tgtSentences].map((s) => s.text));
    for (const furniture of ['Connect with us', 'Share this article', 'Teile diesen Artikel', 'You May Also Like', 'EU Reporter publishes']) {
      expect(sentences.filter((s) => s.includes(furniture)), furniture).toEqual([]);
    }
    const a001 = report.articles.find((a) => a.file === SEEDS.s001)!;
    expect(a001.dropped.map((d) => d.text)).toContain('Connect with us');
  });
});
