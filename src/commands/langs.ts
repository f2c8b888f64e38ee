import { readFile } from 'node:fs/promises';
import { parsePairsFile } from '../pair/given.js';
import { DEFAULT_LANGS } from '../pipeline.js';
import type { Lang } from '../types.js';
import { type CommandContext, stringOption, UsageError } from './context.js';

/** ISO 639-1: two lower-case letters. */
const LANG_CODE = /^[a-z]{2}$/;

/** `--langs en,de`: the languages in play, source first. */
export function langsOption(ctx: CommandContext): Lang[] {
  const raw = stringOption(ctx, 'langs');
  if (raw === undefined) return DEFAULT_LANGS;
  const langs = raw.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const bad = langs.find((l) => !LANG_CODE.test(l));
  if (bad !== undefined) throw new UsageError(`--langs: '${bad}' is not an ISO 639-1 code such as en or de`);
  if (langs.length < 2 || new Set(langs).size !== langs.length) {
    throw new UsageError('--langs needs two different languages, source first (e.g. en,de)');
  }
  return langs;
}

/** `--pairs FILE`: pairs the user knows, which override the guess. */
export async function givenPairsOption(ctx: CommandContext): Promise<{ src: string; tgt: string; origin: 'user' }[]> {
  const file = stringOption(ctx, 'pairs');
  if (file === undefined) return [];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--pairs: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parsePairsFile(text);
  } catch (e) {
    throw new UsageError(`--pairs: ${file}: ${(e as Error).message}`);
  }
}
