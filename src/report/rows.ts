// Long tables (one row per article of a 20,000-file corpus) are rendered a batch of rows at a time,
// so that no table is ever one string.

/** Table rows before they are rendered: the cells themselves, or a function making them when asked. */
export type Rows = readonly (string[] | (() => string[]))[];

/** Rows per piece of a long table. */
const ROWS_PER_PIECE = 500;

/** Each batch of rows rendered by `row` and joined into one piece. */
export function* rowPieces(rows: Rows, row: (cells: string[]) => string): Generator<string> {
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) {
    let piece = '';
    for (const r of rows.slice(i, i + ROWS_PER_PIECE)) piece += row(typeof r === 'function' ? r() : r);
    yield piece;
  }
}
