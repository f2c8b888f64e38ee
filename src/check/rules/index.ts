// Every QA rule, registered once. Pair rules run on each aligned pair; bead rules describe 1-0 / 0-1 beads.
import type { Rule, RuleInfo } from '../types.js';
import { addedNumbersInfo } from './added-numbers.js';
import { dateMismatch } from './date-mismatch.js';
import { garbledPlaceholder } from './garbled-placeholder.js';
import { magnitudeMismatch } from './magnitude-mismatch.js';
import { multiplierMismatch } from './multiplier-mismatch.js';
import { numberExtra } from './number-extra.js';
import { numberFormat } from './number-format.js';
import { numberGlued } from './number-glued.js';
import { numberMissing } from './number-missing.js';
import { numbersSwapped } from './numbers-swapped.js';
import { omittedNumbersInfo } from './omitted-numbers.js';
import { percentMoved } from './percent-moved.js';
import { unitMismatch } from './unit-mismatch.js';
import { untranslated } from './untranslated.js';
import { valueChanged } from './value-changed.js';

export const PAIR_RULES: readonly Rule[] = [
  garbledPlaceholder,
  numberGlued,
  percentMoved,
  magnitudeMismatch,
  multiplierMismatch,
  dateMismatch,
  unitMismatch,
  numbersSwapped,
  valueChanged,
  numberMissing,
  numberExtra,
  numberFormat,
  untranslated,
];

/** The pair rules that read the texts themselves, in PAIR_RULES order: the only ones that can fire
 * on a pair without quantities or names (every other rule reads only those). */
export const TEXT_RULES: readonly Rule[] = [garbledPlaceholder, untranslated];

/** The pair rules that read only changed pairs of quantities or left-over ones: silent on a pair whose
 * quantities all matched. */
const UNMATCHED_ONLY: readonly Rule[] = [magnitudeMismatch, multiplierMismatch, valueChanged, numberMissing, numberExtra];

/** The pair rules that can fire when every quantity is matched (nothing changed or left over), in PAIR_RULES order. */
export const MATCHED_RULES: readonly Rule[] = PAIR_RULES.filter((r) => !UNMATCHED_ONLY.includes(r));

export const BEAD_RULES: readonly RuleInfo[] = [omittedNumbersInfo, addedNumbersInfo];
