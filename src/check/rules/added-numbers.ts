import type { RuleInfo } from '../types.js';

/** Reported by checkAlignment for 0-1 beads: a target sentence with numbers the source lacks. */
export const addedNumbersInfo: RuleInfo = {
  id: 'added-numbers',
  severity: 'warning',
  title: 'Numbers in an added sentence',
  description: 'A target sentence with numbers has no counterpart in the source.',
};
