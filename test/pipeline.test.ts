import { describe, expect, it } from 'vitest';
import { analyse, buildReport } from '../src/pipeline.js';
import type { RawFile } from '../src/types.js';

const enc = (file: string, text: string): RawFile => ({ file, bytes: new TextEncoder().encode(text) });

// A small newsroom: one article with its (wrongly translated) German version, one article on its own.
const FILES: RawFile[] = [
  enc(
    'harbour-en.txt',
    'Hamburg harbour expands\n\nThe port of Hamburg handled 8.7 million containers in 2023, the operator said on Tuesday. ' +
      'It plans to invest 1.2 billion euros by 2030. Mayor Peter Tschentscher welcomed the plan.\n',
  ),
  enc(
    'hafen-de.txt',
    'Hamburger Hafen wächst\n\nDer Hamburger Hafen hat im Jahr 2023 8,7 Millionen Container umgeschlagen, teilte der Betreiber am Dienstag mit. ' +
      'Er will bis 2030 rund 1,2 Millionen Euro investieren. Bürgermeister Peter Tschentscher begrüßte den Plan.\n',
  ),
  enc(
    'weather-en.txt',
    'Storm warning for the coast\n\nForecasters expect winds of up to 120 kilometres per hour along the Baltic coast on Friday. ' +
      'Ferries to the islands were cancelled and schools will close early.\n',
  ),
];

describe('pipeline', () => {
  it('runs every stage: decode, detect, pair, segment, align, check', async () => {
    const a = await analyse(FILES, { langs: ['en', 'de'] });
    expect(a.articles).toHaveLength(3);
    expect(a.detections.map((d) => d.lang)).toEqual(['en', 'de', 'en']);
    expect(a.pairs.map((p) => [p.src, p.tgt])).toEqual([['harbour-en.txt', 'hafen-de.txt']]);
    expect(a.unpaired.map((u) => u.file)).toEqual(['weather-en.txt']);
    const [pair] = a.pairs;
    expect(pair.srcSentences.length).toBeGreaterThanOrEqual(3);
    expect(pair.tgtSentences.length).toBeGreaterThanOrEqual(3);
    expect(pair.beads.filter((b) => b.src.length === 1 && b.tgt.length === 1).length).toBeGreaterThanOrEqual(3);
    // billion became Millionen: one magnitude error on the investment sentence, nothing else.
    const serious = pair.flags.filter((f) => f.severity === 'error');
    expect(serious).toHaveLength(1);
    expect(serious[0].srcText).toContain('1.2 billion');
    expect(serious[0].fingerprint).toMatch(/^[0-9a-f]{8,}$/);
  });

  it('builds a report whose summary counts the flags', async () => {
    const a = await analyse(FILES, { langs: ['en', 'de'] });
    const r = buildReport(a, { runId: 'r1', createdAt: '2026-01-01T00:00:00.000Z', corpus: 'c', reviewFile: 'c.review.json', version: '0', langs: ['en', 'de'] });
    const flags = r.pairs.flatMap((p) => p.flags);
    expect(r.summary.flags).toBe(flags.length);
    expect(r.summary.open).toBe(flags.length);
    expect(r.summary.bySeverity.error).toBe(flags.filter((f) => f.severity === 'error').length);
    // The headline is a sentence of its own.
    expect(r.articles.find((x) => x.file === 'weather-en.txt')!.sentences).toBe(3);
  });

  it('reports files it cannot use and goes on with the rest', async () => {
    const a = await analyse([...FILES, enc('empty.txt', '   \n')], { langs: ['en', 'de'] });
    expect(a.rejected.map((r) => r.file)).toEqual(['empty.txt']);
    expect(a.pairs).toHaveLength(1);
  });
});
