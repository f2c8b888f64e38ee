// The sentence boundary decision inside one unit of text (a line, or a block of wrapped lines).
// One left-to-right pass over candidate marks; every look-around is bounded, so time is linear.
import type { Span } from '../types.js';
import { monthOf } from '../lang/index.js';
import { casedAt, isSpace, upperAt } from './chars.js';
import type { SegmentRules } from './lang/index.js';

/** Characters that may end a sentence or start a list item; the rest of the text is skipped unread. */
const CANDIDATE = /[.!?…‽•⁃▪‣◦]/g;
/** Characters of a run of sentence marks ("?!", "...", "…"). */
const MARKS = new Set(['.', '!', '?', '…', '‽']);
/** Numbered list items inside a line ("1.) first 2.) second") use at most this many digits. */
const MAX_LIST_NUMBER_DIGITS = 3;
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set(['"', "'", '”', '’', '“', '»', '«', ')', ']', '›']);
/** Opening quotes and brackets that may stand before a sentence's first word. */
const OPENERS = new Set(['"', "'", '“', '‘', '„', '‚', '«', '»', '(', '[', '¿', '¡', '‹']);
const BULLETS = new Set(['•', '⁃', '▪', '‣', '◦']);
/** Abbreviations and words are short: a longer look back only finds URLs and junk. */
const MAX_WORD_LOOKBACK = 64;
/** A sentence ending in an ambiguous abbreviation ("U.S.", "a.m.") has at least this many words. */
const MIN_WORDS_BEFORE_AMBIGUOUS_END = 4;
/** A sentence that is only a list marker ("1.", "• 9.", "a)") is not a sentence yet. */
const LIST_MARKER = /^(?:[•⁃▪‣◦*–-]\s*)?\(?(?:\d{1,3}|\p{L})$/u;
/** List markers are short; longer prefixes are real text. */
const MAX_LIST_MARKER = 6;
/** Dotted abbreviations not in any table: "U.K.", "e.g.", "A.B.C.". */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const SMALL_NUMBER = /^[-–]?\d{1,3}$/;

/** White space at `s[k]`; false past either end. */
const spaceAt = (s: string, k: number) => isSpace(s.charCodeAt(k));
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/** The word right before `at`, without opening quotes or brackets. */
function wordBefore(s: string, floor: number, at: number): string {
  let k = at;
  const stop = Math.max(floor, at - MAX_WORD_LOOKBACK);
  while (k > stop && !spaceAt(s, k - 1)) k--;
  while (k < at && OPENERS.has(s[k])) k++;
  return s.slice(k, at);
}

/** The letters starting at `at` ("Mr" of "Mr. Smith"), at most a word's length. */
function wordAt(s: string, at: number): string {
  let k = at;
  const stop = Math.min(s.length, at + MAX_WORD_LOOKBACK);
  while (k < stop && casedAt(s, k)) k++;
  return s.slice(at, k);
}

/** Whether `s[floor, at)` holds at least `n` words; looks back no further than it must. */
function hasWords(s: string, floor: number, at: number, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let k = at - 1; k >= floor; k--) {
    if (spaceAt(s, k)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count >= n) return true;
    }
  }
  return false;
}

/** The word before the word that ends at `end`. */
function previousWord(s: string, floor: number, end: number, word: string): string {
  let k = end - word.length;
  while (k > floor && spaceAt(s, k - 1)) k--;
  return wordBefore(s, floor, k);
}

/** An ambiguous abbreviation ends a sentence of some length when a typical sentence opener follows. */
function ambiguousEnds(s: string, sentStart: number, dot: number, nextLower: string, rules: SegmentRules): boolean {
  return (
    hasWords(s, sentStart, dot, MIN_WORDS_BEFORE_AMBIGUOUS_END) &&
    (rules.starters.has(nextLower) || rules.neverFinal.has(nextLower))
  );
}

/** Whether a single dot after `word` ends the sentence; `next` is where the next word starts. */
function dotEnds(s: string, sentStart: number, dot: number, word: string, next: number, rules: SegmentRules): boolean {
  if (word === '') return true;
  const lower = word.toLowerCase();
  const nextWord = wordAt(s, next);
  const nextLower = nextWord.toLowerCase();
  const nextIsDigit = isDigit(s[next] ?? '');

  if (rules.table.ordinalDot && SMALL_NUMBER.test(word)) {
    if (nextIsDigit || monthOf(nextWord, rules.table.code) !== undefined) return false;
    return rules.starters.has(nextLower);
  }
  if (rules.neverFinal.has(lower)) return false;
  if (rules.beforeNumber.has(lower)) return nextIsDigit ? false : ambiguousEnds(s, sentStart, dot, nextLower, rules);
  if (word.length === 1 && casedAt(word, 0)) {
    if (!upperAt(word, 0) || !rules.letterWords.has(word)) return false;
    const before = previousWord(s, sentStart, dot, word);
    return !upperAt(before, 0);
  }
  if (rules.mayEnd.has(lower) || DOTTED.test(word)) return ambiguousEnds(s, sentStart, dot, nextLower, rules);
  return true;
}

/** Whether the mark `s[at, markEnd)`, its closers up to `after`, and the next text at `next` end a sentence. */
function isBoundary(s: string, sentStart: number, at: number, mark: string, after: number, next: number, rules: SegmentRules): boolean {
  let first = next;
  while (first < s.length && OPENERS.has(s[first])) first++;
  const ch = s[first] ?? '';
  if (!(upperAt(s, first) || isDigit(ch) || BULLETS.has(ch))) return false;
  if (/[!?‽]/.test(mark)) return true;
  if (mark !== '.') return s[at - 1] !== '[' && s[at - 1] !== '(';
  if (at - sentStart <= MAX_LIST_MARKER + 2 && LIST_MARKER.test(s.slice(sentStart, at).trim())) return false;
  if (after > at + 1) return true;
  return dotEnds(s, sentStart, at, wordBefore(s, sentStart, at), first, rules);
}

/** Appends `s[a, b)` without surrounding white space, shifted by `offset`, unless it is empty. */
function pushTrimmed(s: string, a: number, b: number, offset: number, out: Span[]): void {
  while (a < b && spaceAt(s, a)) a++;
  while (b > a && spaceAt(s, b - 1)) b--;
  if (b > a) out.push({ start: offset + a, end: offset + b });
}

/** Where a numbered list item "12.)" starts when the dot at `dot` is its dot, else -1. */
function listNumberStart(s: string, dot: number): number {
  if (s[dot + 1] !== ')') return -1;
  let k = dot;
  while (k > 0 && dot - k < MAX_LIST_NUMBER_DIGITS && isDigit(s[k - 1])) k--;
  return k < dot && (k === 0 || spaceAt(s, k - 1)) ? k : -1;
}

/** End of the run of sentence marks starting at `at`, spaced dots (". . .") included. */
function markRunEnd(s: string, at: number): number {
  let k = at;
  for (;;) {
    while (k < s.length && MARKS.has(s[k])) k++;
    const spaced = (s[k] === ' ' || s[k] === '\u00a0') && (s[k + 1] === '.' || s[k + 1] === '…');
    if (!spaced) return k;
    k += 1;
  }
}

/** Appends to `out` the sentence spans of `text[from, to)`, one unit, offsets into `text`. */
export function scanUnit(text: string, from: number, to: number, rules: SegmentRules, out: Span[]): void {
  const s = text.slice(from, to);
  let sentStart = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(s); m !== null; m = CANDIDATE.exec(s)) {
    const at = m.index;
    const bullet = BULLETS.has(s[at]);
    const item = bullet ? (at === 0 || spaceAt(s, at - 1) ? at : -1) : listNumberStart(s, at);
    if (item > sentStart) {
      // A list item starts here: what came before is its own sentence.
      pushTrimmed(s, sentStart, item, from, out);
      sentStart = item;
    }
    if (item >= 0 || bullet) {
      CANDIDATE.lastIndex = at + (bullet ? 1 : 2);
      continue;
    }
    const markEnd = markRunEnd(s, at);
    CANDIDATE.lastIndex = markEnd;
    let after = markEnd;
    while (after < s.length && CLOSERS.has(s[after])) after++;
    if (after >= s.length) break;
    if (!spaceAt(s, after)) continue;
    let next = after;
    while (next < s.length && spaceAt(s, next)) next++;
    if (next >= s.length) break;
    if (isBoundary(s, sentStart, at, s.slice(at, markEnd), after, next, rules)) {
      pushTrimmed(s, sentStart, after, from, out);
      sentStart = next;
    }
  }
  pushTrimmed(s, sentStart, s.length, from, out);
}
