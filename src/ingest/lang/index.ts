import { de } from './de.js';
import { en } from './en.js';
import type { BoilerplateTable } from './types.js';

export type { BoilerplateTable, LineRule, NoteRule } from './types.js';

/**
 * Furniture tables of every language tandem knows. Ingest runs before language detection and sites
 * mix languages in their furniture (English "SHARE:" on a German page), so all tables apply.
 */
export const BOILERPLATE: readonly BoilerplateTable[] = [en, de];
