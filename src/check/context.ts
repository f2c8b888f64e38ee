// The words around a number, made comparable across languages: concept codes for common words
// ("born"/"geboren"), unit codes, and a consonant skeleton for names and cognates ("Kongress",
// "congress"). Two figures that traded places keep their values but not their neighbours.
import { numberTable } from '../numbers/lang/index.js';
import type { ScannedQuantity, Token } from '../numbers/index.js';
import { contextTable } from './lang/index.js';
import type { Side } from './types.js';

/** Context keys and their weights (nearer words weigh more), each key once: a few entries, so arrays. */
export interface Context {
  keys: string[];
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

// Per language: word -> key, or null for words that say nothing.
const keyCaches = new Map<string, Map<string, string | null>>();
// Distinct words remembered per language; the cache starts over beyond this.
const KEY_CACHE_LIMIT = 50_000;

function keyCache(lang: string): Map<string, string | null> {
  let cache = keyCaches.get(lang);
  if (!cache) {
    cache = new Map();
    keyCaches.set(lang, cache);
  }
  return cache;
}

/** The comparable key of one word, or null for words that say nothing. */
function keyOf(t: Token, lang: string, cache: Map<string, string | null>): string | null {
  let key = cache.get(t.lc);
  if (key === undefined) {
    if (cache.size > KEY_CACHE_LIMIT) cache.clear();
    key = computeKey(t, lang) ?? null;
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

function add(ctx: Context, key: string | null, w: number): void {
  if (key === null) return;
  const k = ctx.keys.indexOf(key);
  if (k < 0) {
    ctx.keys.push(key);
    ctx.weights.push(w);
  } else if (ctx.weights[k] < w) ctx.weights[k] = w;
}

/** Reads up to WINDOW words from token `from` in direction `step`, within the clause. */
function walk(side: Side, from: number, step: 1 | -1, ctx: Context): void {
  const { tokens } = side;
  const cache = keyCache(side.lang);
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
  walk(side, first - 1, -1, ctx);
  walk(side, after, 1, ctx);
  return ctx;
}

/** How much two contexts share: the weight both give each common key. */
export function overlap(a: Context, b: Context): number {
  let sum = 0;
  for (let x = 0; x < a.keys.length; x++) {
    const y = b.keys.indexOf(a.keys[x]);
    if (y >= 0) sum += Math.min(a.weights[x], b.weights[y]);
  }
  return sum;
}
