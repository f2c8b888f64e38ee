import { describe, expect, it } from 'vitest';
import { plainSummary } from '../../src/report/summary.js';
import { seedReport } from '../fixtures/report/seed-report.js';

describe('plain summary of a large run', () => {
  it('lists at most 40 pairs and 60 open flags and says how many more there are', () => {
    const seed = seedReport();
    const pairs = Array.from({ length: 50 }, (_, i) => seed.pairs.map((p) => ({ ...p, src: `${i}-${p.src}`, tgt: `${i}-${p.tgt}` }))).flat();
    const open = pairs.reduce((n, p) => n + p.flags.filter((f) => f.state === 'open').length, 0);
    const text = plainSummary({ ...seed, pairs });
    expect(text).toContain(`… and ${pairs.length - 40} more (see report.md)`);
    expect(text).toContain(`… and ${open - 60} more open flags`);
    expect(text.split('\n').length).toBeLessThan(400);
  });
});

describe('a pair that could not be checked', () => {
  it('says so in every report format', async () => {
    const { renderHtml } = await import('../../src/report/html.js');
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const seed = seedReport();
    const report = { ...seed, pairs: [{ ...seed.pairs[0], beads: [], flags: [], problem: 'could not be checked: boom' }] };
    for (const text of [plainSummary(report), renderMarkdown(report), renderHtml(report)]) expect(text).toContain('could not be checked: boom');
  });
});
