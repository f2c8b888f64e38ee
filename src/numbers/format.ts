// Writes a quantity back as text in a language: the inverse of the scanner, used for messages
// and for the round-trip property test.
import { LANGUAGES } from '../lang/index.js';
import type { Lang, Quantity } from '../types.js';
import { numberTable } from './lang/index.js';
import { renderNumeral } from './numerals.js';

// Most decimals a formatted figure keeps; news copy rarely writes more.
const MAX_DECIMALS = 6;

function decimalsOf(value: number): number {
  const s = String(Math.abs(value));
  const k = s.indexOf('.');
  return k < 0 || s.includes('e') ? 0 : Math.min(MAX_DECIMALS, s.length - k - 1);
}

function figure(value: number, lang: Lang, magnitude?: number): string {
  const table = numberTable(lang);
  const name = magnitude === undefined ? undefined : table.magnitudeNames[String(magnitude)];
  const shown = name === undefined ? value : Number((value / magnitude!).toPrecision(15));
  const text = renderNumeral(shown, table.decimal, decimalsOf(shown), true);
  return name === undefined ? text : `${text} ${name}`;
}

function ordinalSuffix(n: number): string {
  const tens = Math.abs(n) % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th';
}

function monthName(month: number, lang: Lang): string {
  const name = (LANGUAGES[lang] ?? LANGUAGES.en).months[month - 1]?.[0] ?? String(month);
  return name[0].toUpperCase() + name.slice(1);
}

/** The quantity written the way `lang` writes it ("2,3 Milliarden", "15 %", "24. November"). */
export function formatQuantity(q: Quantity, lang: Lang): string {
  const table = numberTable(lang);
  const de = table.decimal === ',';
  switch (q.kind) {
    case 'percent':
      return figure(q.value, lang) + table.percentSign;
    case 'percentPoint':
      return `${figure(q.value, lang)} ${de ? 'Prozentpunkte' : 'percentage points'}`;
    case 'currency': {
      const word = q.unit === undefined ? undefined : table.currencyNames[q.unit];
      return `${figure(q.value, lang, q.magnitude)} ${word ?? q.unit ?? ''}`.trim();
    }
    case 'date':
      if (q.month !== undefined && q.day !== undefined) {
        return de ? `${q.day}. ${monthName(q.month, lang)}` : `${monthName(q.month, lang)} ${q.day}`;
      }
      return String(q.value);
    case 'time': {
      const h = Math.floor(q.value);
      const m = Math.round((q.value - h) * 60);
      return `${h}:${String(m).padStart(2, '0')}${de ? ' Uhr' : ''}`;
    }
    case 'ordinal':
      return de ? `${q.value}.` : `${q.value}${ordinalSuffix(q.value)}`;
    case 'range':
      return `${figure(q.value, lang)} ${de ? 'bis' : 'to'} ${figure(q.valueTo ?? q.value, lang)}`;
    case 'year':
      return String(q.value);
    default:
      return figure(q.value, lang, q.magnitude);
  }
}
