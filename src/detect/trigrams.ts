// The slow, thorough judge: franc's trigram models over the configured languages plus a few
// widespread "foil" languages, so that text in none of the configured languages comes out `und`
// instead of being forced onto the nearest configured one. Asked only about text the function-word
// pass cannot decide (about 0.5 ms a call, whatever the length).
import { francAll } from 'franc';
import type { Lang } from '../types.js';
import { FOIL_LANGS, ISO639_3 } from './iso639.js';

/**
 * franc normalises its distances by the text length, so the score gap to the runner-up shrinks as
 * text grows while the evidence grows: gap x length (in characters) measures the evidence.
 * Confidence is 1 - exp(-evidence / EVIDENCE_SCALE): a clear 50-character sentence gets ~0.95.
 */
const EVIDENCE_SCALE = 10;
/** Less evidence than this (confidence < ~0.1) and the winner is a coin toss: report `und`. */
const MIN_EVIDENCE = 1;
/** franc reads no further than this; longer texts are sampled from the start. */
const MAX_SAMPLE = 2048;

export const UND: Lang = 'und';

/** A judgement; `foreign` when the text is in none of the configured languages (not merely unsure). */
export interface Verdict {
  lang: Lang;
  confidence: number;
  foreign: boolean;
}

export const UNSURE: Verdict = { lang: UND, confidence: 0, foreign: false };
export const FOREIGN: Verdict = { lang: UND, confidence: 0, foreign: true };

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

/** franc's judgement of `text` among `langs` (the caller has checked there are letters enough). */
export function judgeByTrigrams(text: string, langs: Lang[]): Verdict {
  const { only, configured } = candidatesFor(langs);
  if (configured.size === 0) return UNSURE;
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  const scores = francAll(sample, { only, minLength: 1 });
  const [top, topScore] = scores[0] ?? [UND, 0];
  const lang = configured.get(top);
  // A foil language won, or the script (Greek, Thai...) has no candidate model at all.
  if (!lang) return FOREIGN;
  // Runner-up: the best other configured language, or the best foil when only one is configured.
  let runnerUp = 0;
  for (let i = 1; i < scores.length; i++) {
    if (configured.size === 1 || configured.has(scores[i][0])) {
      runnerUp = scores[i][1];
      break;
    }
  }
  const evidence = (topScore - runnerUp) * sample.length;
  if (evidence < MIN_EVIDENCE) return UNSURE;
  return { lang, confidence: 1 - Math.exp(-evidence / EVIDENCE_SCALE), foreign: false };
}
