// Runs the real CLI off a terminal, with a time limit of the test's choosing and, when the tests run
// as root, optionally as an unprivileged user (root reads files with mode 000, so nothing is unreadable).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../cli/run-cli.js';

/** tsx by absolute URL: `--import tsx` resolves from the working folder, which tests move elsewhere. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The conventional unprivileged user and group on Linux. */
const NOBODY = 65534;

export interface TandemRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const isRoot = () => process.getuid?.() === 0;

export function runTandem(args: string[], opts: { timeoutMs?: number; unprivileged?: boolean; cwd?: string } = {}): TandemRun {
  const asNobody = opts.unprivileged === true && isRoot();
  const r = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'cli.ts'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A Node or V8 stack frame, or an uncaught-exception banner: never for the user's eyes. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|node:internal|Uncaught|triggerUncaughtException/m;

/** Raw bytes that drive a terminal: C0 controls but tab and newline, DEL, C1 controls. */
export const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
