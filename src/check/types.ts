// Types internal to the check stage: rule descriptions and the comparison every rule reads.
import type { NameToken, ScannedQuantity, Token } from '../numbers/index.js';
import type { Flag, Lang, Severity } from '../types.js';

/** What the report and the UI show about a rule. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  title: string;
  description: string;
}

/** One side of a checked pair: its text and what the scanner found in it. */
export interface Side {
  text: string;
  lang: Lang;
  quantities: ScannedQuantity[];
  names: NameToken[];
  /** Lower-cased words of the text. */
  words: string[];
  tokens: Token[];
}

/** Source and target quantities put side by side: matched by meaning, the rest paired or left over. */
export interface Comparison {
  src: Side;
  tgt: Side;
  /** Same value on both sides (index into src.quantities, tgt.quantities). */
  matched: [number, number][];
  /** Left over on both sides and paired as "this became that". */
  changed: [number, number][];
  /** Left over with no counterpart. */
  srcLeft: number[];
  tgtLeft: number[];
}

/** A rule: a pure reporter over the comparison. */
export interface Rule {
  info: RuleInfo;
  run(c: Comparison): Flag[];
}
