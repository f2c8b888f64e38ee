// The escapers' one-pass fast paths against the plain regex chains they replace: equal on any input.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeXml } from '../../src/report/escape.js';
import { randomText } from '../fixtures/report/random-report.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

// The escapers as they were before their fast paths, kept here as the reference.
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const HTML_INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const XML_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, "'": '&apos;' };
const XML_AS_REFERENCE = /[\r\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#|!~&$]/g;

const referenceHtml = (t: string) =>
  t.replace(XML_ILLEGAL, '\uFFFD').replace(HTML_INVISIBLE, '\uFFFD').replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
const referenceXml = (t: string) =>
  t
    .replace(XML_ILLEGAL, '')
    .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch])
    .replace(XML_AS_REFERENCE, (ch) => `&#${ch.charCodeAt(0)};`);
const referenceMarkdown = (t: string) =>
  t.replace(XML_ILLEGAL, '').replace(HTML_INVISIBLE, '').replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);

/** Every kind of character the escapers treat differently, around the boundaries of their ranges. */
const edges = fc.constantFrom(
  ...'&<>"\'\\`*_{}[]()#|!~$ \t\n\r\v\f'.split(''),
  '\u0000', '\u0008', '\u000b', '\u001f', '\u007e', '\u007f', '\u009f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b',
  '\u2027', '\u2028', '\u2029', '\u202a', '\u202e', '\u202f', '\u205f', '\u2065', '\u2066', '\u2069', '\u206a', '\u3000',
  '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\ud83d\ude00', 'ä', '„', '€', '  ',
);
const mixed = fc.array(fc.oneof(edges, randomText, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('escapers: fast paths equal the regex chains', () => {
  it('on the boundary characters one by one', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const t = `a${String.fromCharCode(code)}b`;
      if (escapeHtml(t) !== referenceHtml(t) || escapeXml(t) !== referenceXml(t) || escapeMarkdown(t) !== referenceMarkdown(t)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it(`on ${FUZZ_RUNS} random texts`, () => {
    fc.assert(
      fc.property(mixed, (t) => escapeHtml(t) === referenceHtml(t) && escapeXml(t) === referenceXml(t) && escapeMarkdown(t) === referenceMarkdown(t)),
      { numRuns: FUZZ_RUNS },
    );
  });
});
