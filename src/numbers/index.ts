// The numbers model: every quantity in a text as meant in its language.
import type { Lang, Quantity } from '../types.js';
import { scan, type ScannedQuantity } from './scan.js';

export { formatQuantity } from './format.js';
export { mayHoldFigure, rememberingScans, scan, tokensMayHoldFigure, wordsOf } from './scan.js';
export { tokenize } from './tokens.js';
export type { NameToken, Scan, ScannedQuantity, Token } from './scan.js';

/** The public view of a scanned quantity: the Quantity fields only. */
function publicQuantity(q: ScannedQuantity): Quantity {
  const out: Quantity = { kind: q.kind, value: q.value, text: q.text, span: q.span };
  if (q.unit !== undefined) out.unit = q.unit;
  if (q.magnitude !== undefined) out.magnitude = q.magnitude;
  if (q.month !== undefined) out.month = q.month;
  if (q.day !== undefined) out.day = q.day;
  if (q.fromWords) out.fromWords = true;
  return out;
}

/** Quantities in `text` read in the conventions of `lang`, in text order; ranges joined into one. */
export function extractQuantities(text: string, lang: Lang): Quantity[] {
  const { quantities } = scan(text, lang);
  const out: Quantity[] = [];
  for (let n = 0; n < quantities.length; n++) {
    const q = quantities[n];
    if (q.rangePeer === n + 1) {
      const hi = quantities[n + 1];
      out.push({
        ...publicQuantity(q),
        kind: 'range',
        valueTo: hi.value,
        text: text.slice(q.span.start, hi.span.end),
        span: { start: q.span.start, end: hi.span.end },
        ...(q.unit ?? hi.unit ? { unit: q.unit ?? hi.unit } : {}),
      });
      n++;
    } else out.push(publicQuantity(q));
  }
  return out;
}
