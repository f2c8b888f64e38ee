// Word-level diff of the number tokens of a flag's source and target text.

import { type Change, diffWords } from 'diff';
import type { Lang, PairFlag } from '../types.js';
import { type QuantityFinder, tokenLine } from './quantity-marks.js';

/** diffWords is quadratic in the worst case; a sentence pair never has this many numbers. */
const MAX_TOKEN_LINE = 2000;

export function numberDiff(flag: PairFlag, srcLang: Lang, tgtLang: Lang, find: QuantityFinder): Change[] {
  const before = tokenLine(find(flag.srcText, srcLang)).slice(0, MAX_TOKEN_LINE);
  const after = tokenLine(find(flag.tgtText, tgtLang)).slice(0, MAX_TOKEN_LINE);
  if (!before && !after) return [];
  return diffWords(before, after);
}
