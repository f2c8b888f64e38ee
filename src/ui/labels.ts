// One-line texts shared by the UI and the plain listing. Every piece of article text goes through visibleLine.
import { visibleLine } from '../report/visible-text.js';
import type { PairResult, RunReport } from '../types.js';

type ReportFlag = PairResult['flags'][number];

/** Titles are clipped here too, so a 1 MB "title" cannot slow down a frame. */
const MAX_LABEL = 200;

function clip(text: string): string {
  return text.length > MAX_LABEL ? text.slice(0, MAX_LABEL - 1) + '…' : text;
}

/** `Title (file)` for one side of a pair, or just the file when the article has no title. */
function articleLabel(report: RunReport, file: string): string {
  const title = report.articles.find((article) => article.file === file)?.title;
  return visibleLine(clip(title ? `${title} (${file})` : file));
}

export function pairLabel(report: RunReport, pair: PairResult): string {
  return `${articleLabel(report, pair.src)} ↔ ${articleLabel(report, pair.tgt)}`;
}

/** `15% → 15` when the flag has both sides, else whichever it has. */
export function quantityChange(flag: ReportFlag): string {
  const expected = flag.expected === undefined ? undefined : visibleLine(clip(flag.expected));
  const actual = flag.actual === undefined ? undefined : visibleLine(clip(flag.actual));
  if (expected !== undefined && actual !== undefined) return `${expected} → ${actual}`;
  if (expected !== undefined) return `${expected} → ∅`;
  if (actual !== undefined) return `∅ → ${actual}`;
  return '';
}
