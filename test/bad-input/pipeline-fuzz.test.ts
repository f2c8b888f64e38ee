// The whole analysis over small random corpora: random bytes, random Unicode, HTML fragments and
// number soup, some named as EN/DE pairs so that segment, align and check run on them too.
// Heavier than the per-stage fuzz tests: FUZZ_RUNS sets the number of corpora (default 200).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import type { RawFile } from '../../src/types.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Per corpus: enough files for pairing to have choices, few enough to keep a run fast. */
const MAX_FILES = 6;

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const SENTENCES = [
  'Exports rose by 12% to 4.5 billion euros in the third quarter.',
  'Die Exporte stiegen im dritten Quartal um 12 % auf 4,5 Milliarden Euro.',
  'The council met on 3 March 2024 and approved 1,200 new flats.',
  'Der Rat tagte am 3. März 2024 und genehmigte 1.200 neue Wohnungen.',
  'Prices tripled, from $2.3bn to almost 7 billion dollars.',
  'Die Preise haben sich verdreifacht, von 2,3 Mrd. auf fast 7 Milliarden Dollar.',
  'Mr. Smith, 45, said: "It is 10 p.m. and the U.S. team is 2-1 up."',
  'Rund 80 Prozent der Befragten – etwa 1,5 Mio. Menschen – stimmten zu.',
];

const numberText = fc
  .array(
    fc.oneof(
      fc.double({ noNaN: true }).map(String),
      fc.integer().map((n) => n.toLocaleString('de-DE')),
      fc.integer().map((n) => n.toLocaleString('en-US')),
      fc.constantFrom('%', '€', '$', 'Mio.', 'billion', 'Prozent', '.', ',', '-', '–', ' ', '\n', '\n\n', '1.', '3rd'),
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(' '));

const prose = fc
  .array(fc.oneof(fc.constantFrom(...SENTENCES), fc.string({ unit: 'grapheme', maxLength: 40 })), { minLength: 1, maxLength: 12 })
  .chain((parts) => fc.constantFrom(' ', '\n', '\n\n', '\r\n').map((sep) => parts.join(sep)));

const htmlFragment = fc
  .array(
    fc.oneof(
      fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<h1>', '</h1>', '<li>', '<table><tr><td>', '<!--', '-->', '<![CDATA[', '&amp;', '&#x1b;', '<br/>'),
      fc.constantFrom(...SENTENCES),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Prose weighs most: pairs form mostly from text that decodes and detects. */
const content = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }).map(utf8),
  { arbitrary: prose.map(utf8), weight: 6 },
  { arbitrary: htmlFragment.map(utf8), weight: 2 },
  { arbitrary: numberText.map(utf8), weight: 2 },
  // Encodings ingest handles specially: BOMs and UTF-16.
  prose.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t)])),
  prose.map((t) => new Uint8Array([0xff, 0xfe, ...Buffer.from(t, 'utf16le')])),
);

/** Language markers for even (source) and odd (target) files: consecutive files often pair by name. */
const MARKERS = [
  ['.en', '_en', '.en', ''],
  ['.de', '-de', '.de', ''],
];

/** Names: every extension ingest reads; files 2k and 2k+1 share a folder and a stem. */
const corpus = fc
  .array(fc.record({ content, ext: fc.constantFrom('.txt', '.md', '.html'), marker: fc.nat(MARKERS[0].length - 1) }), {
    minLength: 1,
    maxLength: MAX_FILES,
  })
  .map((files): RawFile[] =>
    files.map((f, i) => ({ file: `dir ${i >> 2}/f ${i >> 1}${MARKERS[i % 2][f.marker] || ` #${i}`}${f.ext}`, bytes: f.content })),
  );

describe('analyse() over random corpora', () => {
  it(`never throws; every file is an article or rejected with a one-line reason (${RUNS} corpora)`, async () => {
    await fc.assert(
      fc.asyncProperty(corpus, async (files) => {
        const a = await analyse(files, { langs: ['en', 'de'], threads: 1 });
        const articles = a.articles.map((x) => x.file);
        const rejected = a.rejected.map((x) => x.file);
        expect([...articles, ...rejected].sort()).toEqual(files.map((f) => f.file).sort());
        for (const r of a.rejected) expect(r.reason).toMatch(/^[^\n]+$/);
        for (const x of a.articles) for (const note of x.notes) expect(note).toMatch(/^[^\n]+$/);
        expect(a.detections.map((d) => d.file)).toEqual(articles);
        const paired = new Set<string>();
        for (const p of a.pairs) {
          // A pair whose check threw keeps its `problem`: that is a stage bug the fuzz must see.
          expect(p.problem).toBeUndefined();
          expect(articles).toContain(p.src);
          expect(articles).toContain(p.tgt);
          expect(paired.has(p.src) || paired.has(p.tgt)).toBe(false);
          paired.add(p.src).add(p.tgt);
          const covered = (ids: number[][], n: number) => expect(ids.flat().sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
          covered(p.beads.map((b) => b.src), p.srcSentences.length);
          covered(p.beads.map((b) => b.tgt), p.tgtSentences.length);
        }
        for (const u of a.unpaired) {
          expect(paired.has(u.file)).toBe(false);
          expect(u.reason).toMatch(/^[^\n]+$/);
        }
        expect(new Set([...paired, ...a.unpaired.map((u) => u.file)])).toEqual(new Set(articles));
      }),
      { numRuns: RUNS },
    );
  }, Math.max(60_000, RUNS * 20));
});
