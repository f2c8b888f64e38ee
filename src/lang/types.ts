import type { Lang } from '../types.js';

/** What every stage may need to know about a language. */
export interface LanguageFacts {
  code: Lang;
  /** Month names by month (index 0 = January), lower case, full name first. */
  months: string[][];
  weekdays: string[];
}
