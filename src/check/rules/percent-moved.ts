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
    const pairs = c.matched.concat(c.changed).map(([i, j]) => [c.src.quantities[i], c.tgt.quantities[j]] as const);
    const lost = pairs.filter(([s, t]) => s.kind === 'percent' && !percentLike(t));
    const gained = pairs.filter(([s, t]) => t.kind === 'percent' && !percentLike(s));
    const gainedLeft = c.tgtLeft.map((j) => c.tgt.quantities[j]).filter((t) => t.kind === 'percent');
    const doubled = DOUBLED.exec(c.tgt.text);
    if (lost.length === 0 || (gained.length + gainedLeft.length === 0 && !doubled)) return [];
    const [s, t] = lost[0];
    const to = gained[0]?.[1] ?? gainedLeft[0];
    const where = to ? `is now on "${to.text}"` : `went to a doubled "${doubled![0]}"`;
    return [makeFlag(info, `the percent of "${s.text}" ${where}`, c, s, t)];
  },
};
