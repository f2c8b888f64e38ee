// The plain data that flows between tandem's stages, declared once.
// Stages are pure functions over these types; file system, clock and terminal stay at the edges.

/** ISO 639-1 language code (`en`, `de`, ...), `und` when undetermined. */
export type Lang = string;

/** Half-open character range `[start, end)` into a string named by its context. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- ingest

/** A file as read from disk, before decoding: the I/O edge hands these to the pure stages. */
export interface RawFile {
  /** Path relative to the corpus folder, POSIX separators. Identifies the article everywhere. */
  file: string;
  bytes: Uint8Array;
}

export type ArticleFormat = 'txt' | 'md' | 'html';

/** A block of article text: a paragraph, headline or list item. */
export interface Paragraph {
  text: string;
  /** Offset of `text` in `Article.text`. */
  start: number;
}

/** A line judged not to be article text (web furniture, disclaimers, repeated site lines). */
export interface DroppedLine {
  text: string;
  /** Offset of the line in `Article.text`. */
  start: number;
  /** Why it was dropped, e.g. `rule:share-this-article`, `repeated-in-3-files`. */
  reason: string;
}

export interface Article {
  file: string;
  format: ArticleFormat;
  title?: string;
  /** Decoded text: UTF-8, BOM stripped, `\n` line ends, Unicode NFC. Offsets point into it. */
  text: string;
  /** Article text blocks in order, boilerplate removed. */
  paragraphs: Paragraph[];
  dropped: DroppedLine[];
  /** One-line notes about the input that did not stop it (e.g. `invalid UTF-8 replaced`). */
  notes: string[];
}

/** An input that could not be used at all, with a one-line reason. */
export interface Rejected {
  file: string;
  reason: string;
}

// ---------------------------------------------------------------- detect

export interface Detection {
  file: string;
  lang: Lang;
  /** 0..1: how sure the detector is of `lang`. */
  confidence: number;
  /** Part of the article (by paragraph vote) is in another configured language. */
  mixed: boolean;
  /** Languages of the paragraphs that disagree with `lang`, when `mixed`. */
  otherLangs?: Lang[];
}

// ---------------------------------------------------------------- pair

export interface PairEvidence {
  sharedNumbers: string[];
  sharedNames: string[];
  /** Target length / source length, in characters. */
  lengthRatio: number;
}

export type PairOrigin = 'auto' | 'user' | 'name';

/** An article and its translation. `src` is in `srcLang` (English by default), `tgt` in `tgtLang`. */
export interface Pair {
  src: string;
  tgt: string;
  srcLang: Lang;
  tgtLang: Lang;
  score: number;
  origin: PairOrigin;
  evidence: PairEvidence;
}

export interface Unpaired {
  file: string;
  lang: Lang;
  reason: string;
}

export interface Pairing {
  pairs: Pair[];
  unpaired: Unpaired[];
}

// ---------------------------------------------------------------- segment

export interface Sentence {
  /** 0-based position in the article's sentence list. */
  index: number;
  text: string;
  /** Offsets in `Article.text`. */
  span: Span;
  /** Index into `Article.paragraphs`. */
  paragraph: number;
}

// ---------------------------------------------------------------- align

/** A group of source sentences aligned to a group of target sentences; 1-0 and 0-1 beads are omissions and additions. */
export interface Bead {
  src: number[];
  tgt: number[];
  /** Higher is more confident; comparable only within one alignment. */
  score: number;
}

// ---------------------------------------------------------------- numbers

export type QuantityKind =
  | 'number'
  | 'percent'
  | 'percentPoint'
  | 'currency'
  | 'year'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'multiplier'
  | 'fraction'
  | 'range';

/** A number as meant in its language: "2,3 Milliarden" and "2.3 billion" have the same value. */
export interface Quantity {
  kind: QuantityKind;
  /** The numeric value with magnitude words applied (2.3 billion -> 2.3e9). For ranges, the low end. */
  value: number;
  /** High end of a range. */
  valueTo?: number;
  /** Unit or currency in a language-independent code: `%`, `pp`, `USD`, `EUR`, `km`, ... */
  unit?: string;
  /** The magnitude word's factor as written (1e9 for billion/Milliarde), when one was used. */
  magnitude?: number;
  /** Date parts when known (month 1-12, day 1-31). */
  month?: number;
  day?: number;
  /** Whether the value was written in words ("three", "Verdreifachung"). */
  fromWords?: boolean;
  /** The text as written, and where. */
  text: string;
  span: Span;
}

// ---------------------------------------------------------------- check

/** `error`: the meaning changed; `warning`: content added or dropped; `info`: format only. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding of one rule, as data. Spans point into the checked source / target texts. */
export interface Flag {
  rule: string;
  severity: Severity;
  message: string;
  expected?: string;
  actual?: string;
  src?: Span;
  tgt?: Span;
}

/** A flag placed in a pair's alignment: which bead, and the texts it was found in. */
export interface PairFlag extends Flag {
  /** Stable id from rule + normalised sentences + quantities: survives reruns while the text is unchanged. */
  fingerprint: string;
  /** Index into `PairResult.beads`. */
  bead: number;
  srcText: string;
  tgtText: string;
}

// ---------------------------------------------------------------- review

export type VerdictKind = 'real' | 'false-alarm' | 'skip';

export interface Verdict {
  fingerprint: string;
  verdict: VerdictKind;
  note?: string;
  /** ISO timestamp of the decision. */
  at: string;
}

/** A flag's state in review: open until a reviewer confirms it (`real`) or dismisses it (`false-alarm`). */
export type FlagState = 'open' | 'confirmed' | 'dismissed';

// ---------------------------------------------------------------- report

export interface ArticleSummary {
  file: string;
  format: ArticleFormat;
  title?: string;
  lang: Lang;
  confidence: number;
  mixed: boolean;
  sentences: number;
  characters: number;
  dropped: DroppedLine[];
  notes: string[];
}

export interface PairResult extends Pair {
  srcSentences: Sentence[];
  tgtSentences: Sentence[];
  beads: Bead[];
  flags: (PairFlag & { state: FlagState; note?: string })[];
  /** Set when the pair could not be checked (a stage failed on it), in one line; the run goes on. */
  problem?: string;
}

export interface RunReport {
  schemaVersion: number;
  tool: { name: 'tandem'; version: string };
  runId: string;
  createdAt: string;
  /** The corpus folder as given, and the review file whose verdicts were applied. */
  corpus: string;
  reviewFile: string;
  langs: Lang[];
  articles: ArticleSummary[];
  rejected: Rejected[];
  pairs: PairResult[];
  unpaired: Unpaired[];
  summary: {
    articles: number;
    pairs: number;
    flags: number;
    open: number;
    confirmed: number;
    dismissed: number;
    bySeverity: Record<Severity, number>;
    byRule: Record<string, number>;
  };
}
