// TMX 1.4b export of aligned sentences, for translation memories.

import type { Lang, RunReport } from '../types.js';
import { escapeXml } from './escape.js';
import { beadText } from './flags.js';

export interface TmxUnit {
  src: string;
  tgt: string;
  /** Where the unit came from (e.g. the article pair), written as a `<prop type="x-origin">`. */
  origin?: string;
  /** Languages of this unit when they differ from the file's (a run may pair more than one direction). */
  srcLang?: Lang;
  tgtLang?: Lang;
}

export interface TmxOptions {
  creationTool?: string;
  creationToolVersion?: string;
}

/** TMX requires a tool name and version in the header. */
const DEFAULT_TOOL = 'tandem';
const DEFAULT_TOOL_VERSION = '0';

export function renderTmx(units: TmxUnit[], srcLang: Lang, tgtLang: Lang, opts: TmxOptions = {}): string {
  const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;
  const header =
    '<header' +
    attr('creationtool', opts.creationTool ?? DEFAULT_TOOL) +
    attr('creationtoolversion', opts.creationToolVersion ?? DEFAULT_TOOL_VERSION) +
    attr('segtype', 'sentence') +
    attr('o-tmf', 'tandem') +
    attr('adminlang', 'en') +
    attr('srclang', srcLang) +
    attr('datatype', 'plaintext') +
    '/>';
  const tuv = (lang: Lang, text: string) => `<tuv xml:lang="${escapeXml(lang)}"><seg>${escapeXml(text)}</seg></tuv>`;
  const tus = units.map(
    (u) =>
      '<tu>' +
      (u.origin === undefined ? '' : `<prop type="x-origin">${escapeXml(u.origin)}</prop>`) +
      tuv(u.srcLang ?? srcLang, u.src) +
      tuv(u.tgtLang ?? tgtLang, u.tgt) +
      '</tu>',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    header,
    '<body>',
    ...tus,
    '</body>',
    '</tmx>',
    '',
  ].join('\n');
}

/** TMX's header value for "source language differs per unit". */
const ANY_SOURCE_LANG = '*all*';

/** Every bead with sentences on both sides, of every pair. */
export function reportTmx(report: RunReport): string {
  const srcLangs = new Set(report.pairs.map((p) => p.srcLang));
  const srcLang = srcLangs.size > 1 ? ANY_SOURCE_LANG : (report.pairs[0]?.srcLang ?? report.langs[0] ?? 'en');
  const tgtLang = report.pairs[0]?.tgtLang ?? report.langs[1] ?? 'de';
  const units = report.pairs.flatMap((pair) =>
    pair.beads
      .filter((b) => b.src.length > 0 && b.tgt.length > 0)
      .map((b) => ({
        src: beadText(pair.srcSentences, b.src),
        tgt: beadText(pair.tgtSentences, b.tgt),
        origin: `${pair.src} | ${pair.tgt}`,
        srcLang: pair.srcLang,
        tgtLang: pair.tgtLang,
      })),
  );
  return renderTmx(units, srcLang, tgtLang, { creationTool: report.tool.name, creationToolVersion: report.tool.version });
}
