// Wires the stages: ingest -> detect -> pair -> segment -> align -> check -> report.
// Everything here but `runQa`'s reading of the corpus and review file is pure data in, data out.
import pLimit from 'p-limit';
import { alignSentences } from './align/index.js';
import { checkAlignment } from './check/index.js';
import { detectArticle, UND } from './detect/index.js';
import { decodeArticle, dropRepeatedLines, formatOf, isRejected, noteDuplicates } from './ingest/index.js';
import { readCorpus } from './ingest/read.js';
import { pairArticles } from './pair/index.js';
import { pairsByName } from './pair/given.js';
import { stateCounts } from './report/flags.js';
import { type KnownMarks, unpackMarks } from './report/pair-marks.js';
import { SCHEMA_VERSION } from './report/write.js';
import { fingerprintFlag } from './review/fingerprint.js';
import { applyVerdicts, applyVerdictsToPair } from './review/state.js';
import { forSegmenting, unpackPair } from './workers/packed.js';
import { batches, createPool, defaultThreads } from './workers/pool.js';
import { loadReview, reviewPathFor } from './review/store.js';
import { overlongSentences, segmentArticle } from './segment/index.js';
import type {
  Article,
  ArticleSummary,
  Detection,
  Lang,
  Pair,
  Pairing,
  PairResult,
  RawFile,
  Rejected,
  RunReport,
  Severity,
  Unpaired,
} from './types.js';

export const DEFAULT_LANGS: Lang[] = ['en', 'de'];

/** Batches in flight at once: enough to keep every worker busy. */
const BATCHES_IN_FLIGHT = 8;

export type Stage = 'read' | 'ingest' | 'detect' | 'pair' | 'check' | 'write';

export interface Progress {
  stage: Stage;
  done: number;
  total: number;
}

export interface AnalyseOptions {
  /** Source language first, then the target language. */
  langs: Lang[];
  /** Pairs given by the user; they override pairs by name and guesses. */
  given?: { src: string; tgt: string; origin: 'user' }[];
  onProgress?: (p: Progress) => void;
  /** Worker threads for per-article and per-pair work; 1 runs everything in this thread. Default: one per core for large corpora. */
  threads?: number;
  /**
   * Each checked pair with its two articles, in the order of the pairs, as soon as it and those before
   * it are done; `known`, the quantity marks of its texts when a worker found them for the report.
   */
  onPair?: (pair: PairResult, articles: [Article, Article], known?: KnownMarks) => void;
}

export interface Analysis {
  articles: Article[];
  detections: Detection[];
  rejected: Rejected[];
  pairs: PairResult[];
  unpaired: RunReport['unpaired'];
}

/** Decodes a batch of files; files that cannot be used come back as `rejected`. */
export function ingestBatch(files: RawFile[]): { articles: Article[]; rejected: Rejected[] } {
  const articles: Article[] = [];
  const rejected: Rejected[] = [];
  for (const raw of files) {
    const a = decodeArticle(raw);
    if (isRejected(a)) rejected.push(a);
    else articles.push(a);
  }
  return { articles, rejected };
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0];
}

/** An article's language, or `und` when detection fails on it: one bad article must not stop the run. */
function detectSafely(file: string, paragraphs: string[], langs: Lang[]): Detection {
  try {
    return detectArticle(file, paragraphs, langs);
  } catch {
    return { file, lang: UND, confidence: 0, mixed: false };
  }
}

function detectAll(articles: Article[], langs: Lang[]): Detection[] {
  return articles.map((a) => detectSafely(a.file, a.paragraphs.map((p) => p.text), langs));
}

/** Corpus-level cleaning after decoding: site lines repeated across files dropped, copies noted. */
function cleanCorpus(decoded: Article[]): Article[] {
  return noteDuplicates(dropRepeatedLines(decoded));
}

/** Adds a note when some "sentences" had to be cut because no punctuation ended them in time. */
function withLongSentenceNote(article: Article, lang: Lang): Article {
  const { count, longest } = overlongSentences(article, lang);
  if (count === 0) return article;
  const note = `${count} sentence${count > 1 ? 's' : ''} too long to check whole (longest ${longest} characters): cut into pieces`;
  return { ...article, notes: [...article.notes, note] };
}

/** Decodes, cleans and detects every file, in this thread (for small inputs and single commands). */
export function ingestFiles(files: RawFile[], langs: Lang[]): { articles: Article[]; detections: Detection[]; rejected: Rejected[] } {
  const { articles: decoded, rejected } = ingestBatch(files);
  const articles = cleanCorpus(decoded);
  return { articles, detections: detectAll(articles, langs), rejected };
}

/**
 * Pairs by name whose files were detected in the other configured language (a "German" file that is
 * an untranslated English copy): dropped, with the reason the user will read. `und` keeps the name's word.
 */
function namePairsAgainstDetection(
  byName: { src: string; tgt: string; origin: 'name' }[],
  langOf: Map<string, Lang>,
  langs: Lang[],
): { kept: typeof byName; reasons: Map<string, string> } {
  const [srcLang, tgtLang] = langs;
  const reasons = new Map<string, string>();
  const contradicts = (file: string, named: Lang) => {
    const found = langOf.get(file) ?? UND;
    if (found === named || found === UND || !langs.includes(found)) return false;
    reasons.set(file, `named ${named} but detected as ${found}: not paired as ${named} (untranslated copy?)`);
    return true;
  };
  const kept = byName.filter((p) => ![contradicts(p.src, srcLang), contradicts(p.tgt, tgtLang)].some(Boolean));
  return { kept, reasons };
}

/** The pair stage's reasons, made specific where the pipeline knows more (the name's language, an undetermined one). */
function explainUnpaired(u: Unpaired, named: Map<string, string>, langs: Lang[]): Unpaired {
  const reason = named.get(u.file);
  if (reason !== undefined) return { ...u, reason };
  if (u.lang === UND) return { ...u, reason: `language not ${langs.join(' or ')}, or too little text to tell` };
  return u;
}

/** Pairs articles: names like `x.en.txt`/`x.de.txt` and the user's pairs first, then by content. */
export function pairStage(articles: Article[], detections: Detection[], langs: Lang[], given: AnalyseOptions['given'] = []): Pairing {
  const [srcLang, tgtLang] = langs;
  const langOf = new Map(detections.map((d) => [d.file, d.lang]));
  const byName = namePairsAgainstDetection(pairsByName(articles.map((a) => a.file), langs), langOf, langs);
  const pairing = pairArticles(
    articles.map((a, i) => ({
      file: a.file,
      lang: detections[i].lang,
      text: a.paragraphs.map((p) => p.text).join('\n\n'),
      title: a.title,
    })),
    { srcLang, tgtLang, given: [...given, ...byName.kept] },
  );
  return { ...pairing, unpaired: pairing.unpaired.map((u) => explainUnpaired(u, byName.reasons, langs)) };
}

/** Segments, aligns and checks one pair of articles; a stage failing on it leaves a pair with a `problem`, not a failed run. */
export function checkPair(pair: Pair, src: Article, tgt: Article): PairResult {
  try {
    return checkPairOrThrow(pair, src, tgt);
  } catch (err) {
    return { ...pair, srcSentences: [], tgtSentences: [], beads: [], flags: [], problem: `could not be checked: ${firstLine(err)}` };
  }
}

function checkPairOrThrow(pair: Pair, src: Article, tgt: Article): PairResult {
  const srcSentences = segmentArticle(src, pair.srcLang);
  const tgtSentences = segmentArticle(tgt, pair.tgtLang);
  const srcTexts = srcSentences.map((s) => s.text);
  const tgtTexts = tgtSentences.map((s) => s.text);
  const beads = alignSentences(srcTexts, tgtTexts, { srcLang: pair.srcLang, tgtLang: pair.tgtLang });
  const found = checkAlignment(srcTexts, tgtTexts, beads, { srcLang: pair.srcLang, tgtLang: pair.tgtLang });
  const flags = found.map(({ bead, flag }) => {
    const b = beads[bead];
    const srcText = b.src.map((i) => srcTexts[i]).join(' ');
    const tgtText = b.tgt.map((i) => tgtTexts[i]).join(' ');
    const quantities = [flag.expected ?? '', flag.actual ?? ''];
    return {
      ...flag,
      fingerprint: fingerprintFlag(flag.rule, srcText, tgtText, quantities),
      bead,
      srcText,
      tgtText,
      state: 'open' as const,
    };
  });
  return { ...pair, srcSentences, tgtSentences, beads, flags };
}

/** Below this much text, starting worker threads costs more than it saves. */
const PARALLEL_MIN_BYTES = 2_000_000;
/** Files per ingest batch and pairs per check batch sent to a worker: large enough to amortise the copy. */
const INGEST_BATCH = 64;
const CHECK_BATCH = 16;

/** Runs `work` over batches, in a worker pool when there is one, reporting progress as batches finish. */
async function inBatches<I, O>(
  items: I[],
  size: number,
  work: (batch: I[], index: number) => O[] | Promise<O[]>,
  progress: (done: number) => void,
): Promise<O[]> {
  const limit = pLimit(BATCHES_IN_FLIGHT);
  let done = 0;
  const results = await Promise.all(
    batches(items, size).map((batch, index) =>
      limit(async () => {
        const out = await work(batch, index);
        progress((done += batch.length));
        // Yield so progress and other I/O get a turn between batches run in this thread.
        await new Promise((resolve) => setImmediate(resolve));
        return out;
      }),
    ),
  );
  return results.flat();
}

/** Batches finishing in any order handed on item by item in batch order: batch k waits for those before it. */
function inOrder<T>(each: (item: T) => void): (index: number, batch: T[]) => void {
  const done = new Map<number, T[]>();
  let next = 0;
  return (index, batch) => {
    done.set(index, batch);
    for (let ready = done.get(next); ready !== undefined; ready = done.get(next)) {
      done.delete(next++);
      for (const item of ready) each(item);
    }
  };
}

/** The whole analysis of a corpus already read into memory. */
export async function analyse(files: RawFile[], opts: AnalyseOptions): Promise<Analysis> {
  const { langs } = opts;
  const progress = (stage: Stage, total: number) => (done: number) => opts.onProgress?.({ stage, done, total });
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const threads = opts.threads ?? (bytes >= PARALLEL_MIN_BYTES ? defaultThreads() : 1);
  const pool = threads > 1 ? createPool(threads) : undefined;
  // Plain text decodes faster here than it copies to a worker and back; HTML (Readability) is worth the trip.
  const heavyIngest = files.some((f) => formatOf(f.file) === 'html');
  try {
    progress('ingest', files.length)(0);
    const decoded = await inBatches(
      files,
      INGEST_BATCH,
      async (batch) => {
        const r = pool && heavyIngest ? await pool.run({ kind: 'ingest', files: batch, langs }) : ingestBatch(batch);
        return [...r.articles, ...r.rejected];
      },
      progress('ingest', files.length),
    );
    const rejected = decoded.filter(isRejected);
    const cleaned = cleanCorpus(decoded.filter((a): a is Article => !isRejected(a)));

    progress('detect', cleaned.length)(0);
    const detections = await inBatches(
      cleaned,
      INGEST_BATCH,
      // Detection reads a bounded sample of each article: cheaper here than the copy to a worker.
      (batch) => detectAll(batch, langs),
      progress('detect', cleaned.length),
    );
    const articles = cleaned.map((a, i) => withLongSentenceNote(a, detections[i].lang));

    progress('pair', articles.length)(0);
    const pairing = pairStage(articles, detections, langs, opts.given ?? []);
    progress('pair', pairing.pairs.length)(pairing.pairs.length);

    const byFile = new Map(articles.map((a) => [a.file, a]));
    const work = pairing.pairs.map((pair) => ({ pair, src: byFile.get(pair.src)!, tgt: byFile.get(pair.tgt)! }));
    progress('check', work.length)(0);
    const emit = inOrder<[PairResult, KnownMarks | undefined]>(([result, known]) =>
      opts.onPair?.(result, [byFile.get(result.src)!, byFile.get(result.tgt)!], known),
    );
    const pairs = await inBatches(
      work,
      CHECK_BATCH,
      async (batch, index) => {
        let results: PairResult[];
        let known: (KnownMarks | undefined)[] = [];
        if (!pool) results = batch.map((w) => checkPair(w.pair, w.src, w.tgt));
        else {
          const packed = await pool.run({ kind: 'check', pairs: batch.map((w) => ({ pair: w.pair, src: forSegmenting(w.src), tgt: forSegmenting(w.tgt) })) });
          results = packed.map((p, k) => unpackPair(batch[k].pair, p, batch[k].src, batch[k].tgt));
          if (opts.onPair) known = packed.map((p, k) => p.marks && unpackMarks(results[k], p.marks));
        }
        if (opts.onPair) emit(index, results.map((r, k) => [r, known[k]]));
        return results;
      },
      progress('check', work.length),
    );
    return { articles, detections, rejected, pairs, unpaired: pairing.unpaired };
  } finally {
    await pool?.close();
  }
}

/** Counts flags by state, severity and rule. */
export function summarise(report: Omit<RunReport, 'summary'>): RunReport['summary'] {
  const flags = report.pairs.flatMap((p) => p.flags);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of flags) {
    bySeverity[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { articles: report.articles.length, pairs: report.pairs.length, flags: flags.length, ...stateCounts(flags), bySeverity, byRule };
}

export interface ReportMeta {
  runId: string;
  createdAt: string;
  corpus: string;
  reviewFile: string;
  version: string;
  langs: Lang[];
}

/** Sentence count of an unpaired article; 0 when segmentation fails on it (the report still lists the article). */
function sentencesOf(article: Article, lang: Lang): number {
  try {
    return segmentArticle(article, lang).length;
  } catch {
    return 0;
  }
}

/** Puts an analysis into the report shape (`report.json`), before verdicts are applied. */
export function buildReport(analysis: Analysis, meta: ReportMeta): RunReport {
  const detectionOf = new Map(analysis.detections.map((d) => [d.file, d]));
  const sentenceCount = new Map<string, number>();
  for (const p of analysis.pairs) {
    sentenceCount.set(p.src, p.srcSentences.length);
    sentenceCount.set(p.tgt, p.tgtSentences.length);
  }
  const articles: ArticleSummary[] = analysis.articles.map((a) => {
    const d = detectionOf.get(a.file);
    return {
      file: a.file,
      format: a.format,
      ...(a.title !== undefined ? { title: a.title } : {}),
      lang: d?.lang ?? 'und',
      confidence: d?.confidence ?? 0,
      mixed: d?.mixed ?? false,
      sentences: sentenceCount.get(a.file) ?? sentencesOf(a, d?.lang ?? UND),
      characters: a.paragraphs.reduce((n, p) => n + p.text.length, 0),
      dropped: a.dropped,
      notes: a.notes,
    };
  });
  const base = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'tandem' as const, version: meta.version },
    runId: meta.runId,
    createdAt: meta.createdAt,
    corpus: meta.corpus,
    reviewFile: meta.reviewFile,
    langs: meta.langs,
    articles,
    rejected: analysis.rejected,
    pairs: analysis.pairs,
    unpaired: analysis.unpaired,
  };
  return { ...base, summary: summarise(base) };
}

export interface QaOptions extends AnalyseOptions {
  runId: string;
  now: Date;
  version: string;
}

/**
 * Reads a corpus folder and its review file, analyses it and returns the report with verdicts applied.
 * `onPair` sees each pair with the verdicts as they stood at the start; the report has the ones at the end.
 */
export async function runQa(corpusDir: string, opts: QaOptions): Promise<RunReport> {
  opts.onProgress?.({ stage: 'read', done: 0, total: 0 });
  const { files, rejected } = await readCorpus(corpusDir);
  // A corrupt review file stops the run before minutes of analysis, not after; it is read again at
  // the end for decisions another reviewer saved meanwhile.
  const reviewFile = reviewPathFor(corpusDir);
  const atStart = loadReview(reviewFile);
  opts.onProgress?.({ stage: 'read', done: files.length, total: files.length });
  const { onPair } = opts;
  const analysis = await analyse(files, {
    ...opts,
    onPair: onPair && ((pair, articles, known) => onPair(applyVerdictsToPair(pair, atStart), articles, known)),
  });
  analysis.rejected.unshift(...rejected);
  const report = buildReport(analysis, {
    runId: opts.runId,
    createdAt: opts.now.toISOString(),
    corpus: corpusDir,
    reviewFile,
    version: opts.version,
    langs: opts.langs,
  });
  return applyVerdicts(report, loadReview(reviewFile));
}
