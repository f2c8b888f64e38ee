/** What the checks need to know about one language's words around numbers. All keys lower case. */
export interface ContextTable {
  /** Words too common to tell two numbers apart (articles, prepositions without a numeric role). */
  stopwords: string[];
  /** Words near numbers mapped to a language-independent concept ("born"/"geboren" -> born). */
  concepts: Record<string, string>;
}
