// Reviewers' verdicts applied to a run: pure, so `qa`, `review` and the UI agree on every flag's state.
import type { FlagState, PairResult, RunReport, Verdict } from '../types.js';
import type { ReviewFile } from './store.js';

/** `real` confirms, `false-alarm` dismisses; `skip`, an unknown kind or no verdict leaves the flag open. */
export function flagStateOf(verdict: Verdict | undefined): FlagState {
  if (verdict?.verdict === 'real') return 'confirmed';
  if (verdict?.verdict === 'false-alarm') return 'dismissed';
  return 'open';
}

/** A copy of the report with each flag's state and note taken from the verdicts and the summary counts redone. */
export function applyVerdicts(report: RunReport, review: ReviewFile): RunReport {
  const counts: Record<FlagState, number> = { open: 0, confirmed: 0, dismissed: 0 };
  const pairs = report.pairs.map((pair) => {
    const judged = applyVerdictsToPair(pair, review);
    for (const flag of judged.flags) counts[flag.state] += 1;
    return judged;
  });
  return { ...report, pairs, summary: { ...report.summary, ...counts } };
}

/** A copy of one pair with each flag's state and note taken from the verdicts. */
export function applyVerdictsToPair(pair: PairResult, review: ReviewFile): PairResult {
  return {
    ...pair,
    flags: pair.flags.map((flag) => {
      const verdict = Object.hasOwn(review.verdicts, flag.fingerprint) ? review.verdicts[flag.fingerprint] : undefined;
      const state = flagStateOf(verdict);
      const { note: _staleNote, ...rest } = flag;
      return typeof verdict?.note === 'string' && verdict.note !== '' ? { ...rest, state, note: verdict.note } : { ...rest, state };
    }),
  };
}
