import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'percent-moved',
  severity: 'error',
  title: 'Percent sign moved',
  description: 'The percent sign left the number it belongs to and sits on another one.',
};

// A percent sign that joined another one: the trace a moved sign leaves ("45 %%", "Prozent Prozent").
const DOUBLED = /%\s*%|\b(prozent|percent)\s+\1\b/i;

function percentLike(q: ScannedQuantity): boolean {
  return q.kind === 'percent' || q.kind === 'percentPoint' || q.kind === 'fraction';
}

export const percentMoved: Rule = {
  info,
  run(c: Comparison): Flag[] {
    // Most pairs keep every percent on its number: nothing else to read.
    let lost: [ScannedQuantity, ScannedQuantity] | undefined;
    let to: ScannedQuantity | undefined;
    for (const list of [c.matched, c.changed]) {
      for (const [i, j] of list) {
        const s = c.src.quantities[i];
        const t = c.tgt.quantities[j];
        if (s.kind === 'percent' && !percentLike(t)) lost ??= [s, t];
        else if (t.kind === 'percent' && !percentLike(s)) to ??= t;
      }
    }
    if (lost === undefined) return [];
    if (to === undefined) for (const j of c.tgtLeft) if (c.tgt.quantities[j].kind === 'percent') to ??= c.tgt.quantities[j];
    const doubled = to === undefined ? DOUBLED.exec(c.tgt.text) : null;
    if (to === undefined && !doubled) return [];
    const [s, t] = lost;
    const where = to ? `is now on "${to.text}"` : `went to a doubled "${doubled![0]}"`;
    return [makeFlag(info, `the percent of "${s.text}" ${where}`, c, s, t)];
  },
};
