// Markdown to plain text blocks: headings, emphasis, links, images, code and quotes stripped by line.

/** Front matter ends within this many lines or it is not front matter. */
const MAX_FRONT_MATTER_LINES = 60;
/** Emphasis spans are short; bounding them keeps unmatched markers from costing quadratic time. */
const MAX_SPAN = 300;

const FENCE = /^\s{0,3}(?:```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const QUOTE = /^\s*(?:>\s?)+/;
const REF_DEFINITION = /^\s{0,3}\[[^\]\n]{1,200}\]:\s+\S/;
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

const INLINE: readonly [RegExp, string][] = [
  [new RegExp(`!\\[[^\\]\\n]{0,${MAX_SPAN}}\\]\\([^)\\n]{0,${MAX_SPAN}}\\)`, 'g'), ''],
  [new RegExp(`\\[([^\\]\\n]{1,${MAX_SPAN}})\\]\\([^)\\n]{0,${MAX_SPAN}}\\)`, 'g'), '$1'],
  [new RegExp(`\\[([^\\]\\n]{1,${MAX_SPAN}})\\]\\[[^\\]\\n]{0,${MAX_SPAN}}\\]`, 'g'), '$1'],
  [/<(https?:\/\/[^>\s]{1,2000})>/g, '$1'],
  [new RegExp(`\`([^\`\\n]{1,${MAX_SPAN}})\``, 'g'), '$1'],
  [new RegExp(`(\\*\\*|__)(?=\\S)([^\\n]{1,${MAX_SPAN}}?)(?<=\\S)\\1`, 'g'), '$2'],
  [new RegExp(`\\*(?=\\S)([^*\\n]{1,${MAX_SPAN}}?)(?<=\\S)\\*`, 'g'), '$1'],
  [new RegExp(`(?<![\\p{L}\\p{N}])_(?=\\S)([^_\\n]{1,${MAX_SPAN}}?)(?<=\\S)_(?![\\p{L}\\p{N}])`, 'gu'), '$1'],
  [new RegExp(`~~([^~\\n]{1,${MAX_SPAN}})~~`, 'g'), '$1'],
  [/<\/?[a-zA-Z][^<>\n]{0,300}>/g, ''],
  [/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1'],
];

function inline(line: string): string {
  let s = line;
  for (const [pattern, replacement] of INLINE) s = s.replace(pattern, replacement);
  return s.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface MarkdownText {
  blocks: string[];
  /** Lines of fenced code left out, which are not prose. */
  codeLines: number;
}

/** The plain-text blocks of a Markdown document, one line each. */
export function renderMarkdown(md: string): MarkdownText {
  const lines = md.split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  let inCode = false;
  let codeLines = 0;
  const end = () => {
    const text = inline(current.join(' '));
    if (text) blocks.push(text);
    current = [];
  };
  let k = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.slice(1, MAX_FRONT_MATTER_LINES).findIndex((l) => l.trim() === '---');
    if (close >= 0) k = close + 2;
  }
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (FENCE.test(line)) {
      end();
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      codeLines++;
      continue;
    }
    const body = line.replace(QUOTE, '');
    if (body.trim() === '' || RULE.test(body) || REF_DEFINITION.test(body) || TABLE_RULE.test(body)) {
      end();
      continue;
    }
    if (SETEXT.test(body) && current.length > 0) {
      end();
      continue;
    }
    const heading = HEADING.exec(body);
    if (heading) {
      end();
      current.push(heading[1]);
      end();
      continue;
    }
    if (LIST_ITEM.test(body)) {
      end();
      current.push(body.replace(LIST_ITEM, ''));
      continue;
    }
    current.push(body);
  }
  end();
  return { blocks, codeLines };
}
