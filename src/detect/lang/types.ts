/** What the fast first pass of detection knows about a language. */
export interface DetectTable {
  /** Script the language is written in (ISO 15924); the first pass reads Latin only. */
  script: 'Latn';
  /**
   * Its most frequent function words, lower case. Together they make up about 40% of the words of
   * running text, and well under 20% in a language that does not share them.
   */
  functionWords: string[];
}
