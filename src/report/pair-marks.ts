// The quantity marks a pair's report pieces look up, found where the pair was checked and carried to
// the thread that writes the report: there the numbers stage would otherwise read the same sentences
// once more (about 1 s of a 10,000-pair run's main thread).

import type { Lang, PairResult } from '../types.js';
import { shownBeads } from './html.js';
import { type QuantityMark, defaultMarks } from './quantity-marks.js';

/** Marks already found, per language and text: what `cachedMarks` starts from. */
export type KnownMarks = Map<Lang, Map<string, QuantityMark[]>>;

/**
 * A pair's marks as flat data: per looked-up text (in `lookedUp` order) its number of marks, then
 * each mark's start and end; the tokens alongside, in the same order.
 */
export interface PackedMarks {
  counts: Int32Array;
  spans: Int32Array;
  tokens: string[];
}

/**
 * The texts the report of a large run looks up for a pair, with their languages: each flag's two
 * texts (for the number diff) and the sentences index.html shows around the flags. A small run's
 * page shows every sentence; what is not carried is found where the report is written.
 */
function lookedUp(pair: PairResult): [string, Lang][] {
  const out: [string, Lang][] = [];
  for (const f of pair.flags) out.push([f.srcText, pair.srcLang], [f.tgtText, pair.tgtLang]);
  for (const b of shownBeads(pair, false)) {
    for (const i of pair.beads[b].src) out.push([pair.srcSentences[i].text, pair.srcLang]);
    for (const j of pair.beads[b].tgt) out.push([pair.tgtSentences[j].text, pair.tgtLang]);
  }
  return out;
}

/** The marks of the texts the report looks up for `pair`, found as the report would find them. */
export function packMarks(pair: PairResult): PackedMarks {
  const texts = lookedUp(pair);
  const counts = new Int32Array(texts.length);
  const spans: number[] = [];
  const tokens: string[] = [];
  texts.forEach(([text, lang], k) => {
    const marks = defaultMarks(text, lang);
    counts[k] = marks.length;
    for (const m of marks) {
      spans.push(m.span.start, m.span.end);
      tokens.push(m.token);
    }
  });
  return { counts, spans: Int32Array.from(spans), tokens };
}

/** The marks `packMarks` packed, given the same pair (its texts say which marks belong to which text). */
export function unpackMarks(pair: PairResult, packed: PackedMarks): KnownMarks {
  const known: KnownMarks = new Map();
  let at = 0;
  lookedUp(pair).forEach(([text, lang], k) => {
    const marks: QuantityMark[] = [];
    for (let n = 0; n < packed.counts[k]; n++, at++) {
      marks.push({ span: { start: packed.spans[2 * at], end: packed.spans[2 * at + 1] }, token: packed.tokens[at] });
    }
    let ofLang = known.get(lang);
    if (!ofLang) known.set(lang, (ofLang = new Map()));
    ofLang.set(text, marks);
  });
  return known;
}
