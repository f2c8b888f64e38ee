// File systems without symlinks (Windows without privileges, some mounts): latest becomes a text file.

import { lstat, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readRun, writeRun } from '../../src/report/write.js';
import { seedReport } from '../fixtures/report/seed-report.js';

vi.mock('node:fs/promises', async (original) => ({
  ...(await original<typeof import('node:fs/promises')>()),
  symlink: async () => {
    throw Object.assign(new Error('EPERM: operation not permitted, symlink'), { code: 'EPERM' });
  },
}));

const out = await mkdtemp(join(tmpdir(), 'tandem-report-nolink-'));
afterAll(() => rm(out, { recursive: true, force: true }));

describe('writeRun without symlinks', () => {
  it('writes latest as a file holding the run id, replaced on the next run, and readRun follows it', async () => {
    await writeRun(out, seedReport({ runId: 'one' }));
    expect(await readFile(join(out, 'latest'), 'utf8')).toBe('one\n');
    await writeRun(out, seedReport({ runId: 'two', corrected: true }));
    expect((await lstat(join(out, 'latest'))).isFile()).toBe(true);
    expect(await readFile(join(out, 'latest'), 'utf8')).toBe('two\n');
    expect((await readRun(join(out, 'latest'))).runId).toBe('two');
    expect((await readRun(out)).runId).toBe('two');
  });
});
