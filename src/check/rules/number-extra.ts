import type { ScannedQuantity } from '../../numbers/index.js';
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

// Most characters between a stated amount and the parenthesis that converts it ("1.250 Pfund (1.400 Euro)").
const NOTE_GAP = 30;
// Largest exchange rate between the currencies of our tables (forint to euro is about 400): a note
// further off than this is not a conversion of the amount (a separator misread as 1000x is).
const MAX_RATE = 500;

function plausibleRate(a: number, b: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  return x > 0 && y > 0 && Math.max(x / y, y / x) <= MAX_RATE;
}

/** An amount in parentheses just after a matched amount in another currency: a conversion added for readers. */
function conversionNote(t: ScannedQuantity, c: Comparison): boolean {
  if (t.kind !== 'currency') return false;
  const text = c.tgt.text;
  const open = text.lastIndexOf('(', t.span.start);
  if (open < 0 || text.lastIndexOf(')', t.span.start) > open) return false;
  return c.matched.some(([, j]) => {
    const m = c.tgt.quantities[j];
    return m.kind === 'currency' && m.unit !== t.unit && m.span.end <= open && open - m.span.end <= NOTE_GAP && plausibleRate(m.value, t.value);
  });
}

export const numberExtra: Rule = {
  info,
  run(c: Comparison): Flag[] {
    return c.tgtLeft
      .map((j) => c.tgt.quantities[j])
      .filter((t) => reportable(t) && !inName(t, c.src) && !conversionNote(t, c))
      .map((t) => makeFlag(info, `"${t.text}" is not in the source`, c, undefined, t));
  },
};
