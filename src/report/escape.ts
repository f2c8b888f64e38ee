// Article text is untrusted: every output format gets its own escaping, in one place.

// XML 1.0 allows only tab, LF, CR and these ranges; lone surrogates are not characters at all.
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** C0/C1 controls, DEL and bidi overrides: invisible in a page, and able to reorder what a reader sees. */
const HTML_INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** XML's five predefined entities: every XML parser knows them. */
const XML_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, "'": '&apos;' };

/**
 * What escapeHtml replaces and escapeMarkdown removes besides markup: controls, bidi overrides, surrogates
 * and non-characters. Rare: text with any of it is left to the regexes.
 */
const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Anything escapeHtml would change; most text has none of it, and the test is cheaper than three replaces. */
const HTML_UNSAFE = new RegExp(`[&<>"']|${UNUSUAL.source}`);

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  if (!HTML_UNSAFE.test(text)) return text;
  if (!UNUSUAL.test(text)) return replaceEntities(text, HTML_BY_CODE);
  return text
    .replace(XML_ILLEGAL, '\uFFFD')
    .replace(HTML_INVISIBLE, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/** Whether escapeHtml would change `text`; when not, it would change no part of it either (surrogates count as changed). */
export function needsHtmlEscape(text: string): boolean {
  return HTML_UNSAFE.test(text);
}

/** The entity tables by character code, for the loop below. */
const byCode = (entities: Record<string, string>): string[] => {
  const table: string[] = [];
  for (const [ch, entity] of Object.entries(entities)) table[ch.charCodeAt(0)] = entity;
  return table;
};
const HTML_BY_CODE = byCode(HTML_ENTITIES);
const XML_BY_CODE = byCode(XML_ENTITIES);
/** Every entity character is below this code. */
const ENTITY_CODES_BELOW = 63;

/** `text` with & < > " ' replaced from `table`: one pass by hand, as a reports' worth of text goes through it
 * and a regex replace with a callback costs several times more. */
function replaceEntities(text: string, table: readonly string[]): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ENTITY_CODES_BELOW && table[code] !== undefined) {
      out += text.slice(last, i) + table[code];
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Removes the characters XML 1.0 cannot carry (they would make the whole file unparseable). */
export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** DEL, C1 controls (U+009B is CSI on some terminals), line/paragraph separators and bidi controls:
 * legal in XML, but written as character references so a file shown on a terminal cannot drive it. */
const XML_AS_REFERENCE = /[\r\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Anything escapeXml would change, and for a simpler class every code unit from U+D800 up (those take the
 * slow path): one native scan that most sentences pass, cheaper than the hand-written loop below. */
const XML_UNSAFE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\r\u007f-\u009f\u2028-\u202e\u2066-\u2069\uD800-\uFFFF]/;

/** Text for XML element content or a quoted attribute; CR as a reference so parsers do not fold it into LF. */
export function escapeXml(text: string): string {
  if (!XML_UNSAFE.test(text)) return text;
  return escapeXmlEntitiesOnly(text) ?? escapeXmlFully(text);
}

function escapeXmlFully(text: string): string {
  return stripXmlIllegal(text)
    .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch])
    .replace(XML_AS_REFERENCE, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * escapeXml for text whose only special characters are the five entity characters, in one pass; undefined
 * at the first character needing more (illegal, a reference, a surrogate). Hand-written because every
 * sentence of alignments.tmx (150 MB on a 10,000-pair run) goes through it.
 */
function escapeXmlEntitiesOnly(text: string): string | undefined {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ENTITY_CODES_BELOW) {
      const entity = XML_BY_CODE[code];
      if (entity !== undefined) {
        out += text.slice(last, i) + entity;
        last = i + 1;
      } else if (code < SPACE && code !== TAB && code !== LF) return undefined;
    } else if (code >= DEL && (code <= LAST_C1 || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code >= 0xd800)) {
      // DEL, C1, separators and bidi controls become references; surrogates and U+E000 up are checked by the regexes.
      return undefined;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

const TAB = 0x09;
const LF = 0x0a;
const DEL = 0x7f;
const LAST_C1 = 0x9f;

// CommonMark treats a backslash before any ASCII punctuation as a literal; these are the ones that
// can start emphasis, links, HTML, tables, autolinks or entities inside a line.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#|!~&$]/g;

/** Anything escapeMarkdown would change: a removed or markup character, whitespace other than a lone space.
 * Most text has none, and one native scan is cheaper than the hand-written loop below. */
const MARKDOWN_UNSAFE = new RegExp(`${UNUSUAL.source}|${MARKDOWN_SPECIAL.source}|[^\\S ]| {2}`);

/** One line of Markdown-inert text: newlines folded, controls removed, markup characters escaped. */
export function escapeMarkdown(text: string): string {
  if (!MARKDOWN_UNSAFE.test(text)) return text;
  // Text without any of UNUSUAL (nearly all) takes the one-pass loop.
  if (!UNUSUAL.test(text)) return foldAndEscapeMarkdown(text);
  return text
    .replace(XML_ILLEGAL, '')
    .replace(HTML_INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** MARKDOWN_SPECIAL by character code (all of them are ASCII). */
const MARKDOWN_SPECIAL_CODES: boolean[] = ((one: RegExp) => Array.from({ length: 128 }, (_, code) => one.test(String.fromCharCode(code))))(
  new RegExp(MARKDOWN_SPECIAL.source),
);
const SPACE = 0x20;

/** JavaScript's `\s`, by code. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The last two replaces of escapeMarkdown in one pass: whitespace runs become one space, markup characters
 * get a backslash. Hand-written because every sentence of report.md goes through it. */
function foldAndEscapeMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && MARKDOWN_SPECIAL_CODES[code]) {
      out += text.slice(last, i) + '\\' + text[i];
      last = i + 1;
    } else if (isSpace(code)) {
      let end = i + 1;
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      if (end - i > 1 || code !== SPACE) {
        out += text.slice(last, i) + ' ';
        last = end;
      }
      i = end - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Turns any string into an HTML id / URL fragment / file name part: ASCII letters, digits, `-`, `_`, `.`. */
export function slug(text: string, maxLength = 80): string {
  // NFKD leaves ASCII as it is, and every pair's id goes through here: the normalisation only when needed.
  const s = (NON_ASCII.test(text) ? text.normalize('NFKD') : text)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, maxLength);
  return s || 'x';
}
