import type { Lang } from '../../types.js';

/** A named rule: its id is the reason recorded for what it drops (`rule:<id>`). */
export interface LineRule {
  id: string;
  /** The whole line, as shown on the site; matched case-insensitively, trailing punctuation ignored. */
  text: string;
}

export interface NoteRule {
  id: string;
  /** Found anywhere in a short paragraph: consent notes, disclaimers, newsletter prompts. */
  pattern: RegExp;
}

/** What ingest knows about one language's web furniture. Data only. */
export interface BoilerplateTable {
  code: Lang;
  /** Lines that are site furniture wherever they appear. */
  lines: readonly LineRule[];
  /** Notes recognised by a phrase inside them. */
  notes: readonly NoteRule[];
  /** Headings after which the rest of the page teases other articles. */
  tailMarkers: readonly LineRule[];
  /** Words that head a breadcrumb trail, glued to its next item or followed by a separator. */
  breadcrumbRoots: readonly string[];
  /** Byline fragments left alone on a line near the top ("Published", "on"). */
  bylineFragments: readonly string[];
}
