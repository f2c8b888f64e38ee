import { detectText } from '../../detect/index.js';
import type { Token } from '../../numbers/index.js';
import type { Flag, Lang } from '../../types.js';
import { contextTable } from '../lang/index.js';
import type { Comparison, Rule, RuleInfo } from '../types.js';

const info: RuleInfo = {
  id: 'untranslated',
  severity: 'warning',
  title: 'Untranslated sentence',
  description: 'The target sentence is still in the source language.',
};

// Share of target words also found in the source above which the detector is asked at all;
// keeps the (slower) language detector off the ordinary translated sentence.
const COPY_SHARE = 0.5;
// Share of target words that are function words of the source language only (not also of the
// target language: "in" says nothing) below which the target is translated.
const MIN_FUNCTION_SHARE = 0.15;
// Fewest words for a language judgement worth making.
const MIN_WORDS = 4;
// Detector confidence needed to call the target the source language.
const MIN_CONFIDENCE = 0.5;

/** Function words of one language that are not also function words of another, and the longest of them. */
interface Distinctive {
  words: Set<string>;
  longest: number;
  /** 1 at (length, low byte of the first code unit) of every word: most other words fail here, unhashed. */
  shapes: Uint8Array;
}

// Slots per word length in Distinctive.shapes: one per low byte of a first code unit.
const FIRST_CODES = 256;

function shapeOf(length: number, first: number): number {
  return length * FIRST_CODES + (first & (FIRST_CODES - 1));
}

// Per source language, per target language.
const distinctive = new Map<Lang, Map<Lang, Distinctive>>();

/** Function words of `lang` that are not also function words of `other`. */
function distinctiveStopwords(lang: Lang, other: Lang): Distinctive {
  let byOther = distinctive.get(lang);
  if (!byOther) distinctive.set(lang, (byOther = new Map()));
  let d = byOther.get(other);
  if (!d) {
    const theirs = contextTable(other).stopwords;
    const words = new Set([...contextTable(lang).stopwords].filter((w) => !theirs.has(w)));
    const longest = Math.max(0, ...[...words].map((w) => w.length));
    const shapes = new Uint8Array((longest + 1) * FIRST_CODES);
    for (const w of words) shapes[shapeOf(w.length, w.charCodeAt(0))] = 1;
    d = { words, longest, shapes };
    byOther.set(other, d);
  }
  return d;
}

/** Words among `tokens`, and how many of them are in `stop`: read from the tokens, as most targets
 * stop at this test and need no list of their words. Function words are short, so longer words are not looked up. */
function countWords(tokens: readonly Token[], stop: Distinctive): { words: number; inStop: number } {
  let words = 0;
  let inStop = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    words++;
    const { lc } = t;
    if (lc.length <= stop.longest && stop.shapes[shapeOf(lc.length, lc.charCodeAt(0))] === 1 && stop.words.has(lc)) inStop++;
  }
  return { words, inStop };
}

export const untranslated: Rule = {
  info,
  run(c: Comparison): Flag[] {
    if (c.src.lang === c.tgt.lang) return [];
    const count = countWords(c.tgt.tokens, distinctiveStopwords(c.src.lang, c.tgt.lang));
    if (count.words < MIN_WORDS) return [];
    // Cheap first test: a sentence in the source language is full of its function words.
    if (count.inStop / count.words < MIN_FUNCTION_SHARE) return [];
    const tw = c.tgt.words;
    const sw = new Set(c.src.words);
    let same = 0;
    for (const w of tw) if (sw.has(w)) same++;
    const shared = same / tw.length;
    if (shared < COPY_SHARE) return [];
    const d = detectText(c.tgt.text, [c.src.lang, c.tgt.lang]);
    if (d.lang !== c.src.lang || d.confidence < MIN_CONFIDENCE) return [];
    return [{ rule: info.id, severity: info.severity, message: `the target is in ${c.src.lang}, not ${c.tgt.lang}`, tgt: { start: 0, end: c.tgt.text.length } }];
  },
};
