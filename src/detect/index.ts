// Language detection: franc restricted to the configured languages plus a few widespread "foil"
// languages, so that text in none of the configured languages comes out `und` instead of being
// forced onto the nearest configured one. Pure.
import { francAll } from 'franc';
import type { Detection, Lang } from '../types.js';
import { FOIL_LANGS, ISO639_3, toIso1 } from './iso639.js';

/** Fewer letters than this and trigram statistics are noise ("Das ist gut." fits either language). */
export const MIN_LETTERS = 16;
/**
 * franc normalises its distances by the text length, so the score gap to the runner-up shrinks as
 * text grows while the evidence grows: gap x length (in characters) measures the evidence.
 * Confidence is 1 - exp(-evidence / EVIDENCE_SCALE): a clear 50-character sentence gets ~0.95.
 */
const EVIDENCE_SCALE = 10;
/** Less evidence than this (confidence < ~0.1) and the winner is a coin toss: report `und`. */
const MIN_EVIDENCE = 1;
/** franc reads no further than this; longer paragraphs are sampled from the start. */
const MAX_SAMPLE = 2048;
/** Share of an article's letters in another configured language that makes it `mixed`. */
const MIXED_MIN_SHARE = 0.1;
/** ...and at least this many letters (a full sentence), so a short quote or a name list is not enough. */
const MIXED_MIN_LETTERS = 80;

export const UND: Lang = 'und';

const LETTER = /\p{L}/gu;

function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

interface Candidates {
  /** franc codes scored: configured + foils. */
  only: string[];
  /** franc code -> configured ISO 639-1 code. */
  configured: Map<string, Lang>;
}

const candidateCache = new Map<string, Candidates>();

function candidatesFor(langs: Lang[]): Candidates {
  const key = langs.join(',');
  let c = candidateCache.get(key);
  if (!c) {
    const configured = new Map<string, Lang>();
    for (const l of langs) {
      const code = ISO639_3[l];
      if (code) configured.set(code, l);
    }
    c = { only: [...new Set([...configured.keys(), ...FOIL_LANGS])], configured };
    candidateCache.set(key, c);
  }
  return c;
}

/** Why a text came out `und`, kept inside the stage: article votes treat the cases differently. */
type Verdict = { lang: Lang; confidence: number; foreign: boolean };

function classify(text: string, langs: Lang[]): Verdict {
  const unsure: Verdict = { lang: UND, confidence: 0, foreign: false };
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  if (letterCount(sample) < MIN_LETTERS) return unsure;
  const { only, configured } = candidatesFor(langs);
  if (configured.size === 0) return unsure;
  const scores = francAll(sample, { only, minLength: 1 });
  const [top, topScore] = scores[0] ?? [UND, 0];
  const lang = configured.get(top);
  // A foil language won, or the script (Greek, Thai...) has no candidate model at all.
  if (!lang) return { lang: UND, confidence: 0, foreign: true };
  // Runner-up: the best other configured language, or the best foil when only one is configured.
  let runnerUp = 0;
  for (const [code, score] of scores.slice(1)) {
    if (configured.size === 1 || configured.has(code)) {
      runnerUp = score;
      break;
    }
  }
  const evidence = (topScore - runnerUp) * sample.length;
  if (evidence < MIN_EVIDENCE) return unsure;
  return { lang, confidence: 1 - Math.exp(-evidence / EVIDENCE_SCALE), foreign: false };
}

/**
 * Language of a short text (a sentence or paragraph) among `langs` (ISO 639-1), with a 0..1
 * confidence; `und` when too short to tell, unsure, or in none of `langs`.
 */
export function detectText(text: string, langs: Lang[]): { lang: Lang; confidence: number } {
  const { lang, confidence } = classify(text, langs);
  return { lang, confidence };
}

/**
 * Whole-article language by a letter-weighted paragraph vote. Paragraphs too short to judge alone
 * (headlines, datelines) are pooled and judged together. `mixed` when a real share of the text is
 * in another configured language; `und` when most of it is in none of them.
 */
export function detectArticle(file: string, paragraphs: string[], langs: Lang[]): Detection {
  const weight = new Map<Lang, number>();
  const confident = new Map<Lang, number>();
  let foreign = 0;
  let total = 0;
  const vote = (text: string, letters: number) => {
    const v = classify(text, langs);
    total += letters;
    if (v.foreign) foreign += letters;
    if (v.lang === UND) return;
    weight.set(v.lang, (weight.get(v.lang) ?? 0) + letters);
    confident.set(v.lang, (confident.get(v.lang) ?? 0) + letters * v.confidence);
  };
  const pool: string[] = [];
  let pooled = 0;
  for (const p of paragraphs) {
    const letters = letterCount(p);
    if (letters === 0) continue;
    if (letters >= MIN_LETTERS) vote(p, letters);
    else {
      pool.push(p);
      pooled += letters;
    }
  }
  if (pooled > 0) vote(pool.join('\n'), pooled);

  let lang: Lang = UND;
  let best = 0;
  for (const [l, w] of weight) {
    if (w > best) [lang, best] = [l, w];
  }
  if (lang === UND || foreign > best) return { file, lang: UND, confidence: 0, mixed: false };

  const otherLangs = [...weight]
    .filter(([l, w]) => l !== lang && w >= MIXED_MIN_LETTERS && w / total >= MIXED_MIN_SHARE)
    .sort((a, b) => b[1] - a[1])
    .map(([l]) => l);
  const confidence = round((confident.get(lang) ?? 0) / total);
  return otherLangs.length > 0
    ? { file, lang, confidence, mixed: true, otherLangs }
    : { file, lang, confidence, mixed: false };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
