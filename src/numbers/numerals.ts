// Reads a digit run ("1,300.5", "1.300,5", "3.1") as a value in one language's conventions.

export interface Numeral {
  value: number;
  /** Digits after the decimal separator (0 for integers): the precision the writer chose. */
  decimals: number;
  /** Written with the other language's decimal separator (3.1 in German text): format-only note. */
  foreign: boolean;
  /** Written with a thousands separator. */
  grouped: boolean;
  /** The grouped reading of a lone decimal with three digits after it ("500.000" in English copy). */
  alt?: number;
}

// A grouped integer: 1-3 leading digits, then groups of exactly three.
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;

/** Parses a digit run without colons; `decimal` is the language's decimal separator. */
export function parseNumeral(raw: string, decimal: '.' | ','): Numeral | undefined {
  const hasDot = raw.includes('.');
  const hasComma = raw.includes(',');
  if (!hasDot && !hasComma) return { value: Number(raw), decimals: 0, foreign: false, grouped: false };
  if (hasDot && hasComma) {
    // Both separators: the last one is the decimal separator, whichever language wrote it.
    const dec = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const grp = dec === '.' ? ',' : '.';
    const [int, frac] = splitLast(raw, dec);
    const groups = int.split(grp);
    if (!groups.every((g, n) => /^\d+$/.test(g) && (n === 0 ? g.length <= 3 : g.length === 3))) return undefined;
    return { value: Number(int.split(grp).join('') + '.' + frac), decimals: frac.length, foreign: dec !== decimal, grouped: true };
  }
  const sep = hasDot ? '.' : ',';
  const at = raw.indexOf(sep);
  if (raw.indexOf(sep, at + 1) < 0) return oneSeparator(raw, at, sep, decimal);
  // Two separators or more of one kind can only group thousands ("17.280.000"; in English copy, a foreign way).
  if (!(sep === '.' ? GROUPED_DOT : GROUPED_COMMA).test(raw)) return undefined;
  return { value: Number(raw.split(sep).join('')), decimals: 0, foreign: sep === decimal, grouped: true };
}

// Digits of one thousands group.
const GROUP_DIGITS = 3;

/** "1,300", "3.1", "500.000": digits with one separator at `at`, read without splitting (the common case). */
function oneSeparator(raw: string, at: number, sep: '.' | ',', decimal: '.' | ','): Numeral {
  const int = raw.slice(0, at);
  const frac = raw.slice(at + 1);
  const groupLike = frac.length === GROUP_DIGITS && int.length <= GROUP_DIGITS;
  if (sep !== decimal && groupLike) return { value: Number(int + frac), decimals: 0, foreign: false, grouped: true };
  // A separator that cannot be grouping: a decimal, possibly written the other language's way.
  const out: Numeral = { value: Number(int + '.' + frac), decimals: frac.length, foreign: sep !== decimal, grouped: false };
  if (groupLike) out.alt = Number(int + frac);
  return out;
}

function splitLast(raw: string, sep: string): [string, string] {
  const k = raw.lastIndexOf(sep);
  return [raw.slice(0, k), raw.slice(k + 1)];
}

/** Renders a value with a language's separators (the inverse of parseNumeral). */
export function renderNumeral(value: number, decimal: '.' | ',', decimals: number, grouping: boolean): string {
  const group = decimal === '.' ? ',' : '.';
  const abs = Math.abs(value);
  const fixed = abs.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const intText = grouping && int.length > 4 ? int.replace(/\B(?=(\d{3})+$)/g, group) : int;
  return (value < 0 ? '-' : '') + intText + (frac ? decimal + frac : '');
}
