import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { numeral, sizeOnly } from '../compare.js';
import { flagChanged } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'magnitude-mismatch',
  severity: 'error',
  title: 'Magnitude changed',
  description: 'Million became billion (or the reverse), or a separator now reads as another magnitude (2.2 as 2.200).',
};

function digitsOf(q: ScannedQuantity): string {
  return q.text.replace(/\D/g, '').replace(/0+$/, '');
}

/** Same digits, different magnitude word or separator reading. */
export function magnitudeChanged(s: ScannedQuantity, t: ScannedQuantity): boolean {
  if (sizeOnly(s) && sizeOnly(t)) return s.magnitude !== t.magnitude;
  if (s.fromWords && t.fromWords && !s.bare) return false;
  if ((s.magnitude ?? 1) !== (t.magnitude ?? 1) && (s.bare || numeral(s) === numeral(t))) return true;
  const ds = digitsOf(s);
  return !s.fromWords && !t.fromWords && ds.length > 0 && ds === digitsOf(t) && s.value !== t.value;
}

export const magnitudeMismatch: Rule = {
  info,
  run: (c: Comparison): Flag[] => flagChanged(info, c, magnitudeChanged),
};
