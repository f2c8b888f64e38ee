import type { Lang } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import type { LanguageFacts } from './types.js';

export type { LanguageFacts } from './types.js';

/** Languages tandem has tables for. A new language is a new file here and in each stage's `lang/`. */
export const LANGUAGES: Record<Lang, LanguageFacts> = { en, de };

/** Month number (1-12) of a month name or abbreviation in `lang`, or undefined. */
export function monthOf(word: string, lang: Lang): number | undefined {
  const facts = LANGUAGES[lang];
  if (!facts) return undefined;
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = facts.months.findIndex((names) => names.includes(w));
  return i < 0 ? undefined : i + 1;
}
