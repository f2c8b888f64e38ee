import type { Lang } from '../../types.js';

/**
 * What the segmenter knows about one language. Words are lower case; abbreviations are written
 * without their final dot but with inner dots ("u.s", "z.b").
 */
export interface SegmentTable {
  code: Lang;
  /** Abbreviations that never end a sentence (titles, "z.B."): a dot after them is never a boundary. */
  neverFinal: readonly string[];
  /** Abbreviations that stand before a number ("Nr. 5", "p. 55"): no boundary when a digit follows. */
  beforeNumber: readonly string[];
  /** Abbreviations that usually continue a sentence but may end one ("etc.", "Co.", "U.S."). */
  mayEnd: readonly string[];
  /** Words that often open a sentence: after an ambiguous dot, the next word must be one of these. */
  sentenceStarters: readonly string[];
  /** Single capital letters that are words of their own and may end a sentence ("I" in English). */
  letterWords: readonly string[];
  /** A dot after a small number before a capitalised word is an ordinal ("25. Jubiläumsjahr"). */
  ordinalDot: boolean;
}
