import type { Lang } from '../../types.js';
import { de } from './de.js';
import { en } from './en.js';
import type { NumberFormat } from './types.js';

export type { NumberFormat } from './types.js';

const FORMATS: Record<Lang, NumberFormat> = { en, de };

/** Number format of `lang`; English conventions for a language without a table. */
export function numberFormatOf(lang: Lang): NumberFormat {
  return FORMATS[lang] ?? en;
}
