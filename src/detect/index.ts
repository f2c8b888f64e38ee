// Language detection in two passes: a function-word count that decides ordinary paragraphs in one
// loop over their characters, and franc (with foil languages, see trigrams.ts) for the text that
// pass finds suspicious: too few function words, a close call, or a language without a table. Pure.
import type { Detection, Lang } from '../types.js';
import { countWords, functionWordModel, type FunctionWordModel, type WordCounts } from './function-words.js';
import { FOREIGN, judgeByTrigrams, UND, UNSURE, type Verdict } from './trigrams.js';

export { UND } from './trigrams.js';

/** Fewer letters than this and any statistics are noise ("Das ist gut." fits either language). */
export const MIN_LETTERS = 16;
/**
 * Share of words that must be the winner's function words: 0.28-0.33 is the 5th percentile of
 * English and German news paragraphs, while French, Dutch, Italian or Polish text reaches at most
 * ~0.18 of English or German function words. Below it franc decides.
 */
const MIN_COVERAGE = 0.25;
/** Function words the winner must have over the runner-up: fewer is a headline or a name list. */
const MIN_MARGIN = 3;
/** The runner-up may have at most this share of the winner's hits (shared words: in, an, so, was). */
const MAX_RIVAL = 0.5;
/** Confidence is 1 - exp(-margin / MARGIN_SCALE): a margin of 8 function words gives ~0.93. */
const MARGIN_SCALE = 3;
/**
 * Doubtful paragraphs shorter than this (headlines, datelines, captions) are judged together:
 * franc needs a few hundred letters to be sure, and each alone is mostly names.
 */
const POOL_BELOW = 200;
/**
 * The first pass reads a paragraph's first this many characters (about 300 words, plenty for a
 * verdict) and extrapolates its letters: a long speech or an article without blank lines costs
 * no more than a few paragraphs.
 */
const PARAGRAPH_SAMPLE = 2_000;
/** Share of an article's letters in another configured language that makes it `mixed`. */
const MIXED_MIN_SHARE = 0.1;
/** ...and at least this many letters (a full sentence), so a short quote or a name list is not enough. */
const MIXED_MIN_LETTERS = 80;

/** The function-word pass's verdict, or undefined when franc must decide. */
function judgeByFunctionWords(c: WordCounts, model: FunctionWordModel): Verdict | undefined {
  if (2 * c.nonLatin > c.letters) return model.complete ? FOREIGN : undefined;
  if (!model.complete) return undefined;
  let top = 0;
  for (let l = 1; l < c.hits.length; l++) if (c.hits[l] > c.hits[top]) top = l;
  let rival = 0;
  for (let l = 0; l < c.hits.length; l++) if (l !== top && c.hits[l] > rival) rival = c.hits[l];
  const hits = c.hits[top];
  const margin = hits - rival;
  if (hits < MIN_COVERAGE * c.words || margin < MIN_MARGIN || rival > MAX_RIVAL * hits) return undefined;
  return { lang: model.langs[top], confidence: 1 - Math.exp(-margin / MARGIN_SCALE), foreign: false };
}

function judge(text: string, counts: WordCounts, model: FunctionWordModel, langs: Lang[]): Verdict {
  if (counts.letters < MIN_LETTERS) return UNSURE;
  return judgeByFunctionWords(counts, model) ?? judgeByTrigrams(text, langs);
}

/**
 * Language of a short text (a sentence or paragraph) among `langs` (ISO 639-1), with a 0..1
 * confidence; `und` when too short to tell, unsure, or in none of `langs`.
 */
export function detectText(text: string, langs: Lang[]): { lang: Lang; confidence: number } {
  const model = functionWordModel(langs);
  const { lang, confidence } = judge(text, countWords(text, model), model, langs);
  return { lang, confidence };
}

/** Letters per language, letters in none of them, and all letters, of one article. */
class Tally {
  weight = new Map<Lang, number>();
  confident = new Map<Lang, number>();
  foreign = 0;
  total = 0;

  add(v: Verdict, letters: number): void {
    if (v.foreign) this.foreign += letters;
    if (v.lang === UND) return;
    this.weight.set(v.lang, (this.weight.get(v.lang) ?? 0) + letters);
    this.confident.set(v.lang, (this.confident.get(v.lang) ?? 0) + letters * v.confidence);
  }

  /** The leading language and its letters, and the runner-up's letters. */
  leader(): { lang: Lang; best: number; second: number } {
    let lang: Lang = UND;
    let best = 0;
    let second = 0;
    for (const [l, w] of this.weight) {
      if (w > best) [lang, best, second] = [l, w, best];
      else if (w > second) second = w;
    }
    return { lang, best, second };
  }

  /** Could `letters` more, in any language, change the verdict (winner, mixed, or und)? */
  decisive(letters: number): boolean {
    const { best, second } = this.leader();
    const couldMix = letters >= MIXED_MIN_LETTERS && letters >= MIXED_MIN_SHARE * this.total;
    return best === 0 || couldMix || letters >= best - second || this.foreign + letters >= best;
  }
}

/**
 * Whole-article language by a letter-weighted paragraph vote. Paragraphs the function-word pass
 * cannot decide go to franc only when they are enough text to change the verdict; the short ones
 * among them (headlines, datelines) are pooled and judged together. `mixed` when a real share of
 * the text is in another configured language; `und` when most of it is in none of them.
 */
export function detectArticle(file: string, paragraphs: string[], langs: Lang[]): Detection {
  const model = functionWordModel(langs);
  const tally = new Tally();
  const doubtful: { text: string; letters: number }[] = [];
  let doubtfulLetters = 0;
  for (const p of paragraphs) {
    const counts = countWords(p, model, PARAGRAPH_SAMPLE);
    if (counts.letters === 0) continue;
    const letters = counts.read < p.length ? Math.round((counts.letters * p.length) / counts.read) : counts.letters;
    tally.total += letters;
    const v = counts.letters < MIN_LETTERS ? undefined : judgeByFunctionWords(counts, model);
    if (v) tally.add(v, letters);
    else {
      doubtful.push({ text: p, letters });
      doubtfulLetters += letters;
    }
  }
  if (doubtfulLetters > 0 && tally.decisive(doubtfulLetters)) {
    let pooled = '';
    let pooledLetters = 0;
    for (const d of doubtful) {
      if (d.letters >= POOL_BELOW) tally.add(judgeByTrigrams(d.text, langs), d.letters);
      else {
        pooled += `${d.text}\n`;
        pooledLetters += d.letters;
      }
    }
    if (pooledLetters >= MIN_LETTERS) tally.add(judgeByTrigrams(pooled, langs), pooledLetters);
  }

  const { lang, best } = tally.leader();
  if (lang === UND || tally.foreign > best) return { file, lang: UND, confidence: 0, mixed: false };
  const otherLangs = [...tally.weight]
    .filter(([l, w]) => l !== lang && w >= MIXED_MIN_LETTERS && w / tally.total >= MIXED_MIN_SHARE)
    .sort((a, b) => b[1] - a[1])
    .map(([l]) => l);
  const confidence = round((tally.confident.get(lang) ?? 0) / tally.total);
  return otherLangs.length > 0
    ? { file, lang, confidence, mixed: true, otherLangs }
    : { file, lang, confidence, mixed: false };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
