// Pairs the user states: a pairs file, or a naming convention (name.en.txt / name.de.txt). Pure.
import type { Lang } from '../types.js';

type GivenPair<O> = { src: string; tgt: string; origin: O };

const SEPARATORS = '[._-]';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The file with its language marker removed, and the marker: `a/name.en.txt` -> [`a/name`, `en`],
 * `a/name_de.md` -> [`a/name`, `de`], `en/name.txt` -> [`*\/name`, `en`].
 */
function nameKey(file: string, langs: Lang[]): [string, Lang] | undefined {
  const codes = langs.map(escape).join('|');
  const slash = file.lastIndexOf('/');
  const dir = file.slice(0, slash + 1);
  const base = file.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const marked = new RegExp(`^(.+)${SEPARATORS}(${codes})$`, 'i').exec(stem);
  if (marked) return [dir + marked[1], marked[2].toLowerCase()];
  const segment = new RegExp(`(^|/)(${codes})/`, 'i').exec(dir);
  if (segment) return [dir.replace(segment[0], `${segment[1]}*/`) + stem, segment[2].toLowerCase()];
  return undefined;
}

/**
 * Pairs by naming convention: files whose names differ only by a language marker (`name.en.txt` /
 * `name.de.txt`, `name_en` / `name-de`, `en/name.txt` / `de/name.txt`). `langs` is [source,
 * target]; a name with more than one file for a language is ambiguous and left out.
 */
export function pairsByName(files: string[], langs: Lang[]): GivenPair<'name'>[] {
  if (langs.length < 2) return [];
  const [srcLang, tgtLang] = [langs[0].toLowerCase(), langs[1].toLowerCase()];
  const groups = new Map<string, Map<Lang, string[]>>();
  for (const file of files) {
    const key = nameKey(file, [srcLang, tgtLang]);
    if (!key) continue;
    const byLang = groups.get(key[0]) ?? new Map<Lang, string[]>();
    groups.set(key[0], byLang);
    byLang.set(key[1], [...(byLang.get(key[1]) ?? []), file]);
  }
  const pairs: GivenPair<'name'>[] = [];
  for (const byLang of groups.values()) {
    const s = byLang.get(srcLang);
    const t = byLang.get(tgtLang);
    if (s?.length === 1 && t?.length === 1) pairs.push({ src: s[0], tgt: t[0], origin: 'name' });
  }
  return pairs;
}

function fail(reason: string): never {
  throw new Error(`pairs file: ${reason}`);
}

function fromJsonItem(item: unknown, i: number): GivenPair<'user'> {
  if (Array.isArray(item) && item.length === 2 && item.every((x) => typeof x === 'string' && x)) {
    return { src: item[0], tgt: item[1], origin: 'user' };
  }
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const o = item as Record<string, unknown>;
    if (typeof o.src === 'string' && typeof o.tgt === 'string') return { src: o.src, tgt: o.tgt, origin: 'user' };
    const files = Object.values(o);
    if (files.length === 2 && files.every((x) => typeof x === 'string' && x)) {
      return { src: files[0] as string, tgt: files[1] as string, origin: 'user' };
    }
  }
  return fail(`item ${i + 1}: expected {"<src lang>": file, "<tgt lang>": file}`);
}

/**
 * Reads a pairs file: a JSON map `{"a.en.txt": "a.de.txt"}`, a JSON list `[{"en": ..., "de": ...}]`
 * (source first, or `src` / `tgt` keys), or lines `source<TAB>target` (`#` starts a comment).
 * Throws an Error with a one-line reason when malformed.
 */
export function parsePairsFile(text: string): GivenPair<'user'>[] {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return [];
  if (body[0] === '{' || body[0] === '[') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      return fail(`invalid JSON (${(e as Error).message.split('\n')[0]})`);
    }
    if (Array.isArray(json)) return json.map(fromJsonItem);
    return Object.entries(json as Record<string, unknown>).map(([src, tgt]) =>
      typeof tgt === 'string' && tgt && src ? { src, tgt, origin: 'user' as const } : fail(`"${src}": expected a file name`),
    );
  }
  const pairs: GivenPair<'user'>[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const fields = line.split('\t').map((f) => f.trim());
    if (fields.length !== 2 || !fields[0] || !fields[1]) fail(`line ${i + 1}: expected "source<TAB>target"`);
    pairs.push({ src: fields[0], tgt: fields[1], origin: 'user' });
  });
  return pairs;
}
