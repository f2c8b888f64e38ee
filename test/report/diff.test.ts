import { describe, expect, it } from 'vitest';
import { diffRuns, hasNewOpenFlags, renderDiffText } from '../../src/report/diff.js';
import { hostileReport } from '../fixtures/report/hostile-report.js';
import { SEED_FILES, seedReport } from '../fixtures/report/seed-report.js';

describe('diffRuns', () => {
  it('after the German article 004 was corrected: the XNUMX flag is resolved and nothing else changes', () => {
    const before = seedReport();
    const after = seedReport({ corrected: true });
    const diff = diffRuns(before, after);
    expect(diff.new).toEqual([]);
    expect(diff.resolved.map((f) => [f.rule, f.actual, f.pair])).toEqual([['placeholder', 'XNUMX', SEED_FILES.a]]);
    const allAfter = after.pairs.flatMap((p) => p.flags.map((f) => f.fingerprint)).sort();
    expect(diff.unchanged.map((f) => f.fingerprint).sort()).toEqual(allAfter);
    expect(diff.unchanged).toHaveLength(8);
    expect(hasNewOpenFlags(diff)).toBe(false);
  });

  it('the other way round, the flag is new and open: a CI gate fails', () => {
    const diff = diffRuns(seedReport({ corrected: true }), seedReport());
    expect(diff.new.map((f) => f.rule)).toEqual(['placeholder']);
    expect(diff.resolved).toEqual([]);
    expect(hasNewOpenFlags(diff)).toBe(true);
  });

  it('a new flag already dismissed in review does not fail the gate; unchanged flags carry the new state', () => {
    const old = seedReport({ corrected: true });
    const next = seedReport();
    for (const f of next.pairs[0].flags) f.state = 'dismissed';
    const diff = diffRuns(old, next);
    expect(hasNewOpenFlags(diff)).toBe(false);
    expect(diff.unchanged.filter((f) => f.state === 'dismissed')).toHaveLength(3);
  });

  it('matches repeated fingerprints one for one', () => {
    const old = seedReport();
    const next = seedReport();
    next.pairs[1].flags.push({ ...next.pairs[1].flags[0] });
    const diff = diffRuns(old, next);
    expect(diff.new).toHaveLength(1);
    expect(diff.unchanged).toHaveLength(9);
    expect(diffRuns(next, old).resolved).toHaveLength(1);
  });

  it('equal runs: everything unchanged', () => {
    const diff = diffRuns(seedReport(), seedReport({ runId: 'again' }));
    expect([diff.new.length, diff.resolved.length, diff.unchanged.length]).toEqual([0, 0, 9]);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe('renderDiffText', () => {
  it('lists counts, then the resolved flag with its pair', () => {
    const text = renderDiffText(diffRuns(seedReport(), seedReport({ corrected: true })));
    expect(text.split('\n')[0]).toBe('0 new, 1 resolved, 8 unchanged');
    expect(text).toContain(`- error placeholder [open] ${SEED_FILES.a.src} <> ${SEED_FILES.a.tgt}: Placeholder instead of the number (expected 2026, actual XNUMX)`);
    expect(text).not.toContain('New:');
  });

  it('never lets control characters from article text reach the terminal', () => {
    const text = renderDiffText(diffRuns(seedReport(), hostileReport()));
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('␛[31m');
  });
});
