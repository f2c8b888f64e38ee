import { describe, expect, it } from 'vitest';
import { reportJson } from '../../src/report/write.js';
import { buildReport } from '../fixtures/report/build-report.js';
import { hostileReport } from '../fixtures/report/hostile-report.js';
import { seedReport } from '../fixtures/report/seed-report.js';

describe('report.json written in pieces', () => {
  it.each([
    ['seed', seedReport()],
    ['hostile', hostileReport()],
    ['empty', buildReport([], [])],
  ])('reads back equal to the %s report', (_, report) => {
    const text = [...reportJson(report)].join('');
    expect(JSON.parse(text)).toEqual(report);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('puts one pair per line', () => {
    const report = seedReport();
    const lines = [...reportJson(report)].join('').split('\n');
    expect(lines.filter((l) => l.startsWith('    {"src"'))).toHaveLength(report.pairs.length);
  });
});
