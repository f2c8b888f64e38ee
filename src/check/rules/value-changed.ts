import type { Flag } from '../../types.js';
import { converted } from '../conversions.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';
import { magnitudeChanged } from './magnitude-mismatch.js';
import { isRatio } from './multiplier-mismatch.js';

const info: RuleInfo = {
  id: 'value-changed',
  severity: 'error',
  title: 'Value changed',
  description: 'A number in the target stands for a source number but has another value.',
};

export const valueChanged: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const out: Flag[] = [];
    for (const [i, j] of c.changed) {
      const s = c.src.quantities[i];
      const t = c.tgt.quantities[j];
      // "one in four" and "ein Viertel": a ratio said another way, not a changed figure.
      if (isRatio(s) || isRatio(t) || magnitudeChanged(s, t) || converted(s, t)) continue;
      if (s.kind === 'date' && t.kind === 'date') continue;
      out.push(makeFlag(info, `"${s.text}" became "${t.text}"`, c, s, t));
    }
    return out;
  },
};
