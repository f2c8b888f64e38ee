// Ingest: a file's bytes to an Article (decoded text, paragraphs, what was dropped and why). Pure.
import type { Article, ArticleFormat, RawFile, Rejected } from '../types.js';
import { removeBoilerplate } from './boilerplate.js';
import { decodeText } from './decode.js';
import { extractHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { paragraphsOf } from './paragraphs.js';

export { noteDuplicates } from './duplicates.js';
export { dropRepeatedLines, REPEATED_LINE_MIN_FILES } from './repeated-lines.js';

/** File name endings ingest reads, and the format each one is. */
export const FORMATS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** The format a file name says, or undefined when ingest does not read it. */
export function formatOf(file: string): ArticleFormat | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : FORMATS[file.slice(dot).toLowerCase()];
}

/** Longer than any news article (a long feature is ~50,000 characters); still read, but the user should know. */
export const LONG_ARTICLE_CHARS = 500_000;

export function isRejected(x: Article | Rejected): x is Rejected {
  return 'reason' in x;
}

/** Plain text and notes for a decoded file in its format; blocks become `\n\n`-separated lines. */
function plainText(format: ArticleFormat, decoded: string): { text: string; title?: string; notes: string[] } {
  if (format === 'html') {
    const { title, blocks, note } = extractHtml(decoded);
    return { text: blocks.join('\n\n'), title, notes: note ? [note] : [] };
  }
  if (format === 'md') {
    const { blocks, codeLines } = renderMarkdown(decoded);
    return { text: blocks.join('\n\n'), notes: codeLines > 0 ? [`${codeLines} lines of code blocks left out`] : [] };
  }
  return { text: decoded, notes: [] };
}

function lengthNotes(text: string): string[] {
  return text.length > LONG_ARTICLE_CHARS ? [`too long for a news article: ${text.length} characters`] : [];
}

/**
 * Decodes one file to an Article, or says in one line why it cannot be used. For `.txt` the
 * offsets point into the decoded file; for Markdown and HTML into the extracted plain text.
 */
export function decodeArticle(raw: RawFile): Article | Rejected {
  try {
    return decodeOrReject(raw);
  } catch (err) {
    // A bug or a parser's limit on one file must not stop the corpus: the file is rejected instead.
    return { file: raw.file, reason: `could not be decoded: ${firstLine(err)}` };
  }
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0];
}

function decodeOrReject(raw: RawFile): Article | Rejected {
  const file = raw.file;
  const format = formatOf(file) ?? 'txt';
  const decoded = decodeText(raw.bytes);
  if ('reason' in decoded) return { file, reason: decoded.reason };
  let plain: ReturnType<typeof plainText>;
  try {
    plain = plainText(format, decoded.text);
  } catch (err) {
    return { file, reason: `could not parse ${format.toUpperCase()}: ${firstLine(err)}` };
  }
  const paragraphs = paragraphsOf(plain.text);
  if (paragraphs.length === 0) return { file, reason: `no article text found in ${format.toUpperCase()}` };
  const { kept, dropped, title } = removeBoilerplate(paragraphs);
  if (kept.length === 0) return { file, reason: `no article text: all ${dropped.length} lines are site furniture` };
  return {
    file,
    format,
    title: plain.title ?? title,
    text: plain.text,
    paragraphs: kept,
    dropped,
    notes: [...decoded.notes, ...plain.notes, ...lengthNotes(plain.text)],
  };
}
