import type { ScannedQuantity } from '../../numbers/index.js';
import type { Flag } from '../../types.js';
import { flagChanged } from '../flag.js';
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
  run: (c: Comparison): Flag[] => flagChanged(info, c, (s, t) => isRatio(s) && isRatio(t)),
};
