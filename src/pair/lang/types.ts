/** How a language writes numbers, so 1,300.5 (en) and 1.300,5 (de) reduce to the same feature. */
export interface NumberFormat {
  /** Thousands separators. */
  group: string[];
  /** Decimal mark. */
  decimal: string;
}
