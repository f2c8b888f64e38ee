import type { Lang } from '../../types.js';
import { de } from './de.js';
import { en } from './en.js';
import type { ContextTable } from './types.js';

export type { ContextTable } from './types.js';

/** Context tables by language. A third language is a new table here. */
const TABLES: Record<Lang, ContextTable> = { en, de };

interface CompiledContext {
  stopwords: Set<string>;
  concepts: Map<string, string>;
}

const compiled = new Map<Lang, CompiledContext>();

/** The table for `lang` (English when there is none) as sets and maps, built once. */
export function contextTable(lang: Lang): CompiledContext {
  let c = compiled.get(lang);
  if (!c) {
    const t = TABLES[lang] ?? en;
    c = { stopwords: new Set(t.stopwords), concepts: new Map(Object.entries(t.concepts)) };
    compiled.set(lang, c);
  }
  return c;
}
