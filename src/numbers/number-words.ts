// Reads spelled-out numbers: English across words ("one hundred and fifty"), German inside one
// compound word ("dreiundzwanzig", "zweitausendfünfhundert").
import type { NumberTable } from './lang/types.js';

/** Accumulates a sequence of cardinal and scale values the usual way (2 thousand 5 hundred 3). */
export function composeNumber(parts: number[], scales: ReadonlySet<number>): number {
  let total = 0;
  let current = 0;
  for (const p of parts) {
    if (scales.has(p)) {
      if (p >= 1000) {
        total += (current || 1) * p;
        current = 0;
      } else current = (current || 1) * p;
    } else current += p;
  }
  return total + current;
}

const morphemeCache = new Map<NumberTable, string[]>();
const scaleCache = new Map<NumberTable, Set<number>>();

/** The values of the table's scale words, for composeNumber. */
export function scaleSet(table: NumberTable): Set<number> {
  let s = scaleCache.get(table);
  if (!s) {
    s = new Set(Object.values(table.scales));
    scaleCache.set(table, s);
  }
  return s;
}

/** The table's number morphemes, longest first, for greedy segmentation of compounds. */
function morphemes(table: NumberTable): string[] {
  let m = morphemeCache.get(table);
  if (!m) {
    m = [...Object.keys(table.cardinals), ...Object.keys(table.scales)].sort((a, b) => b.length - a.length);
    morphemeCache.set(table, m);
  }
  return m;
}

// Shortest compound worth segmenting: anything shorter is a plain table word or not a number.
const MIN_COMPOUND = 6;

// Length of the prefix that must start some morpheme before a word is segmented at all.
const PREFIX = 3;
const prefixCache = new Map<NumberTable, Set<string>>();
const compoundCache = new Map<string, number | undefined>();
// Distinct words remembered; the cache starts over beyond this.
const CACHE_LIMIT = 50_000;

function prefixes(table: NumberTable): Set<string> {
  let p = prefixCache.get(table);
  if (!p) {
    p = new Set(morphemes(table).map((m) => m.slice(0, PREFIX)));
    prefixCache.set(table, p);
  }
  return p;
}

/** Cheap test whether a word may be a compound number worth segmenting. */
export function maybeCompound(word: string, table: NumberTable): boolean {
  return table.compoundJoiner !== undefined && word.length >= MIN_COMPOUND && prefixes(table).has(word.slice(0, PREFIX));
}

/** Value of a German-style compound number word, or undefined when the word is not one. */
export function parseCompound(word: string, table: NumberTable): number | undefined {
  if (!table.compoundJoiner || word.length < MIN_COMPOUND || !prefixes(table).has(word.slice(0, PREFIX))) return undefined;
  const key = table.lang + ':' + word;
  if (compoundCache.has(key)) return compoundCache.get(key);
  if (compoundCache.size > CACHE_LIMIT) compoundCache.clear();
  const v = segmentCompound(word, table);
  compoundCache.set(key, v);
  return v;
}

function segmentCompound(word: string, table: NumberTable): number | undefined {
  const joiner = table.compoundJoiner!;
  const parts: number[] = [];
  let pieces = 0; // morphemes read: a compound has at least two
  let pending: number | undefined; // a unit waiting for "und" + tens
  let i = 0;
  const ms = morphemes(table);
  while (i < word.length) {
    if (pending !== undefined && word.startsWith(joiner, i)) {
      const rest = ms.find((m) => word.startsWith(m, i + joiner.length));
      const tens = rest === undefined ? undefined : table.cardinals[rest];
      if (tens === undefined || tens < 20 || tens % 10 !== 0) return undefined;
      parts.push(pending + tens);
      pending = undefined;
      pieces++;
      i += joiner.length + rest!.length;
      continue;
    }
    const m = ms.find((x) => word.startsWith(x, i));
    if (m === undefined) return undefined;
    if (pending !== undefined) parts.push(pending);
    pending = undefined;
    pieces++;
    const v = table.cardinals[m] ?? table.scales[m];
    if (table.cardinals[m] !== undefined && v < 10) pending = v;
    else parts.push(v);
    i += m.length;
  }
  if (pending !== undefined) parts.push(pending);
  if (pieces < 2) return undefined;
  return composeNumber(parts, scaleSet(table));
}
