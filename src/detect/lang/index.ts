import type { Lang } from '../../types.js';
import { de } from './de.js';
import { en } from './en.js';
import type { DetectTable } from './types.js';

export type { DetectTable } from './types.js';

/** A third language for the fast first pass is a new table here; without one, franc decides alone. */
const TABLES: Record<Lang, DetectTable> = { en, de };

export function detectTableOf(lang: Lang): DetectTable | undefined {
  return TABLES[lang];
}
