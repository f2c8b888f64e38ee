// Article text and file names are untrusted: escape sequences in them must never reach the terminal.
// Every command's output off a terminal is checked for raw control characters and bidi overrides.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTandem, STACK_TRACE, TERMINAL_CONTROLS, type TandemRun } from './run-tandem.js';

const ESC = '\u001b';
const BEL = '\u0007';
/** Hostile sequences: clear screen, OSC 52 clipboard write, OSC 8 link, bell, C1 CSI, right-to-left override. */
const HOSTILE = {
  clear: `${ESC}[2J${ESC}[H`,
  clipboard: `${ESC}]52;c;cm0gLXJmIH4K${BEL}`,
  link: `${ESC}]8;;https://evil.example/${ESC}\\click here${ESC}]8;;${ESC}\\`,
  bell: BEL.repeat(3),
  c1: '\u009b2J\u009b31m',
  bidi: '\u202eexe.txt\u202c',
};
const ALL = Object.values(HOSTILE).join(' ');
/** Bidi embeddings, overrides and isolates: reorder what a reader sees. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** A file name that carries escape sequences (a name cannot hold `/` or NUL; everything else is allowed). */
const EVIL_NAME = `report ${ESC}[2J${ESC}]52;c;eA==${BEL}\u009b1m\u202e`;

const EN = [
  `Port traffic rises ${HOSTILE.clear}sharply`,
  `Exports from the port rose by 12% in the third quarter ${HOSTILE.clipboard} the authority said.`,
  `The value of goods reached 4.5 billion euros ${HOSTILE.link} compared with 4 billion a year earlier.`,
  `Container traffic grew to 2.1 million units ${HOSTILE.bell} while bulk cargo fell by 3%.`,
  `Some 1,200 new jobs were created ${HOSTILE.c1} since January 2023 ${HOSTILE.bidi}.`,
].join('\n\n');
const DE = [
  `Hafenverkehr steigt ${HOSTILE.clear}deutlich`,
  `Die Exporte aus dem Hafen stiegen im dritten Quartal um 15 % ${HOSTILE.clipboard} teilte die Behörde mit.`,
  `Der Wert der Waren erreichte 4,5 Milliarden Euro ${HOSTILE.link} verglichen mit 4 Milliarden ein Jahr zuvor.`,
  `Der Containerverkehr wuchs auf 2,1 Millionen Einheiten ${HOSTILE.bell} während das Massengut um 3 % zurückging.`,
  `Seit Januar 2023 wurden rund 1.200 neue Arbeitsplätze geschaffen ${HOSTILE.c1} ${HOSTILE.bidi}.`,
].join('\n\n');

let base: string;
let corpus: string;
let out: string;
const runs: Record<string, TandemRun> = {};

function expectSafe(name: string, r: TandemRun): void {
  for (const [stream, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    const bad = TERMINAL_CONTROLS.exec(text) ?? BIDI.exec(text);
    const where = bad ? JSON.stringify(text.slice(Math.max(0, bad.index - 40), bad.index + 10)) : '';
    expect(bad, `${name} ${stream} has a raw U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${where}`).toBeNull();
  }
  expect(r.stderr, name).not.toMatch(STACK_TRACE);
}

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'tandem-terminal-'));
  corpus = path.join(base, 'corpus');
  out = path.join(base, 'out');
  await mkdir(corpus);
  await writeFile(path.join(corpus, `${EVIL_NAME}.en.txt`), EN);
  await writeFile(path.join(corpus, `${EVIL_NAME}.de.txt`), DE);
  await writeFile(path.join(corpus, `${EVIL_NAME} empty.txt`), '');
  await writeFile(path.join(corpus, `${EVIL_NAME} alone.txt`), `Un texte en français ${ALL} sans partenaire, assez long pour être reconnu.`);
  await writeFile(path.join(base, 'seg.json'), JSON.stringify([EN, DE]));
  await writeFile(path.join(base, 'check.jsonl'), `${JSON.stringify({ id: `x${ESC}[2J`, en: EN, de: DE })}\n`);

  runs.qa = runTandem(['qa', corpus, '--no-tui', '--out', out]);
  runs['qa --json'] = runTandem(['qa', corpus, '--json', '--out', out]);
  const latest = path.join(out, 'latest');
  runs.review = runTandem(['review', latest]);
  runs.pair = runTandem(['pair', corpus]);
  runs['pair --json'] = runTandem(['pair', corpus, '--json']);
  const files = (await readdir(corpus)).map((f) => path.join(corpus, f));
  runs.detect = runTandem(['detect', ...files]);
  runs['detect --json'] = runTandem(['detect', ...files, '--json']);
  const [en, de] = [`${EVIL_NAME}.en.txt`, `${EVIL_NAME}.de.txt`].map((f) => path.join(corpus, f));
  runs['align tsv'] = runTandem(['align', '--src', en, '--tgt', de, '--format', 'tsv']);
  runs['align tmx'] = runTandem(['align', '--src', en, '--tgt', de, '--format', 'tmx']);
  runs.segment = runTandem(['segment', '--lang', 'en', '--batch', path.join(base, 'seg.json')]);
  runs.check = runTandem(['check', '--jsonl', path.join(base, 'check.jsonl')]);
  runs.diff = runTandem(['diff', latest, latest]);
  runs['unknown command'] = runTandem([`x${ESC}[2J`]);
  runs['missing corpus'] = runTandem(['qa', path.join(base, EVIL_NAME), '--no-tui', '--out', out]);
  runs['missing file'] = runTandem(['detect', path.join(base, EVIL_NAME)]);
}, 300_000);

afterAll(() => rm(base, { recursive: true, force: true }));

describe('no escape sequence from article text or file names reaches the terminal', () => {
  it('the qa run worked and found the changed figure (the test is not vacuous)', () => {
    expect(runs.qa.code).toBe(1);
    expect(runs.qa.stdout).toContain('␛[2J');
    expect(runs.qa.stdout).toMatch(/12%|15 %/);
  });

  for (const name of [
    'qa',
    'qa --json',
    'review',
    'pair',
    'pair --json',
    'detect',
    'detect --json',
    'align tsv',
    'align tmx',
    'segment',
    'check',
    'diff',
    'unknown command',
    'missing corpus',
    'missing file',
  ]) {
    it(`${name}: no raw ESC, BEL, C1 or bidi control on stdout or stderr`, () => {
      expect(runs[name].code, runs[name].stderr).not.toBeNull();
      expectSafe(name, runs[name]);
    });
  }

  it('JSON output keeps the exact names: the escapes decode to the original characters', () => {
    const pairs = JSON.parse(runs['pair --json'].stdout) as { pairs: { en: string; de: string }[] };
    expect(pairs.pairs).toEqual([expect.objectContaining({ en: `${EVIL_NAME}.en.txt`, de: `${EVIL_NAME}.de.txt` })]);
  });

  it('plain output shows placeholders where the controls were', () => {
    expect(runs.review.stdout).toMatch(/␛|␇|\u2426/);
    expect(runs.pair.stdout).toContain('␛[2J');
    expect(runs.detect.stdout).toContain('␛[2J');
  });
});
