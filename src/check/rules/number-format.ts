import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'number-format',
  severity: 'info',
  title: 'Number format',
  description: "The right value written with the other language's separators (3.1 in German copy).",
};

export const numberFormat: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const out: Flag[] = [];
    for (const [i, j] of c.matched) {
      const t = c.tgt.quantities[j];
      if (t.foreign) out.push(makeFlag(info, `"${t.text}" uses the source language's separators`, c, c.src.quantities[i], t));
    }
    return out;
  },
};
