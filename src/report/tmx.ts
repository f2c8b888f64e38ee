// TMX 1.4b export of aligned sentences, for translation memories.

import type { Lang, PairResult, RunReport } from '../types.js';
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
  return [...tmxChunks(units.map((u) => tuXml(u, srcLang, tgtLang)), srcLang, opts)].join('');
}

/** A TMX file around translation units already written as XML, one `<tu>` (or several, one per line) per piece. */
function* tmxChunks(tus: Iterable<string>, srcLang: string, opts: TmxOptions): Generator<string> {
  yield tmxHead(srcLang, opts);
  yield* tus;
  yield TMX_TAIL;
}

/** The end of a TMX file, after the last unit. */
export const TMX_TAIL = '</body>\n</tmx>\n';

/** A TMX file up to its first unit. */
function tmxHead(srcLang: string, opts: TmxOptions): string {
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
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE tmx SYSTEM "tmx14.dtd">', '<tmx version="1.4">', header, '<body>', ''].join('\n');
}

/** One unit as a `<tu>` line, newline included. */
function tuXml(u: TmxUnit, srcLang: Lang, tgtLang: Lang): string {
  const prop = u.origin === undefined ? '' : `<prop type="x-origin">${escapeXml(u.origin)}</prop>`;
  return `<tu>${prop}${tuv(escapeXml(u.srcLang ?? srcLang), u.src)}${tuv(escapeXml(u.tgtLang ?? tgtLang), u.tgt)}</tu>\n`;
}

/** `lang` already escaped. */
function tuv(lang: string, text: string): string {
  return `<tuv xml:lang="${lang}"><seg>${escapeXml(text)}</seg></tuv>`;
}

/** TMX's header value for "source language differs per unit". */
const ANY_SOURCE_LANG = '*all*';

/** Every bead with sentences on both sides, of every pair. */
export function reportTmx(report: RunReport): string {
  return [...reportTmxChunks(report)].join('');
}

/** alignments.tmx in pieces, one per pair. */
export function* reportTmxChunks(report: RunReport): Generator<string> {
  yield reportTmxHead(report);
  for (const pair of report.pairs) yield tmxPair(pair);
  yield TMX_TAIL;
}

/** alignments.tmx up to the first pair: its source language is the pairs' one, or any when they differ. */
export function reportTmxHead(report: Pick<RunReport, 'langs' | 'tool'> & { pairs: readonly Pick<PairResult, 'srcLang'>[] }): string {
  const srcLangs = new Set(report.pairs.map((p) => p.srcLang));
  const srcLang = srcLangs.size > 1 ? ANY_SOURCE_LANG : (report.pairs[0]?.srcLang ?? report.langs[0] ?? 'en');
  return tmxHead(srcLang, { creationTool: report.tool.name, creationToolVersion: report.tool.version });
}

/** The end of every unit, after its target sentence. */
const TU_END = '</seg></tuv></tu>\n';

/**
 * A pair's units as one piece of XML. Everything around the two sentences is the same for every unit of
 * the pair (origin, languages): built and escaped once, so each unit is five strings joined, not eleven.
 */
export function tmxPair(pair: PairResult): string {
  const head = `<tu><prop type="x-origin">${escapeXml(`${pair.src} | ${pair.tgt}`)}</prop><tuv xml:lang="${escapeXml(pair.srcLang)}"><seg>`;
  const middle = `</seg></tuv><tuv xml:lang="${escapeXml(pair.tgtLang)}"><seg>`;
  let piece = '';
  for (const b of pair.beads) {
    if (b.src.length === 0 || b.tgt.length === 0) continue;
    piece += head + escapeXml(beadText(pair.srcSentences, b.src)) + middle + escapeXml(beadText(pair.tgtSentences, b.tgt)) + TU_END;
  }
  return piece;
}
