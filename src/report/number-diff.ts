// Word-level diff of the number tokens of a flag's source and target text.

import { type Change, diffWords, wordDiff } from 'diff';
import type { Lang, PairFlag } from '../types.js';
import { type QuantityFinder, tokenLine } from './quantity-marks.js';

/** diffWords is quadratic in the worst case; a sentence pair never has this many numbers. */
const MAX_TOKEN_LINE = 2000;

interface Remembered {
  srcText: string;
  tgtText: string;
  srcLang: Lang;
  tgtLang: Lang;
  changes: Change[];
}

/** Diffs already made, per finder and flag: report.md and index.html both show every flag's diff.
 * Weak on both keys, so nothing outlives the report; the texts are compared in case a flag was edited. */
const remembered = new WeakMap<QuantityFinder, WeakMap<PairFlag, Remembered>>();

export function numberDiff(flag: PairFlag, srcLang: Lang, tgtLang: Lang, find: QuantityFinder): Change[] {
  const r = remembered.get(find)?.get(flag);
  if (r && r.srcText === flag.srcText && r.tgtText === flag.tgtText && r.srcLang === srcLang && r.tgtLang === tgtLang) return r.changes;
  const changes = diffNumbers(flag, srcLang, tgtLang, find);
  let byFlag = remembered.get(find);
  if (!byFlag) remembered.set(find, (byFlag = new WeakMap()));
  byFlag.set(flag, { srcText: flag.srcText, tgtText: flag.tgtText, srcLang, tgtLang, changes });
  return changes;
}

function diffNumbers(flag: PairFlag, srcLang: Lang, tgtLang: Lang, find: QuantityFinder): Change[] {
  const before = tokenLine(find(flag.srcText, srcLang)).slice(0, MAX_TOKEN_LINE);
  const after = tokenLine(find(flag.tgtText, tgtLang)).slice(0, MAX_TOKEN_LINE);
  if (!before && !after) return [];
  // Most flags are a figure missing on one side: the whole line added or removed.
  if (!before) return [oneSided(after, true)];
  if (!after) return [oneSided(before, false)];
  return diffWords(before, after);
}

/** What diffWords gives for a token line against an empty one, without its search: one change holding the
 * whole line (a token line has single spaces and no outer whitespace, so its tokens join back to itself). */
function oneSided(line: string, added: boolean): Change {
  return { count: wordDiff.tokenize(line, {}).length, added, removed: !added, value: line };
}
