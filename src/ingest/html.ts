// HTML to article blocks with Mozilla Readability over a linkedom DOM, not regexes.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { markupDepth } from './html-depth.js';

/** Page parts that are never article text; removed before Readability scores the rest. */
const FURNITURE = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'nav', 'header',
  'footer', 'aside', '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=complementary]',
  '[aria-hidden=true]', '[hidden]',
].join(',');
/** Class or id words that mark ads, share bars, related links and consent banners. */
const FURNITURE_NAME = /(?:^|[\s_-])(?:ads?|advert\w*|banner|promo\w*|sponsor\w*|cookie\w*|consent|newsletter|share|sharing|social|related|comments?|breadcrumbs?|subscribe|popup|modal)(?:$|[\s_-])/i;
/** Elements whose text is one block of the article. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'blockquote', 'pre', 'dt', 'dd', 'figcaption', 'td', 'th']);

/** Real pages nest a few dozen levels; parsing 1,000 takes ~50 ms, and the cost grows faster than the page. */
export const MAX_HTML_DEPTH = 1000;
/** Readability's cost grows with about the cube of the nesting (5 s at 500 levels): deeper pages are read without it. */
const MAX_READABILITY_DEPTH = 100;

export interface HtmlArticle {
  title?: string;
  blocks: string[];
  /** Set when the page was read in a simpler way than usual, and why. */
  note?: string;
}

/** The part of the DOM this module uses (the project compiles without the DOM lib). */
interface Element {
  tagName: string;
  children: ArrayLike<Element>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface Doc {
  body: Element | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

const documentOf = (html: string) => (parseHTML(html) as unknown as { document: Doc }).document;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function removeFurniture(doc: Doc): void {
  for (const el of [...doc.querySelectorAll(FURNITURE)]) el.remove();
  for (const el of [...doc.querySelectorAll('[class],[id]')]) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(name) && el.tagName !== 'BODY' && el.tagName !== 'HTML') el.remove();
  }
}

/** Text of each outermost block element, in document order (iterative: pages can nest deeply). */
function blocksOf(root: Element): string[] {
  const out: string[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (BLOCKS.has(el.tagName.toLowerCase())) {
      const text = squash(el.textContent);
      if (text) out.push(text);
    } else {
      for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k]);
    }
  }
  return out;
}

const ROOTLESS: Element = { tagName: 'div', children: [], textContent: '', getAttribute: () => null, remove: () => {} };

function parse(html: string): Doc {
  const doc = documentOf(html);
  removeFurniture(doc);
  return doc;
}

/**
 * The article's title and text blocks, or no blocks when the page has no readable text. Throws
 * when the markup nests deeper than MAX_HTML_DEPTH: such a page is not an article, and parsing it is slow.
 */
export function extractHtml(html: string): HtmlArticle {
  const depth = markupDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new Error(`nested ${depth} levels deep (limit ${MAX_HTML_DEPTH})`);
  const document = parse(html);
  const pageTitle = squash(document.querySelector('title')?.textContent);
  const heading = squash(document.querySelector('article h1, main h1, h1')?.textContent);
  const useReadability = depth <= MAX_READABILITY_DEPTH;
  // Readability rewrites the DOM it reads, so the fallbacks read a fresh parse.
  const parsed = useReadability ? new Readability(document as never).parse() : null;
  let blocks: string[] = [];
  if (parsed?.content) blocks = blocksOf(documentOf(`<!doctype html><html><body>${parsed.content}</body></html>`).body ?? ROOTLESS);
  if (blocks.length === 0) {
    const body = (useReadability ? parse(html) : document).body;
    blocks = body ? blocksOf(body) : [];
    if (blocks.length === 0 && squash(body?.textContent)) blocks = [squash(body?.textContent)];
  }
  const title = heading || squash(parsed?.title) || pageTitle || undefined;
  if (title && blocks[0] !== title) blocks.unshift(title);
  const note = useReadability ? undefined : `HTML nested ${depth} levels deep: read without Readability`;
  return { title, blocks, ...(note ? { note } : {}) };
}
