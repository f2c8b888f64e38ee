import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/spec.js';
import { ROOT, runCli } from './run-cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('tandem command line', () => {
  it('prints its version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists every command in --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['qa', 'detect', 'pair', 'segment', 'align', 'check', 'review', 'diff']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    }
  });

  it.each(COMMANDS.map((c) => c.name))('answers %s --help with its usage and options', (name) => {
    const r = runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`usage: tandem ${name}`);
    expect(r.stdout).toContain('--help');
  });

  it('rejects an unknown command with one line on stderr and exit 2', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it('rejects an unknown option with one line on stderr and exit 2', () => {
    const r = runCli(['qa', '--frob']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--frob');
  });

  it('rejects a missing corpus folder with exit 2', () => {
    const r = runCli(['qa', join(tmpdir(), 'no-such-tandem-corpus'), '--no-tui', '--out', mkdtempSync(join(tmpdir(), 'tandem-out-'))]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects bad --langs', () => {
    const r = runCli(['pair', ROOT, '--langs', 'english']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--langs');
  });

  it('segments a batch of texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-seg-'));
    const batch = join(dir, 'batch.json');
    writeFileSync(batch, JSON.stringify(['Mr. Smith arrived at 3 p.m. He left.', { text: 'One. Two.' }]));
    const r = runCli(['segment', '--lang', 'en', '--batch', batch]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([['Mr. Smith arrived at 3 p.m.', 'He left.'], ['One.', 'Two.']]);
  });

  it('aligns two presplit files, covering every sentence once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-align-'));
    writeFileSync(join(dir, 's.txt'), 'The council met on Monday.\nIt approved 15 projects worth 2.3 billion euros.\nThe mayor was pleased.\n');
    writeFileSync(join(dir, 't.txt'), 'Der Rat tagte am Montag.\nEr genehmigte 15 Projekte im Wert von 2,3 Milliarden Euro.\nDer Bürgermeister war zufrieden.\n');
    const r = runCli(['align', '--src', join(dir, 's.txt'), '--tgt', join(dir, 't.txt'), '--presplit', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
      { src: [2], tgt: [2] },
    ]);
    const tmx = runCli(['align', '--src', join(dir, 's.txt'), '--tgt', join(dir, 't.txt'), '--presplit', '--format', 'tmx', '--src-lang', 'en', '--tgt-lang', 'de']);
    expect(tmx.code).toBe(0);
    expect(tmx.stdout).toContain('<tmx version="1.4">');
    expect(tmx.stdout.match(/<tu[ >]/g)).toHaveLength(3);
  });

  it('checks JSONL lines and flags only the changed number', () => {
    const input = [
      { id: 'ok', en: 'Prices rose by 2.3 billion dollars.', de: 'Die Preise stiegen um 2,3 Milliarden Dollar.' },
      { id: 'bad', en: 'Prices rose by 2.3 billion dollars.', de: 'Die Preise stiegen um 2,3 Millionen Dollar.' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = runCli(['check', '--jsonl', '-'], { input });
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.flagged])).toEqual([
      ['ok', false],
      ['bad', true],
    ]);
    expect(out[1].flags[0]).toMatchObject({ rule: expect.any(String), severity: 'error', message: expect.any(String) });
  });
});
