import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { sizeOnly } from '../compare.js';
import { converted } from '../conversions.js';
import { flagChanged } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';
import { magnitudeChanged } from './magnitude-mismatch.js';
import { isRatio } from './multiplier-mismatch.js';

const info: RuleInfo = {
  id: 'value-changed',
  severity: 'error',
  title: 'Value changed',
  description: 'A number in the target stands for a source number but has another value.',
};

// Largest figure a word number is plainly written as; beyond it a word/figure pair is a conversion.
const SMALL = 100;
// Ratios of a rewording: "four decades" and "40 Jahre", "two hundred" and "200".
const DECIMAL_STEPS = [10, 100, 1000];

/** A word number against a figure that says the same thing in other units: "two weeks" and "14 Tagen",
 * "four decades" and "40 Jahren", "eight and a half tons" and "148 Kilogramm", "two" and "20 Uhr". */
function reworded(s: ScannedQuantity, t: ScannedQuantity): boolean {
  const [lo, hi] = Math.abs(s.value) <= Math.abs(t.value) ? [s, t] : [t, s];
  const ratio = Math.abs(hi.value) / Math.max(Math.abs(lo.value), Number.MIN_VALUE);
  if (s.kind !== t.kind || Math.abs(hi.value) > SMALL) return true;
  if (s.context !== undefined && t.context !== undefined && s.context !== t.context) return true;
  return DECIMAL_STEPS.includes(ratio);
}

export const valueChanged: Rule = {
  info,
  run: (c: Comparison): Flag[] =>
    flagChanged(info, c, (s, t) => {
      // "one in four" and "ein Viertel": a ratio said another way, not a changed figure.
      if (isRatio(s) || isRatio(t) || magnitudeChanged(s, t) || converted(s, t)) return false;
      if ((s.kind === 'date' && t.kind === 'date') || (sizeOnly(s) && sizeOnly(t))) return false;
      return !(Boolean(s.fromWords) !== Boolean(t.fromWords) && reworded(s, t));
    }),
};
