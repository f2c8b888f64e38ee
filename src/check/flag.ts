// Builds a Flag from a rule and the quantities it is about.
import { formatQuantity, type ScannedQuantity } from '../numbers/index.js';
import type { Flag } from '../types.js';
import type { Comparison, RuleInfo } from './types.js';

export function makeFlag(
  info: RuleInfo,
  message: string,
  c: Comparison,
  s?: ScannedQuantity,
  t?: ScannedQuantity,
): Flag {
  const f: Flag = { rule: info.id, severity: info.severity, message };
  if (s) {
    f.expected = formatQuantity(s, c.tgt.lang);
    f.src = { ...s.span };
  }
  if (t) {
    f.actual = t.text;
    f.tgt = { ...t.span };
  }
  return f;
}

/** A "this became that" flag for every changed pair of quantities that `test` picks out. */
export function flagChanged(info: RuleInfo, c: Comparison, test: (s: ScannedQuantity, t: ScannedQuantity) => boolean): Flag[] {
  const out: Flag[] = [];
  for (const [i, j] of c.changed) {
    const s = c.src.quantities[i];
    const t = c.tgt.quantities[j];
    if (test(s, t)) out.push(makeFlag(info, `"${s.text}" became "${t.text}"`, c, s, t));
  }
  return out;
}
