// The sentence boundary decision inside one unit of text (a line, or a block of wrapped lines).
// One left-to-right pass over candidate marks; every look-around is bounded, so time is linear.
import type { Span } from '../types.js';
import { monthOf } from '../lang/index.js';
import { casedAt, isSpace, upperAt } from './chars.js';
import type { SegmentRules } from './lang/index.js';

/** The UTF-16 codes of the characters of `chars` (all of one code unit): looked up by code, no string cut per test. */
function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

/** Characters that may end a sentence or start a list item; the rest of the text is skipped unread. */
const CANDIDATE = /[.!?…‽•⁃▪‣◦]/g;
/** The candidates beyond ASCII: a unit without any is searched for ". ! ?" with indexOf alone. */
const WIDE_CANDIDATE = /[…‽•⁃▪‣◦]/;
/** Characters of a run of sentence marks ("?!", "...", "…"). */
const MARKS = codes('.!?…‽');
/** Numbered list items inside a line ("1.) first 2.) second") use at most this many digits. */
const MAX_LIST_NUMBER_DIGITS = 3;
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = codes('"\'”’“»«)]›');
/** Opening quotes and brackets that may stand before a sentence's first word. */
const OPENERS = codes('"\'“‘„‚«»([¿¡‹');
const BULLETS = codes('•⁃▪‣◦');
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
// Codes of the marks tested by code rather than by one-character strings.
const DOT = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const INTERROBANG = 0x203d;

/** White space at `s[k]`; false past either end. */
const spaceAt = (s: string, k: number) => isSpace(s.charCodeAt(k));
/** Whether `s[k]` is an ASCII digit; false past either end. */
const digitAt = (s: string, k: number) => {
  const c = s.charCodeAt(k);
  return c >= 0x30 && c <= 0x39;
};

/** The word right before `at`, without opening quotes or brackets. */
function wordBefore(s: string, floor: number, at: number): string {
  let k = at;
  const stop = Math.max(floor, at - MAX_WORD_LOOKBACK);
  while (k > stop && !spaceAt(s, k - 1)) k--;
  while (k < at && OPENERS.has(s.charCodeAt(k))) k++;
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

/** The word starting at `next`, lower-cased: asked only where the word before the dot leaves it open. */
function nextLowerAt(s: string, next: number): string {
  return wordAt(s, next).toLowerCase();
}

/** An ambiguous abbreviation ends a sentence of some length when a typical sentence opener follows. */
function ambiguousEnds(s: string, sentStart: number, dot: number, next: number, rules: SegmentRules): boolean {
  if (!hasWords(s, sentStart, dot, MIN_WORDS_BEFORE_AMBIGUOUS_END)) return false;
  const nextLower = nextLowerAt(s, next);
  return rules.starters.has(nextLower) || rules.neverFinal.has(nextLower);
}

/**
 * Whether a single dot after `word` ends the sentence; `next` is where the next word starts. The
 * next word is read only in the branches that ask about it: most dots follow an ordinary word.
 */
function dotEnds(s: string, sentStart: number, dot: number, word: string, next: number, rules: SegmentRules): boolean {
  if (word === '') return true;
  const nextIsDigit = digitAt(s, next);

  if (rules.table.ordinalDot && SMALL_NUMBER.test(word)) {
    const nextWord = wordAt(s, next);
    if (nextIsDigit || monthOf(nextWord, rules.table.code) !== undefined) return false;
    return rules.starters.has(nextWord.toLowerCase());
  }
  const lower = word.toLowerCase();
  if (rules.neverFinal.has(lower)) return false;
  if (rules.beforeNumber.has(lower)) return nextIsDigit ? false : ambiguousEnds(s, sentStart, dot, next, rules);
  if (word.length === 1 && casedAt(word, 0)) {
    if (!upperAt(word, 0) || !rules.letterWords.has(word)) return false;
    const before = previousWord(s, sentStart, dot, word);
    return !upperAt(before, 0);
  }
  // A dotted abbreviation ("U.K.") has a dot inside: other words skip the pattern.
  if (rules.mayEnd.has(lower) || (word.includes('.') && DOTTED.test(word))) return ambiguousEnds(s, sentStart, dot, next, rules);
  return true;
}

/** Whether `s[at, end)` holds a question or exclamation mark (such a run always ends a sentence). */
function hasStrongMark(s: string, at: number, end: number): boolean {
  for (let k = at; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === EXCLAMATION || c === QUESTION || c === INTERROBANG) return true;
  }
  return false;
}

/** Whether the mark run `s[at, markEnd)`, its closers up to `after`, and the next text at `next` end a sentence. */
function isBoundary(s: string, sentStart: number, at: number, markEnd: number, after: number, next: number, rules: SegmentRules): boolean {
  let first = next;
  while (first < s.length && OPENERS.has(s.charCodeAt(first))) first++;
  if (!(upperAt(s, first) || digitAt(s, first) || BULLETS.has(s.charCodeAt(first)))) return false;
  if (hasStrongMark(s, at, markEnd)) return true;
  // Not a single dot: a run of marks ("...", ". . .") or an ellipsis character.
  if (markEnd !== at + 1 || s.charCodeAt(at) !== DOT) return s[at - 1] !== '[' && s[at - 1] !== '(';
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
  while (k > 0 && dot - k < MAX_LIST_NUMBER_DIGITS && digitAt(s, k - 1)) k--;
  return k < dot && (k === 0 || spaceAt(s, k - 1)) ? k : -1;
}

/** End of the run of sentence marks starting at `at`, spaced dots (". . .") included. */
function markRunEnd(s: string, at: number): number {
  let k = at;
  for (;;) {
    while (k < s.length && MARKS.has(s.charCodeAt(k))) k++;
    const spaced = (s[k] === ' ' || s[k] === '\u00a0') && (s[k + 1] === '.' || s[k + 1] === '…');
    if (!spaced) return k;
    k += 1;
  }
}

/**
 * The candidate characters of one unit, left to right. Most units hold only ". ! ?": three indexOf
 * searches, each resumed past the last answer, cost less than a regex match object per candidate.
 */
class CandidateFinder {
  private readonly wide: boolean;
  private dot: number;
  private exclamation: number;
  private question: number;

  constructor(private readonly s: string) {
    this.wide = WIDE_CANDIDATE.test(s);
    this.dot = s.indexOf('.');
    this.exclamation = s.indexOf('!');
    this.question = s.indexOf('?');
  }

  /** The first candidate at or after `from` (never less than the last call's), or -1. */
  next(from: number): number {
    const { s } = this;
    if (this.wide) {
      CANDIDATE.lastIndex = from;
      return CANDIDATE.exec(s)?.index ?? -1;
    }
    // Each position is the first of its mark at or after some earlier `from`, or -1 when none is left.
    if (this.dot >= 0 && this.dot < from) this.dot = s.indexOf('.', from);
    if (this.exclamation >= 0 && this.exclamation < from) this.exclamation = s.indexOf('!', from);
    if (this.question >= 0 && this.question < from) this.question = s.indexOf('?', from);
    let at = this.dot;
    if (this.exclamation >= 0 && (at < 0 || this.exclamation < at)) at = this.exclamation;
    if (this.question >= 0 && (at < 0 || this.question < at)) at = this.question;
    return at;
  }
}

/** Appends to `out` the sentence spans of `text[from, to)`, one unit, offsets into `text`. */
export function scanUnit(text: string, from: number, to: number, rules: SegmentRules, out: Span[]): void {
  const s = text.slice(from, to);
  const candidates = new CandidateFinder(s);
  let sentStart = 0;
  let resume = 0;
  for (let at = candidates.next(0); at >= 0; at = candidates.next(resume)) {
    const bullet = BULLETS.has(s.charCodeAt(at));
    const item = bullet ? (at === 0 || spaceAt(s, at - 1) ? at : -1) : listNumberStart(s, at);
    if (item > sentStart) {
      // A list item starts here: what came before is its own sentence.
      pushTrimmed(s, sentStart, item, from, out);
      sentStart = item;
    }
    if (item >= 0 || bullet) {
      resume = at + (bullet ? 1 : 2);
      continue;
    }
    const markEnd = markRunEnd(s, at);
    resume = markEnd;
    let after = markEnd;
    while (after < s.length && CLOSERS.has(s.charCodeAt(after))) after++;
    if (after >= s.length) break;
    if (!spaceAt(s, after)) continue;
    let next = after;
    while (next < s.length && spaceAt(s, next)) next++;
    if (next >= s.length) break;
    if (isBoundary(s, sentStart, at, markEnd, after, next, rules)) {
      pushTrimmed(s, sentStart, after, from, out);
      sentStart = next;
    }
  }
  pushTrimmed(s, sentStart, s.length, from, out);
}
