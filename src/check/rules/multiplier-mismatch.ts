import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'multiplier-mismatch',
  severity: 'error',
  title: 'Multiplier or fraction changed',
  description: 'A multiplier or fraction says something else ("by a third" rendered as "Verdreifachung").',
};

export function isRatio(q: ScannedQuantity): boolean {
  return q.kind === 'multiplier' || q.kind === 'fraction';
}

export const multiplierMismatch: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const out: Flag[] = [];
    for (const [i, j] of c.changed) {
      const s = c.src.quantities[i];
      const t = c.tgt.quantities[j];
      if (isRatio(s) && isRatio(t)) out.push(makeFlag(info, `"${s.text}" became "${t.text}"`, c, s, t));
    }
    return out;
  },
};
