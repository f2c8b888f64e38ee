import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import { placeholdersIn } from '../placeholders.js';
import type { Comparison, Rule, RuleInfo, Side } from '../types.js';

const info: RuleInfo = {
  id: 'number-missing',
  severity: 'warning',
  title: 'Number missing',
  description: 'A source number has no counterpart in the target.',
};

/** Figures written in digits are facts a translation must carry; word numbers are often rephrased. */
export function reportable(q: ScannedQuantity): boolean {
  return !q.weak && !q.fromWords && !q.bare;
}

/** Whether the other side carries the figure inside a name ("Mazda3" and "Mazda 3", "S-21" and "Stuttgart 21"). */
export function inName(q: ScannedQuantity, other: Side, hyphenatedOnly = false): boolean {
  const digits = q.text.replace(/\D/g, '');
  return (
    digits.length > 0 &&
    other.names.some((n) => (!hyphenatedOnly || n.text.includes('-')) && n.text.replace(/\D/g, '') === digits)
  );
}

/** Source figures with no counterpart in the target, in order. */
export function missingFigures(c: Comparison): ScannedQuantity[] {
  return (
    c.srcLeft
      .map((i) => c.src.quantities[i])
      // Digits glued into a target word are the number-glued rule's; only "S-21" style names excuse.
      .filter((s) => reportable(s) && !inName(s, c.tgt, true))
  );
}

export const numberMissing: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const missing = missingFigures(c);
    if (missing.length === 0) return [];
    // A figure a placeholder stands for is reported once, by the garbled-placeholder rule.
    return missing
      .slice(placeholdersIn(c).length)
      .map((s) => makeFlag(info, `"${s.text}" is not in the target`, c, s));
  },
};
