import type { Lang } from '../../types.js';
import { de } from './de.js';
import { en } from './en.js';
import type { NumberTable } from './types.js';

export type { NumberTable } from './types.js';

/** Number tables by language. A third language is a new table here. */
export const NUMBER_TABLES: Record<Lang, NumberTable> = { en, de };

const compiled = new Map<Lang, NumberTable>();

/** Copies a word table into an object without prototype, so "constructor" is not a number word. */
function bare<T>(rec: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, rec);
}

/** The table for `lang` (English when there is none), ready for look-ups. */
export function numberTable(lang: Lang): NumberTable {
  let t = compiled.get(lang);
  if (!t) {
    const src = NUMBER_TABLES[lang] ?? en;
    t = {
      ...src,
      cardinals: bare(src.cardinals),
      scales: bare(src.scales),
      magnitudes: bare(src.magnitudes),
      ordinals: bare(src.ordinals),
      multipliers: bare(src.multipliers),
      fractions: bare(src.fractions),
      currencies: bare(src.currencies),
      timeWords: bare(src.timeWords),
      units: bare(src.units),
      adjectiveSuffixes: bare(src.adjectiveSuffixes),
      magnitudeNames: bare(src.magnitudeNames),
      currencyNames: bare(src.currencyNames),
    };
    compiled.set(lang, t);
  }
  return t;
}
