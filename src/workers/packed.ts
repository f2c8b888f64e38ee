// A checked pair as it crosses back from a worker: sentences and beads as flat numbers, not objects.
// The receiving thread would otherwise rebuild a hundred small objects per article from the
// structured clone; sentence texts are slices of the article text, which that thread already has.
import type { PackedMarks } from '../report/pair-marks.js';
import type { Article, Bead, Pair, PairResult, Sentence } from '../types.js';

/** Numbers per sentence in `PackedPair.srcSentences` / `tgtSentences`: start, end, paragraph. */
const SENTENCE_FIELDS = 3;

export interface PackedPair {
  srcSentences: Int32Array;
  tgtSentences: Int32Array;
  /** Per bead: how many source indices, how many target indices, then the indices themselves. */
  beads: Int32Array;
  scores: Float64Array;
  flags: PairResult['flags'];
  problem?: string;
  /** The quantity marks the report looks up for the pair, found while its sentences' scans were at hand. */
  marks?: PackedMarks;
}

function packSentences(sentences: Sentence[]): Int32Array {
  const out = new Int32Array(sentences.length * SENTENCE_FIELDS);
  let at = 0;
  for (const s of sentences) {
    out[at++] = s.span.start;
    out[at++] = s.span.end;
    out[at++] = s.paragraph;
  }
  return out;
}

function unpackSentences(packed: Int32Array, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (let k = 0; k < packed.length; k += SENTENCE_FIELDS) {
    const span = { start: packed[k], end: packed[k + 1] };
    sentences.push({ index: sentences.length, text: text.slice(span.start, span.end), span, paragraph: packed[k + 2] });
  }
  return sentences;
}

function packBeads(beads: Bead[]): Int32Array {
  const flat: number[] = [];
  for (const b of beads) flat.push(b.src.length, b.tgt.length, ...b.src, ...b.tgt);
  return Int32Array.from(flat);
}

function unpackBeads(packed: Int32Array, scores: Float64Array): Bead[] {
  const beads: Bead[] = [];
  for (let at = 0; at < packed.length; ) {
    const a = packed[at];
    const b = packed[at + 1];
    beads.push({ src: indices(packed, at + 2, a), tgt: indices(packed, at + 2 + a, b), score: scores[beads.length] });
    at += 2 + a + b;
  }
  return beads;
}

/** `count` numbers from `from` as a plain array: a bead side holds one to four. */
function indices(packed: Int32Array, from: number, count: number): number[] {
  const out: number[] = [];
  for (let k = from; k < from + count; k++) out.push(packed[k]);
  return out;
}

export function packPair(result: PairResult, marks?: PackedMarks): PackedPair {
  return {
    srcSentences: packSentences(result.srcSentences),
    tgtSentences: packSentences(result.tgtSentences),
    beads: packBeads(result.beads),
    scores: Float64Array.from(result.beads, (b) => b.score),
    flags: result.flags,
    ...(result.problem !== undefined ? { problem: result.problem } : {}),
    ...(marks !== undefined ? { marks } : {}),
  };
}

/** The pair result `packPair` was made from, given the pair and its two articles. */
export function unpackPair(pair: Pair, packed: PackedPair, src: Article, tgt: Article): PairResult {
  const result: PairResult = {
    ...pair,
    srcSentences: unpackSentences(packed.srcSentences, src.text),
    tgtSentences: unpackSentences(packed.tgtSentences, tgt.text),
    beads: unpackBeads(packed.beads, packed.scores),
    flags: packed.flags,
  };
  return packed.problem !== undefined ? { ...result, problem: packed.problem } : result;
}

/**
 * What segmenting needs of an article, as it crosses to a worker: its text, and its paragraphs as
 * offsets and lengths. Paragraphs are slices of the text (ingest/paragraphs.ts makes them so): sent
 * as text too, every article would cross twice.
 */
export interface ArticleText {
  file: string;
  format: Article['format'];
  text: string;
  /** Per paragraph: start, length. */
  paragraphs: Int32Array;
}

export function forSegmenting(article: Article): ArticleText {
  const paragraphs = new Int32Array(article.paragraphs.length * 2);
  article.paragraphs.forEach((p, k) => {
    paragraphs[2 * k] = p.start;
    paragraphs[2 * k + 1] = p.text.length;
  });
  return { file: article.file, format: article.format, text: article.text, paragraphs };
}

/** The article `forSegmenting` was made from, as far as segmenting reads it: no dropped lines or notes. */
export function fromSegmenting(a: ArticleText): Article {
  const paragraphs: Article['paragraphs'] = [];
  for (let k = 0; k < a.paragraphs.length; k += 2) {
    const start = a.paragraphs[k];
    paragraphs.push({ start, text: a.text.slice(start, start + a.paragraphs[k + 1]) });
  }
  return { file: a.file, format: a.format, text: a.text, paragraphs, dropped: [], notes: [] };
}
