import type { Lang } from '../../types.js';
import { de } from './de.js';
import { en } from './en.js';
import type { SegmentTable } from './types.js';

export type { SegmentTable } from './types.js';

/** Languages the segmenter has tables for: a new language is a new table here. */
const TABLES: Record<Lang, SegmentTable> = { en, de };

/** Without a table, only language-independent rules apply (punctuation, quotes, numbers, lists). */
const NEUTRAL: SegmentTable = {
  code: 'und',
  neverFinal: [],
  beforeNumber: [],
  mayEnd: [],
  sentenceStarters: [],
  letterWords: [],
  ordinalDot: false,
};

/** The segmenter's knowledge of `lang` as sets, built once per language. */
export interface SegmentRules {
  table: SegmentTable;
  neverFinal: ReadonlySet<string>;
  beforeNumber: ReadonlySet<string>;
  mayEnd: ReadonlySet<string>;
  starters: ReadonlySet<string>;
  letterWords: ReadonlySet<string>;
}

function compile(table: SegmentTable): SegmentRules {
  return {
    table,
    neverFinal: new Set(table.neverFinal),
    beforeNumber: new Set(table.beforeNumber),
    mayEnd: new Set(table.mayEnd),
    starters: new Set(table.sentenceStarters),
    letterWords: new Set(table.letterWords),
  };
}

const COMPILED = new Map<Lang, SegmentRules>(Object.entries(TABLES).map(([code, t]) => [code, compile(t)]));
const NEUTRAL_RULES = compile(NEUTRAL);

/** The rules for `lang`; languages without a table get the language-independent ones. */
export function rulesFor(lang: Lang): SegmentRules {
  return COMPILED.get(lang) ?? NEUTRAL_RULES;
}
