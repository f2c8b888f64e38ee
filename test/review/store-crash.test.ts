// Review file safety (issue 10): SIGKILL during saves never leaves an unreadable file and never loses a
// save that completed; two processes saving at once keep each other's decisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileStore } from '../fixtures/review/compile-store.js';

const CHILD = fileURLToPath(new URL('../fixtures/review/save-loop.mjs', import.meta.url));
const TRIALS = 100;
/** Independent review files killed in parallel, to keep 100 process starts within a few seconds. */
const LANES = 4;
/** The kill lands somewhere in this many ms after the child's first completed save. */
const MAX_KILL_DELAY_MS = 40;

let work: string;
let store: string;
/** Kills that landed while the child held the lock, i.e. inside a save: evidence the test hits the window. */
let killedMidSave = 0;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tandem-crash-'));
  store = compileStore();
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(store), { recursive: true, force: true });
});

function startChild(reviewPath: string, prefix: string, count: number): { child: ChildProcess; saved: string[] } {
  const child = spawn(process.execPath, [CHILD, store, reviewPath, prefix, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const saved: string[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.startsWith('saved ')) saved.push(line.slice(6));
  });
  return { child, saved };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

function readReview(path: string): { version: number; verdicts: Record<string, unknown> } {
  return JSON.parse(readFileSync(path, 'utf8'));
}

async function killTrial(reviewPath: string, trial: number): Promise<void> {
  const { child, saved } = startChild(reviewPath, `t${trial}`, 0);
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (saved.length > 0 || child.exitCode !== null) {
        clearInterval(poll);
        resolve();
      }
    }, 1);
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * MAX_KILL_DELAY_MS));
  child.kill('SIGKILL');
  await exited(child);
  if (existsSync(reviewPath + '.lock')) killedMidSave += 1;
  // Readable JSON every time, and every save the child reported finished is in it.
  const review = readReview(reviewPath);
  expect(review.version).toBe(1);
  for (const fingerprint of saved) expect(review.verdicts).toHaveProperty(fingerprint);
}

describe('review file under SIGKILL', () => {
  it(`stays readable and complete over ${TRIALS} kills at random moments`, async () => {
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      const reviewPath = join(work, `lane${lane}.review.json`);
      for (let trial = lane; trial < TRIALS; trial += LANES) await killTrial(reviewPath, trial);
    });
    await Promise.all(lanes);
    console.info(`SIGKILL trials: ${TRIALS}, of which ${killedMidSave} landed inside a save (lock held)`);
  }, 180_000);
});

describe('two reviewers at once', () => {
  it('keeps all 400 verdicts of two processes saving 200 each', async () => {
    const reviewPath = join(work, 'shared.review.json');
    const a = startChild(reviewPath, 'a', 200);
    const b = startChild(reviewPath, 'b', 200);
    expect(await exited(a.child)).toBe(0);
    expect(await exited(b.child)).toBe(0);
    const verdicts = readReview(reviewPath).verdicts;
    expect(Object.keys(verdicts)).toHaveLength(400);
    for (let i = 0; i < 200; i += 1) {
      expect(verdicts).toHaveProperty(`a-${i}`);
      expect(verdicts).toHaveProperty(`b-${i}`);
    }
  }, 120_000);
});
