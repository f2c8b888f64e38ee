import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import { placeholdersIn } from '../placeholders.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';
import { missingFigures } from './number-missing.js';

const info: RuleInfo = {
  id: 'garbled-placeholder',
  severity: 'error',
  title: 'Machine-translation placeholder',
  description: 'A placeholder such as XNUMX that a machine-translation system put where a number was.',
};

/** One flag per placeholder, naming the source figure it replaced (the missing ones, in order) when there is one. */
export const garbledPlaceholder: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const found = placeholdersIn(c);
    if (found.length === 0) return [];
    const missing = missingFigures(c);
    return found.map((m, k) => {
      const s = missing[k];
      const flag = makeFlag(info, `placeholder "${m[0]}" stands where ${s ? `"${s.text}"` : 'a number'} should be`, c, s);
      flag.actual = m[0];
      flag.tgt = { start: m.index!, end: m.index! + m[0].length };
      return flag;
    });
  },
};
