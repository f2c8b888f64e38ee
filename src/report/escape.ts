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

/** Anything escapeHtml would change; most text has none of it, and the test is cheaper than three replaces. */
const HTML_UNSAFE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  if (!HTML_UNSAFE.test(text)) return text;
  return text
    .replace(XML_ILLEGAL, '\uFFFD')
    .replace(HTML_INVISIBLE, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/** Removes the characters XML 1.0 cannot carry (they would make the whole file unparseable). */
export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** DEL, C1 controls (U+009B is CSI on some terminals), line/paragraph separators and bidi controls:
 * legal in XML, but written as character references so a file shown on a terminal cannot drive it. */
const XML_AS_REFERENCE = /[\r\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for XML element content or a quoted attribute; CR as a reference so parsers do not fold it into LF. */
export function escapeXml(text: string): string {
  return stripXmlIllegal(text)
    .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch])
    .replace(XML_AS_REFERENCE, (ch) => `&#${ch.charCodeAt(0)};`);
}

// CommonMark treats a backslash before any ASCII punctuation as a literal; these are the ones that
// can start emphasis, links, HTML, tables, autolinks or entities inside a line.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#|!~&$]/g;

/** One line of Markdown-inert text: newlines folded, controls removed, markup characters escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(XML_ILLEGAL, '')
    .replace(HTML_INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** Turns any string into an HTML id / URL fragment / file name part: ASCII letters, digits, `-`, `_`, `.`. */
export function slug(text: string, maxLength = 80): string {
  const s = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, maxLength);
  return s || 'x';
}
