// Placeholders machine translation puts where a number was (XNUMX, NUMX, __NUM__, <num>).
import type { Comparison } from './types.js';

const PLACEHOLDER = /\b[X_]*NUM[X_]*\b|<num>/gi;
// Every placeholder contains these letters: texts without them skip the slower pattern.
const CORE = /num/i;

/** The placeholders in the target that the source does not have itself, in order. */
export function placeholdersIn(c: Comparison): RegExpMatchArray[] {
  if (!CORE.test(c.tgt.text)) return [];
  const out: RegExpMatchArray[] = [];
  for (const m of c.tgt.text.matchAll(PLACEHOLDER)) {
    if (m[0] === 'num' || m[0] === 'Num' || c.src.text.includes(m[0])) continue;
    out.push(m);
  }
  return out;
}
