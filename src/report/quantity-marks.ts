// Where the quantities are in a sentence, for highlighting and for the number-token diff.

import { extractQuantities } from '../numbers/index.js';
import type { Lang, Quantity, Span } from '../types.js';

/** A quantity in a text: where it is, and a language-independent token to compare across languages. */
export interface QuantityMark {
  span: Span;
  token: string;
}

export type QuantityFinder = (text: string, lang: Lang) => QuantityMark[];

/** Digits with inner separators and an optional percent sign, not glued to a word (G7, CO2): enough to highlight without the numbers stage. */
const DIGITS = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?:\s?%)?/gu;

/** Fallback finder: digit runs as written (the numbers stage knows number words and magnitudes). */
export const digitMarks: QuantityFinder = (text) =>
  [...text.matchAll(DIGITS)].map((m) => ({
    span: { start: m.index, end: m.index + m[0].length },
    token: m[0].replace(/\s/g, ''),
  }));

/**
 * A quantity's mark whose token is made when first read: index.html only highlights the spans of
 * most sentences it shows, and only the flag texts' tokens are compared.
 */
class StageMark implements QuantityMark {
  private made?: string;
  readonly span: Span;

  constructor(private readonly quantity: Quantity) {
    this.span = quantity.span;
  }

  get token(): string {
    return (this.made ??= quantityToken(this.quantity));
  }
}

/** Adapts a quantity extractor: tokens carry value and unit, so "2,3 Milliarden" equals "2.3 billion". */
export function quantityMarks(extract: (text: string, lang: Lang) => Quantity[]): QuantityFinder {
  return (text, lang) => extract(text, lang).map((q) => new StageMark(q));
}

/** Values from a million up are written compactly (2.3B): the magnitude word differs by language, the value does not. */
const COMPACT_FROM = 1e6;
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 15 });
/** Significant digits for fractions: "a third" is 0.3333, not 0.333333333333. */
const FRACTION_DIGITS = 4;

function figure(value: number): string {
  if (Math.abs(value) >= COMPACT_FROM) return COMPACT.format(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(FRACTION_DIGITS)));
}

/** The same token for "2,3 Milliarden US-Dollar" and "2.3 billion dollars", for "24. November" and "November 24". */
export function quantityToken(q: Quantity): string {
  const unit = q.unit === undefined ? '' : q.unit === '%' || q.unit === 'pp' ? q.unit : `·${q.unit}`;
  switch (q.kind) {
    case 'date':
      return q.month === undefined ? figure(q.value) : `${q.day ?? q.value}.${q.month}.`;
    case 'year':
      return q.month === undefined ? figure(q.value) : `${q.month}/${figure(q.value)}`;
    case 'ordinal':
      return `${figure(q.value)}.`;
    case 'multiplier':
      return `×${figure(q.value)}`;
    case 'range':
      return `${figure(q.value)}–${figure(q.valueTo ?? q.value)}${unit}`;
    default:
      return `${figure(q.value)}${unit}`;
  }
}

/** The tokens of some marks, in text order, as one space-separated string for diffWords. */
export function tokenLine(marks: readonly QuantityMark[]): string {
  let line = '';
  for (const m of inTextOrder(marks)) {
    const token = /\s/.test(m.token) ? m.token.replace(/\s+/g, '') : m.token;
    if (token) line += line ? ` ${token}` : token;
  }
  return line;
}

/** Marks by start; the numbers stage gives them in that order already, so a sorted copy only when not. */
function inTextOrder(marks: readonly QuantityMark[]): readonly QuantityMark[] {
  for (let i = 1; i < marks.length; i++) {
    if (marks[i].span.start < marks[i - 1].span.start) return [...marks].sort((a, b) => a.span.start - b.span.start);
  }
  return marks;
}

const stageMarks = quantityMarks(extractQuantities);

/** The numbers stage's reading, or digit runs should it fail on some text: a report is written either way. */
export const defaultMarks: QuantityFinder = (text, lang) => {
  try {
    return stageMarks(text, lang);
  } catch {
    return digitMarks(text, lang);
  }
};

/**
 * `find` remembering what it found, for one report: the HTML page and report.md look up the same flag
 * texts, and a 1-1 bead's sentence is its flag's text. `known`: marks found already (where the pair
 * was checked, see pair-marks.ts), added to as more are found.
 */
export function cachedMarks(find: QuantityFinder = defaultMarks, known?: Map<Lang, Map<string, QuantityMark[]>>): QuantityFinder {
  const seen = known ?? new Map<Lang, Map<string, QuantityMark[]>>();
  return (text, lang) => {
    let ofLang = seen.get(lang);
    if (!ofLang) seen.set(lang, (ofLang = new Map()));
    let marks = ofLang.get(text);
    if (marks === undefined) {
      marks = find(text, lang);
      ofLang.set(text, marks);
    }
    return marks;
  };
}
