import type { Flag } from '../../types.js';
import { makeFlag } from '../flag.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'unit-mismatch',
  severity: 'error',
  title: 'Unit or currency changed',
  description: 'The same figure carries another currency or unit of measure.',
};

// Units that are amounts of something physical or monetary; other context words (people, years) are roles.
const MEASURES = new Set(['km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'l', 'ml', 'mile', 'ft', 'in', 'yd', 'gal', 'ha', 'acre', 'km/h', 'mph']);
// Sub-units and codes that translators swap freely (US dollar vs generic dollar is not a change).
const COMPATIBLE: Record<string, string> = { ct: 'ct', p: 'ct' };

export const unitMismatch: Rule = {
  info,
  run(c: Comparison): Flag[] {
    const out: Flag[] = [];
    for (const [i, j] of c.matched) {
      const s = c.src.quantities[i];
      const t = c.tgt.quantities[j];
      const su = s.kind === 'currency' ? s.unit : MEASURES.has(s.context ?? '') ? s.context : undefined;
      const tu = t.kind === 'currency' ? t.unit : MEASURES.has(t.context ?? '') ? t.context : undefined;
      if (!su || !tu || su === tu || (COMPATIBLE[su] ?? su) === (COMPATIBLE[tu] ?? tu)) continue;
      // "0.30 euros" and "30 Cent": matched through the sub-unit.
      if ((COMPATIBLE[su] !== undefined || COMPATIBLE[tu] !== undefined) && s.value !== t.value) continue;
      if ((s.kind === 'currency') !== (t.kind === 'currency')) continue;
      out.push(makeFlag(info, `"${s.text}" (${su}) became "${t.text}" (${tu})`, c, s, t));
    }
    return out;
  },
};
