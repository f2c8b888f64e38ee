// The words around a number, made comparable across languages: concept codes for common words
// ("born"/"geboren"), unit codes, and a consonant skeleton for names and cognates ("Kongress",
// "congress"). Two figures that traded places keep their values but not their neighbours.
import { numberTable } from '../numbers/lang/index.js';
import type { ScannedQuantity, Token } from '../numbers/index.js';
import { contextTable } from './lang/index.js';
import type { Side } from './types.js';

/** Context keys (as key ids, see idOf) and their weights (nearer words weigh more), each key once: a
 * few entries, so arrays. */
export interface Context {
  keys: number[];
  weights: number[];
}

// Words read on each side of a number.
const WINDOW = 4;
// Shortest word worth a skeleton key: shorter ones are function words or too ambiguous.
const MIN_SKELETON_WORD = 4;
// Consonants kept in a skeleton: enough to tell words apart, few enough to survive inflection.
const SKELETON_LENGTH = 4;
// Characters that end the clause a number's context is read from.
const CLAUSE_END = new Set(['.', ';', '!', '?', '(', ')', ':', '"', '“', '”', '„', '«', '»']);
// Weight lost for each comma crossed.
const COMMA_DAMPING = 0.5;

const FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 's', é: 'e', è: 'e', á: 'a', í: 'i', ó: 'o', ú: 'u', ñ: 'n', ç: 'k', c: 'k', z: 's' };
const DROPPED = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'h']);

/** Consonant skeleton of a word: folded, vowels and doubles dropped ("Kongress" and "congress" -> "kngr"). */
export function skeleton(lc: string): string {
  let out = '';
  let last = '';
  for (let k = 0; k < lc.length && out.length < SKELETON_LENGTH; k++) {
    const ch = FOLD[lc[k]] ?? lc[k];
    if (DROPPED.has(ch) || ch === last) continue;
    out += ch;
    last = ch;
  }
  return out;
}

// A key as a number: contexts are compared key by key, and numbers compare at once where strings
// of one length ("~kngr", "~prsn") compare character by character. Never reused, so an id means one key.
const keyIds = new Map<string, number>();
let nextKeyId = 0;
// Distinct keys numbered before the table starts over (only between comparisons, see startContexts).
const KEY_ID_LIMIT = 100_000;
// The id of "no key": a word that says nothing.
const NO_KEY = -1;

function idOf(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = nextKeyId++;
    keyIds.set(key, id);
  }
  return id;
}

// Per language: word -> key id, or NO_KEY for words that say nothing.
const keyCaches = new Map<string, Map<string, number>>();
// Distinct words remembered per language; the cache starts over beyond this.
const KEY_CACHE_LIMIT = 50_000;

/** To be called before the contexts of one comparison: the key table starts over only here, so the
 * contexts of one comparison always share their ids. */
export function startContexts(): void {
  if (keyIds.size <= KEY_ID_LIMIT) return;
  keyIds.clear();
  for (const cache of keyCaches.values()) cache.clear();
}

function keyCache(lang: string): Map<string, number> {
  let cache = keyCaches.get(lang);
  if (!cache) {
    cache = new Map();
    keyCaches.set(lang, cache);
  }
  return cache;
}

/** The id of the comparable key of one word, or NO_KEY for words that say nothing. */
function keyOf(t: Token, lang: string, cache: Map<string, number>): number {
  let key = cache.get(t.lc);
  if (key === undefined) {
    if (cache.size > KEY_CACHE_LIMIT) cache.clear();
    const found = computeKey(t, lang);
    key = found === undefined ? NO_KEY : idOf(found);
    cache.set(t.lc, key);
  }
  return key;
}

function computeKey(t: Token, lang: string): string | undefined {
  const table = contextTable(lang);
  const concept = table.concepts.get(t.lc);
  if (concept !== undefined) return concept;
  const unit = numberTable(lang).units[t.lc];
  if (unit !== undefined) return unit;
  if (t.lc.length < MIN_SKELETON_WORD || table.stopwords.has(t.lc)) return undefined;
  return '~' + skeleton(t.lc);
}

/** Index of the first token starting at or after `pos`. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Place of `key` in `keys`, or -1. A loop, not indexOf: a context holds a few keys, and the builtin's
 * call cost more than the search (four overlaps per pair of figures weighed). */
function placeOf(keys: readonly number[], key: number): number {
  for (let k = 0; k < keys.length; k++) if (keys[k] === key) return k;
  return -1;
}

function add(ctx: Context, key: number, w: number): void {
  if (key === NO_KEY) return;
  const k = placeOf(ctx.keys, key);
  if (k < 0) {
    ctx.keys.push(key);
    ctx.weights.push(w);
  } else if (ctx.weights[k] < w) ctx.weights[k] = w;
}

/** Reads up to WINDOW words from token `from` in direction `step`, within the clause. */
function walk(side: Side, from: number, step: 1 | -1, ctx: Context, cache: Map<string, number>): void {
  const { tokens } = side;
  let damping = 1;
  let words = 0;
  for (let k = from; k >= 0 && k < tokens.length && words < WINDOW; k += step) {
    const t = tokens[k];
    if (t.type === 'punct') {
      if (CLAUSE_END.has(t.t)) return;
      if (t.t === ',') damping *= COMMA_DAMPING;
      continue;
    }
    if (t.type !== 'word') continue;
    words++;
    add(ctx, keyOf(t, side.lang, cache), damping / words);
  }
}

/** The context of a quantity: keys of the words on both sides of it, weighted by nearness. */
export function contextOf(side: Side, q: ScannedQuantity): Context {
  const ctx: Context = { keys: [], weights: [] };
  const first = tokenAt(side.tokens, q.span.start);
  const after = tokenAt(side.tokens, q.span.end);
  const cache = keyCache(side.lang);
  walk(side, first - 1, -1, ctx, cache);
  walk(side, after, 1, ctx, cache);
  return ctx;
}

/** How much two contexts share: the weight both give each common key. */
export function overlap(a: Context, b: Context): number {
  let sum = 0;
  for (let x = 0; x < a.keys.length; x++) {
    const y = placeOf(b.keys, a.keys[x]);
    if (y >= 0) sum += Math.min(a.weights[x], b.weights[y]);
  }
  return sum;
}
