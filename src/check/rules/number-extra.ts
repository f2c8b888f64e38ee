import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';
import { inName, reportable } from './number-missing.js';

const info: RuleInfo = {
  id: 'number-extra',
  severity: 'warning',
  title: 'Number added',
  description: 'A target number has no counterpart in the source.',
};

export const numberExtra: Rule = {
  info,
  run(c: Comparison): Flag[] {
    return c.tgtLeft
      .map((j) => c.tgt.quantities[j])
      .filter((t) => reportable(t) && !inName(t, c.src))
      .map((t) => makeFlag(info, `"${t.text}" is not in the source`, c, undefined, t));
  },
};
