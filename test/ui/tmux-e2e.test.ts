// End to end in a real terminal: `tandem review` on a copy of the seed corpus inside tmux, one flag marked
// real and one false alarm, quit; then `qa` again must keep both decisions, and its exit code must count
// only the flags still open. Skipped (with the reason) when tmux or cli.ts is missing; CI installs tmux.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RunReport } from '../../src/types.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'cli.ts');
/** tsx starts slowly on a busy machine: every wait polls the pane up to this long. */
const WAIT_MS = 90_000;
const POLL_MS = 200;
const COLUMNS = 120;
const ROWS = 40;

function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const skipReason = !hasTmux()
  ? 'tmux is not installed (CI installs it: apt-get install tmux)'
  : !existsSync(CLI)
    ? 'cli.ts does not exist yet'
    : undefined;
if (skipReason) console.warn(`tmux-e2e skipped: ${skipReason}`);

/** A private tmux server (its socket in the test's temp folder), so the test neither sees nor disturbs the user's sessions. */
let socket = '';
const SESSION = 'review';

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
}

function pane(): string {
  return tmux('capture-pane', '-p', '-t', SESSION);
}

async function waitFor(what: string, test: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  let screen = '';
  try {
    screen = pane();
  } catch {
    screen = '(no pane)';
  }
  throw new Error(`timed out waiting for ${what}; the pane shows:\n${screen}`);
}

const paneShows = (text: string) => () => pane().includes(text);

/** Ink reads keys only once it has put the terminal in raw mode: keys sent earlier may be lost. */
function rawMode(): boolean {
  const tty = tmux('display-message', '-p', '-t', SESSION, '#{pane_tty}').trim();
  try {
    return /(^|\s)-icanon(\s|$)/.test(execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

function qa(corpus: string, out: string): Promise<number> {
  return run('npx', ['tsx', CLI, 'qa', corpus, '--no-tui', '--out', out], { cwd: ROOT, maxBuffer: 64 << 20 }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
}

function readReport(out: string): RunReport {
  return JSON.parse(readFileSync(join(out, 'latest', 'report.json'), 'utf8'));
}

/** Which pairs to visit: a pair with two flags, or two pairs with one each (rows on the pairs screen). */
function plan(report: RunReport): { first: number; second: number; sameRow: boolean } {
  const withTwo = report.pairs.findIndex((p) => p.flags.length >= 2);
  if (withTwo >= 0) return { first: withTwo, second: withTwo, sameRow: true };
  const withOne = report.pairs.flatMap((p, i) => (p.flags.length > 0 ? [i] : []));
  if (withOne.length < 2) throw new Error('the seed corpus gives fewer than two flags: nothing to review');
  return { first: withOne[0], second: withOne[1], sameRow: false };
}

describe.skipIf(skipReason !== undefined)('tandem review in tmux', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
    socket = join(work, 'tmux.sock');
    cpSync(join(ROOT, 'corpus'), join(work, 'corpus'), { recursive: true });
  });
  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // Already gone with its last session.
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('keeps a real error and a false alarm across a rerun of qa; the exit code counts open flags only', async () => {
    const corpus = join(work, 'corpus');
    const firstOut = join(work, 'out1');
    expect(await qa(corpus, firstOut)).toBe(1);
    const before = readReport(firstOut);
    const { first, second, sameRow } = plan(before);

    const exitFile = join(work, 'review.exit');
    const command = `cd '${ROOT}' && npx tsx cli.ts review '${join(firstOut, 'latest')}'; echo $? > '${exitFile}'`;
    tmux('new-session', '-d', '-s', SESSION, '-x', String(COLUMNS), '-y', String(ROWS), 'sh', '-c', command);
    await waitFor('the pairs screen', paneShows('tandem review › pairs'));
    await waitFor('the UI to read keys (raw mode)', rawMode);

    const down = (times: number) => {
      for (let i = 0; i < times; i += 1) tmux('send-keys', '-t', SESSION, '-l', 'j');
    };
    down(first);
    await waitFor(`pair row ${first + 1}`, paneShows(`pairs [${first + 1}/`));
    tmux('send-keys', '-t', SESSION, 'Enter');
    await waitFor('the flags screen', paneShows('flags [1/'));
    tmux('send-keys', '-t', SESSION, 'Enter');
    await waitFor('the flag detail', paneShows('flag [1/'));
    tmux('send-keys', '-t', SESSION, '-l', 'y');
    await waitFor('the real error to be saved', paneShows('✓ 1 confirmed'));
    if (!sameRow) {
      tmux('send-keys', '-t', SESSION, 'Escape');
      tmux('send-keys', '-t', SESSION, 'Escape');
      await waitFor('the pairs screen again', paneShows('tandem review › pairs'));
      down(second - first);
      await waitFor(`pair row ${second + 1}`, paneShows(`pairs [${second + 1}/`));
      tmux('send-keys', '-t', SESSION, 'Enter');
      await waitFor('the flags screen', paneShows('flags [1/'));
      tmux('send-keys', '-t', SESSION, 'Enter');
      await waitFor('the flag detail', paneShows('flag [1/'));
    }
    tmux('send-keys', '-t', SESSION, '-l', 'n');
    await waitFor('the false alarm to be saved', paneShows('✗ 1 dismissed'));
    for (const key of ['q', 'q', 'q']) tmux('send-keys', '-t', SESSION, '-l', key);
    await waitFor('review to exit', () => existsSync(exitFile) && readFileSync(exitFile, 'utf8').trim() !== '');

    const confirmed = before.pairs[first].flags[0].fingerprint;
    const dismissed = before.pairs[second].flags[sameRow ? 1 : 0].fingerprint;
    const review = JSON.parse(readFileSync(join(work, 'corpus.review.json'), 'utf8'));
    expect(review.verdicts[confirmed]).toMatchObject({ verdict: 'real' });
    expect(review.verdicts[dismissed]).toMatchObject({ verdict: 'false-alarm' });

    const secondOut = join(work, 'out2');
    const code = await qa(corpus, secondOut);
    const after = readReport(secondOut);
    const states = new Map(after.pairs.flatMap((p) => p.flags.map((f) => [f.fingerprint, f.state] as const)));
    expect(states.get(confirmed)).toBe('confirmed');
    expect(states.get(dismissed)).toBe('dismissed');
    expect(after.summary.confirmed).toBeGreaterThanOrEqual(1);
    expect(after.summary.dismissed).toBeGreaterThanOrEqual(1);
    expect(after.summary.open).toBe(after.summary.flags - after.summary.confirmed - after.summary.dismissed);
    expect(code).toBe(after.summary.open > 0 ? 1 : 0);
  }, 300_000);
});
