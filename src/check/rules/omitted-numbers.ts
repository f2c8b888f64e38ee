import type { RuleInfo } from '../types.js';

/** Reported by checkAlignment for 1-0 beads: the rule has no pair to compare, only a sentence. */
export const omittedNumbersInfo: RuleInfo = {
  id: 'omitted-numbers',
  severity: 'warning',
  title: 'Numbers in an omitted sentence',
  description: 'A source sentence with numbers has no counterpart in the target.',
};
