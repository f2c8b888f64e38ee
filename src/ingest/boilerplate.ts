// Web furniture around the article, by rules: per-language phrase tables plus the page's shape
// (the head before the first body paragraph holds labels, bylines, breadcrumbs; teasers follow
// a "You May Also Like" heading).
import type { DroppedLine, Paragraph } from '../types.js';
import { isSpace } from '../segment/chars.js';
import { BOILERPLATE } from './lang/index.js';

/** Notes and disclaimers are short; a long paragraph that mentions cookies is article text. */
const MAX_NOTE_CHARS = 400;
/** A body paragraph is prose: at least this long and ending like a sentence. */
const MIN_BODY_CHARS = 80;
/** Titles are one line of moderate length. */
const MAX_TITLE_CHARS = 200;
/** A section label is one or two capitalised words with no punctuation ("European Union"). */
const SECTION_LABEL = /^\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?$/u;
const SENTENCE_END = /[.!?…]["”“’»)]*$/u;

export interface Cleaned {
  kept: Paragraph[];
  dropped: DroppedLine[];
  /** The headline, when the head has one. */
  title?: string;
}

/** Table phrases are short: longer lines are compared as they are, which keeps big files cheap. */
const MAX_KEYED_CHARS = 200;
const KEY_TRAILER = new Set([' ', ':', '.', '!', '?', '…']);
const SPACE = 0x20;

/**
 * Whether `text` has white space only as single spaces between other characters, so that collapsing
 * and trimming it would change nothing. A char-code loop: the regex replace and trim it spares
 * made new strings for nearly every short line of the corpus.
 */
function singleSpaced(text: string): boolean {
  let previous = SPACE;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c) && (c !== SPACE || previous === SPACE)) return false;
    previous = c;
  }
  return previous !== SPACE;
}

/** A line as matched against the tables: lower case, single spaces, no trailing punctuation. */
export function lineKey(text: string): string {
  if (text.length > MAX_KEYED_CHARS) return text;
  const lower = text.toLowerCase();
  const key = singleSpaced(text) ? lower : lower.replace(/\s+/g, ' ').trim();
  let end = key.length;
  while (end > 0 && KEY_TRAILER.has(key[end - 1])) end--;
  return end === key.length ? key : key.slice(0, end);
}

const byKey = (rules: { id: string; text: string }[]) => new Map(rules.map((r) => [lineKey(r.text), r.id]));
const LINES = byKey(BOILERPLATE.flatMap((t) => t.lines));
const TAILS = byKey(BOILERPLATE.flatMap((t) => t.tailMarkers));
const NOTES = BOILERPLATE.flatMap((t) => t.notes);
/**
 * All note patterns of one set of flags as one alternation: a line matches it iff it matches one of
 * them, and one scan of the line costs a third of the separate ones. Most lines match none, so the
 * separate patterns run only to name the rule. (Backreferences would shift when joined: none exist.)
 */
const ANY_NOTE = [...new Set(NOTES.map((n) => n.pattern.flags))].map(
  (flags) => new RegExp(NOTES.filter((n) => n.pattern.flags === flags).map((n) => `(?:${n.pattern.source})`).join('|'), flags),
);
const BYLINE = new Set(BOILERPLATE.flatMap((t) => t.bylineFragments).map(lineKey));
/** Longest key of the phrase tables: a longer line is none of them, so the lookup (which hashes the whole line) is skipped. */
const LONGEST_PHRASE = Math.max(0, ...[...LINES.keys(), ...TAILS.keys(), ...BYLINE].map((k) => k.length));
/** The rule id of the phrase `key` in `table`, looked up only when the key is short enough to be one. */
const phraseRule = (table: ReadonlyMap<string, string>, key: string) => (key.length <= LONGEST_PHRASE ? table.get(key) : undefined);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A breadcrumb root glued to the next item ("HomepagePresident") or followed by a separator. */
const BREADCRUMB = new RegExp(
  `^(?:${BOILERPLATE.flatMap((t) => t.breadcrumbRoots).map(escape).join('|')})(?:\\s*[›>»/|]|(?=\\p{Lu}))`,
  'u',
);

const looksLikeBody = (text: string) => text.length >= MIN_BODY_CHARS && SENTENCE_END.test(text);

/** Reason a line is furniture wherever it stands, or undefined. */
function anywhereRule(p: Paragraph, key: string): string | undefined {
  const id = phraseRule(LINES, key);
  if (id) return `rule:${id}`;
  if (p.text.length <= MAX_NOTE_CHARS && ANY_NOTE.some((re) => re.test(p.text))) {
    const note = NOTES.find((n) => n.pattern.test(p.text));
    if (note) return `rule:${note.id}`;
  }
  return undefined;
}

/** Reason a line before the first body paragraph is furniture, or undefined. */
function headRule(p: Paragraph, key: string, seen: ReadonlySet<string>): string | undefined {
  if (BREADCRUMB.test(p.text)) return 'rule:breadcrumb';
  if (key.length <= LONGEST_PHRASE && BYLINE.has(key)) return 'rule:byline-fragment';
  if (SECTION_LABEL.test(p.text)) return 'rule:section-label';
  if (seen.has(key)) return 'duplicate-line';
  return undefined;
}

/** Splits paragraphs into article text and furniture, with the reason for each dropped line. */
export function removeBoilerplate(paragraphs: readonly Paragraph[]): Cleaned {
  const kept: Paragraph[] = [];
  const dropped: DroppedLine[] = [];
  const seen = new Set<string>();
  let inBody = false;
  let lastKey = '';
  let title: string | undefined;
  const drop = (p: Paragraph, reason: string) => dropped.push({ text: p.text, start: p.start, reason });
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const key = lineKey(p.text);
    const tail = phraseRule(TAILS, key);
    if (tail && inBody) {
      drop(p, `rule:${tail}`);
      for (const rest of paragraphs.slice(k + 1)) drop(rest, `rule:after-${tail}`);
      break;
    }
    const reason =
      (tail && `rule:${tail}`) ||
      anywhereRule(p, key) ||
      (inBody ? (key === lastKey ? 'duplicate-line' : undefined) : headRule(p, key, seen));
    if (reason) {
      drop(p, reason);
      continue;
    }
    kept.push(p);
    lastKey = key;
    if (!inBody) seen.add(key);
    if (!inBody && looksLikeBody(p.text)) inBody = true;
    else if (!inBody && title === undefined && p.text.length <= MAX_TITLE_CHARS) title = p.text;
  }
  return { kept, dropped, title };
}
