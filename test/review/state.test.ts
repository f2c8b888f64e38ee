import { describe, expect, it } from 'vitest';
import { applyVerdicts, flagStateOf } from '../../src/review/state.js';
import type { ReviewFile } from '../../src/review/store.js';
import type { Verdict, VerdictKind } from '../../src/types.js';
import { smallReport } from '../fixtures/ui/reports.js';

const at = '2024-01-01T00:00:00.000Z';
function verdict(fingerprint: string, kind: VerdictKind, note?: string): Verdict {
  return note === undefined ? { fingerprint, verdict: kind, at } : { fingerprint, verdict: kind, at, note };
}

describe('applyVerdicts', () => {
  it('confirms, dismisses, leaves skipped flags open, and recounts the summary', () => {
    const report = smallReport();
    const [a, b, c] = report.pairs[0].flags;
    const review: ReviewFile = {
      version: 1,
      verdicts: {
        [a.fingerprint]: verdict(a.fingerprint, 'real', 'checked with the desk'),
        [b.fingerprint]: verdict(b.fingerprint, 'false-alarm'),
        [c.fingerprint]: verdict(c.fingerprint, 'skip', 'ask Anna'),
        unrelated: verdict('unrelated', 'real'),
      },
    };
    const applied = applyVerdicts(report, review);
    const states = applied.pairs[0].flags.map((f) => [f.state, f.note]);
    expect(states).toEqual([
      ['confirmed', 'checked with the desk'],
      ['dismissed', undefined],
      ['open', 'ask Anna'],
      ['open', undefined],
    ]);
    expect(applied.summary).toMatchObject({ flags: 8, open: 6, confirmed: 1, dismissed: 1 });
    // Pure: the input report is untouched.
    expect(report.pairs[0].flags[0].state).toBe('open');
    expect(report.summary.confirmed).toBe(0);
  });

  it('reopens a flag whose verdict was removed, dropping its old note', () => {
    const report = smallReport();
    const fp = report.pairs[0].flags[0].fingerprint;
    const decided = applyVerdicts(report, { version: 1, verdicts: { [fp]: verdict(fp, 'real', 'n') } });
    const reopened = applyVerdicts(decided, { version: 1, verdicts: {} });
    expect(reopened.pairs[0].flags[0]).toMatchObject({ state: 'open' });
    expect(reopened.pairs[0].flags[0].note).toBeUndefined();
    expect(reopened.summary.open).toBe(8);
  });

  it('treats an unknown verdict kind as open', () => {
    expect(flagStateOf({ fingerprint: 'x', verdict: 'maybe' as VerdictKind, at })).toBe('open');
    expect(flagStateOf(undefined)).toBe('open');
  });
});
