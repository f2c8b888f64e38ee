// Where line breaks end sentences: a block of separate lines (headlines, one-line paragraphs, list
// items) breaks at every line; a hard-wrapped block of prose reads as one run of text.
import type { Span } from '../types.js';
import { isSpace } from './chars.js';

/** Lines this long or longer were not produced by hard wrapping (72-80 columns is the custom). */
const MAX_WRAP_WIDTH = 100;
/** Nobody wraps prose narrower than this; shorter lines are headlines, list items or verse. */
const MIN_WRAP_WIDTH = 40;
/** In a hard-wrapped block, every line but the last fills at least this share of the widest one. */
const MIN_WRAP_FILL = 0.6;
/** Above this share of lines ending in sentence punctuation, the lines are separate, not wrapped. */
const MAX_WRAP_FINAL_SHARE = 0.34;
/** A block needs this many full lines before it can be told apart from a headline and its text. */
const MIN_WRAP_LINES = 2;

const LINE_FINAL = /[.!?:;…"”“»)]$/u;
const BULLET_START = /^\s*[•⁃▪‣◦*–-]\s/u;

/** Whether `lines` (right-trimmed) look like one paragraph wrapped at a fixed width. */
export function looksHardWrapped(lines: readonly string[]): boolean {
  const full = lines.slice(0, -1);
  if (full.length < MIN_WRAP_LINES) return false;
  if (lines.some((l) => BULLET_START.test(l))) return false;
  const widest = full.reduce((w, l) => Math.max(w, l.length), 0);
  if (widest > MAX_WRAP_WIDTH || widest < MIN_WRAP_WIDTH) return false;
  if (full.some((l) => l.length < MIN_WRAP_FILL * widest)) return false;
  const final = full.filter((l) => LINE_FINAL.test(l)).length;
  return final / full.length <= MAX_WRAP_FINAL_SHARE;
}

function isLowerStart(text: string, at: number, to: number): boolean {
  let k = at;
  while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
  const ch = text[k] ?? '';
  return k < to && ch !== ch.toUpperCase();
}

function endsSentence(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  return k >= from && LINE_FINAL.test(text[k]);
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Splits `text[from, to)` into ranges that sentences never cross: blank-line blocks, and within
 * a block of separate lines each line (a line that starts lower case continues the one before).
 */
export function sentenceUnits(text: string, from = 0, to = text.length): Span[] {
  const units: Span[] = [];
  let lines: Span[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    const wrapped = lines.length > MIN_WRAP_LINES && looksHardWrapped(lines.map((l) => text.slice(l.start, l.end).trimEnd()));
    if (wrapped) {
      units.push({ start: lines[0].start, end: lines[lines.length - 1].end });
    } else {
      let cur = { ...lines[0] };
      for (let k = 1; k < lines.length; k++) {
        const l = lines[k];
        if (isLowerStart(text, l.start, l.end) && !endsSentence(text, cur.start, cur.end)) cur.end = l.end;
        else {
          units.push(cur);
          cur = { ...l };
        }
      }
      units.push(cur);
    }
    lines = [];
  };
  let at = from;
  while (at < to) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > to) nl = to;
    if (isBlank(text, at, nl)) flush();
    else lines.push({ start: at, end: nl });
    at = nl + 1;
  }
  flush();
  return units;
}
