// The guards added for issue 10, one by one: sentence cuts, HTML depth, duplicate and encoding notes,
// name pairs that detection contradicts, and a pair whose check throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticle, isRejected, noteDuplicates } from '../../src/ingest/index.js';
import { markupDepth } from '../../src/ingest/html-depth.js';
import { MAX_HTML_DEPTH } from '../../src/ingest/html.js';
import { checkPair, pairStage } from '../../src/pipeline.js';
import { MAX_SENTENCE_CHARS, overlongSentences, segmentArticle } from '../../src/segment/index.js';
import type { Article, Detection, Pair } from '../../src/types.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function article(file: string, text: string): Article {
  const a = decodeArticle({ file, bytes: utf8(text) });
  if (isRejected(a)) throw new Error(a.reason);
  return a;
}

describe('overlong sentences are cut into bounded pieces', () => {
  it('a 1 MB run without punctuation: pieces of at most MAX_SENTENCE_CHARS, words whole, nothing lost', () => {
    const a = article('line.txt', 'word '.repeat(200_000));
    const sentences = segmentArticle(a, 'en');
    expect(sentences.length).toBeGreaterThan(400);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text).toMatch(/^word( word)*$/);
      expect(a.text.slice(s.span.start, s.span.end)).toBe(s.text);
    }
    expect(sentences.map((s) => s.text).join(' ')).toBe(a.text.trim());
    expect(overlongSentences(a, 'en')).toEqual({ count: 1, longest: a.text.trim().length });
  });

  it('no white space at all: hard cuts that never split a surrogate pair', () => {
    const a = article('emoji.txt', '😀'.repeat(3_000));
    const sentences = segmentArticle(a, 'en');
    for (const s of sentences) expect(s.text).toMatch(/^(😀)+$/u);
    expect(sentences.map((s) => s.text).join('')).toBe(a.text);
  });

  it('ordinary sentences are untouched and an ordinary article costs no note', () => {
    const a = article('ok.txt', 'The council met on Monday. It approved 1,200 flats.');
    expect(segmentArticle(a, 'en').map((s) => s.text)).toEqual(['The council met on Monday.', 'It approved 1,200 flats.']);
    expect(overlongSentences(a, 'en')).toEqual({ count: 0, longest: 0 });
  });

  it('random text: every piece is bounded, in order, and matches the text at its span', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 6_000 }), fc.constantFrom('', ' ', '.', '\n'), (body, sep) => {
        const a = decodeArticle({ file: 'r.txt', bytes: utf8(`${body}${sep}${body}`) });
        if (isRejected(a)) return;
        let end = 0;
        for (const s of segmentArticle(a, 'de')) {
          expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          expect(s.span.start).toBeGreaterThanOrEqual(end);
          expect(a.text.slice(s.span.start, s.span.end)).toBe(s.text);
          end = s.span.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('HTML nesting depth', () => {
  const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>The budget grew by 2.3 billion euros in 2023.</p>${'</div>'.repeat(n)}</body></html>`;

  it('markupDepth counts elements that need closing, skips void elements, comments and script text', () => {
    expect(markupDepth('<div><p>a<p>b<br><img src=x></div>')).toBe(1);
    expect(markupDepth('<div><span><b>x</b></span></div><div></div>')).toBe(3);
    expect(markupDepth('<script>if (a<b && c<d) {}</script><!-- <div><div> --><div/>')).toBe(0);
    expect(markupDepth(`<div>${'<a'.repeat(10_000)}`)).toBe(1);
  });

  it('a page nested deeper than MAX_HTML_DEPTH is rejected with the depth, at once', () => {
    // Parsing it would take a minute (linkedom: 28 s at this depth, then Readability); the test timeout catches a regression.
    const r = decodeArticle({ file: 'deep.html', bytes: utf8(nested(100_000)) });
    expect(isRejected(r) && r.reason).toBe(`could not parse HTML: nested 100002 levels deep (limit ${MAX_HTML_DEPTH})`);
  });

  it('a page nested a few hundred levels is read without Readability, and says so', () => {
    const a = article('deep.html', nested(500));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['The budget grew by 2.3 billion euros in 2023.']);
    expect(a.notes).toEqual(['HTML nested 502 levels deep: read without Readability']);
  });
});

describe('notes on input that was used anyway', () => {
  it('UTF-8 byte order mark, CRLF and CR line ends', () => {
    const body = 'The council met on Monday.\n\nIt approved 1,200 flats.';
    const bom = decodeArticle({ file: 'a.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)]) }) as Article;
    expect(bom.notes).toEqual(['UTF-8 byte order mark removed']);
    expect((decodeArticle({ file: 'a.txt', bytes: utf8(body.replace(/\n/g, '\r\n')) }) as Article).notes).toEqual(['CRLF line ends converted to LF']);
    expect((decodeArticle({ file: 'a.txt', bytes: utf8(body.replace(/\n/g, '\r')) }) as Article).notes).toEqual(['CR line ends converted to LF']);
    expect((decodeArticle({ file: 'a.txt', bytes: utf8('A line.\r\nB line.\rC line.') }) as Article).notes).toEqual([
      'CRLF and CR line ends converted to LF',
    ]);
  });

  it('identical files: every later copy names the first', () => {
    const text = 'The council met on Monday and approved 1,200 flats.';
    const out = noteDuplicates([article('a.txt', text), article('b.txt', 'Other text here.'), article('c.txt', text), article('d.txt', text)]);
    expect(out.map((a) => a.notes)).toEqual([[], [], ['same text as a.txt'], ['same text as a.txt']]);
  });
});

describe('pipeline guards', () => {
  const en = 'Exports rose by 12% in the third quarter, the port authority in Hamburg said on Tuesday.';
  const de = 'Die Exporte stiegen im dritten Quartal um 12 %, teilte die Hamburger Hafenbehörde am Dienstag mit.';
  const detection = (file: string, lang: string): Detection => ({ file, lang, confidence: 0.9, mixed: false });

  it('a pair by name whose target is detected in the source language is not made; the reason says why', () => {
    const articles = [article('x.en.txt', en), article('x.de.txt', en)];
    const pairing = pairStage(articles, [detection('x.en.txt', 'en'), detection('x.de.txt', 'en')], ['en', 'de']);
    expect(pairing.pairs).toEqual([]);
    expect(pairing.unpaired.find((u) => u.file === 'x.de.txt')?.reason).toBe(
      'named de but detected as en: not paired as de (untranslated copy?)',
    );
  });

  it('a pair by name is kept when detection agrees or cannot tell', () => {
    const articles = [article('x.en.txt', en), article('x.de.txt', de)];
    for (const lang of ['de', 'und']) {
      const pairing = pairStage(articles, [detection('x.en.txt', 'en'), detection('x.de.txt', lang)], ['en', 'de']);
      expect(pairing.pairs.map((p) => [p.src, p.tgt, p.origin])).toEqual([['x.en.txt', 'x.de.txt', 'name']]);
    }
  });

  it('an article in no configured language: the reason says so in words', () => {
    const pairing = pairStage([article('fr.txt', 'Le conseil a voté.')], [detection('fr.txt', 'und')], ['en', 'de']);
    expect(pairing.unpaired).toEqual([{ file: 'fr.txt', lang: 'und', reason: 'language not en or de, or too little text to tell' }]);
  });

  it('a pair that makes a stage throw comes back with a one-line problem instead of failing the run', () => {
    const pair: Pair = {
      src: 'a.txt', tgt: 'b.txt', srcLang: 'en', tgtLang: 'de', score: 1, origin: 'user',
      evidence: { sharedNumbers: [], sharedNames: [], lengthRatio: 1 },
    };
    const broken = { ...article('b.txt', de), paragraphs: [{ text: 'x', start: 0 }, null] } as unknown as Article;
    const result = checkPair(pair, article('a.txt', en), broken);
    expect(result.problem).toMatch(/^could not be checked: [^\n]+$/);
    expect(result.beads).toEqual([]);
    expect(result.flags).toEqual([]);
  });
});
