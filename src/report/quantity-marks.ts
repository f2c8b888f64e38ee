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

/** Adapts a quantity extractor: tokens carry value and unit, so "2,3 Milliarden" equals "2.3 billion". */
export function quantityMarks(extract: (text: string, lang: Lang) => Quantity[]): QuantityFinder {
  return (text, lang) =>
    extract(text, lang).map((q) => ({
      span: q.span,
      token: quantityToken(q),
    }));
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
  return [...marks]
    .sort((a, b) => a.span.start - b.span.start)
    .map((m) => m.token.replace(/\s+/g, ''))
    .filter(Boolean)
    .join(' ');
}

/** The numbers stage's reading, or digit runs should it fail on some text: a report is written either way. */
export const defaultMarks: QuantityFinder = (text, lang) => {
  try {
    return quantityMarks(extractQuantities)(text, lang);
  } catch {
    return digitMarks(text, lang);
  }
};

/**
 * `find` remembering what it found, for one report: the HTML page and report.md look up the same flag
 * texts, and a 1-1 bead's sentence is its flag's text.
 */
export function cachedMarks(find: QuantityFinder = defaultMarks): QuantityFinder {
  const seen = new Map<Lang, Map<string, QuantityMark[]>>();
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
