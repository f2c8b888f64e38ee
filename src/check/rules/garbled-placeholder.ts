import type { Flag } from '../../types.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'garbled-placeholder',
  severity: 'error',
  title: 'Machine-translation placeholder',
  description: 'A placeholder such as XNUMX that a machine-translation system put where a number was.',
};

// Placeholders MT systems substitute for numbers (XNUMX, NUMX, __NUM__, <num>).
const PLACEHOLDER = /\b[X_]*NUM[X_]*\b|<num>/gi;
// Every placeholder contains these letters: texts without them skip the slower pattern.
const CORE = /num/i;

export const garbledPlaceholder: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const out: Flag[] = [];
    if (!CORE.test(c.tgt.text)) return out;
    for (const m of c.tgt.text.matchAll(PLACEHOLDER)) {
      if (m[0] === 'num' || m[0] === 'Num' || c.src.text.includes(m[0])) continue;
      out.push({
        rule: info.id,
        severity: info.severity,
        message: `placeholder "${m[0]}" stands where a number should be`,
        actual: m[0],
        tgt: { start: m.index, end: m.index + m[0].length },
      });
    }
    return out;
  },
};
