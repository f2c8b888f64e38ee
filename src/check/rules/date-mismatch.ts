import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'date-mismatch',
  severity: 'error',
  title: 'Date changed',
  description: 'A day or month differs, or a date holds a figure that cannot be a day (2010. Mai).',
};

export const dateMismatch: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const out: Flag[] = [];
    for (const list of [c.matched, c.changed]) {
      for (const [i, j] of list) {
        const s = c.src.quantities[i];
        const t = c.tgt.quantities[j];
        if (s.kind !== 'date' || t.kind !== 'date') continue;
        if (s.day !== t.day || (s.month !== undefined && t.month !== undefined && s.month !== t.month)) {
          out.push(makeFlag(info, `date "${s.text}" became "${t.text}"`, c, s, t));
        }
      }
    }
    if (c.tgt.quantities.some((q) => q.badDay) && !c.src.quantities.some((q) => q.badDay)) {
      for (const t of c.tgt.quantities) if (t.badDay) out.push(makeFlag(info, `"${t.text}" stands where the day of a date should be`, c, undefined, t));
    }
    return out;
  },
};
