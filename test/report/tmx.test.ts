import { describe, expect, it } from 'vitest';
import { stripXmlIllegal } from '../../src/report/escape.js';
import { renderTmx, reportTmx } from '../../src/report/tmx.js';
import { CDATA_END, CONTROLS, SCRIPT, hostileReport } from '../fixtures/report/hostile-report.js';
import { readTmx } from '../fixtures/report/read-tmx.js';
import { seedReport } from '../fixtures/report/seed-report.js';

/** What a parser hands back for a seg: the illegal characters gone, CR kept. */
const expectedSeg = (text: string) => stripXmlIllegal(text);

describe('renderTmx', () => {
  it('writes a TMX 1.4b document whose every seg reads back as the input', () => {
    const units = [
      { src: 'Profits rose by 15% in 2024.', tgt: 'Die Gewinne stiegen 2024 um 15 %.' },
      { src: `Tags ${SCRIPT} & "quotes" 'too'`, tgt: `Ende ${CDATA_END}` },
      { src: `  spaces\tand\nlines\r\nkept  `, tgt: `controls ${CONTROLS}` },
      { src: '', tgt: '0' },
    ];
    const xml = renderTmx(units, 'en', 'de', { creationTool: 'tandem', creationToolVersion: '0.1.0' });
    const { header, units: read } = readTmx(xml);
    expect(header['@srclang']).toBe('en');
    expect(header['@creationtoolversion']).toBe('0.1.0');
    expect(read).toEqual(units.map((u) => [['en', expectedSeg(u.src)], ['de', expectedSeg(u.tgt)]]));
  });

  it('is a valid document with no units', () => {
    expect(readTmx(renderTmx([], 'en', 'de')).units).toEqual([]);
  });
});

describe('reportTmx', () => {
  it('has one unit per bead with sentences on both sides, of every pair of the seed run', () => {
    const report = seedReport();
    const { header, units } = readTmx(reportTmx(report));
    const expected = report.pairs.flatMap((p) =>
      p.beads
        .filter((b) => b.src.length > 0 && b.tgt.length > 0)
        .map((b) => [
          ['en', b.src.map((i) => p.srcSentences[i].text).join(' ')],
          ['de', b.tgt.map((i) => p.tgtSentences[i].text).join(' ')],
        ]),
    );
    expect(units).toEqual(expected);
    expect(units.length).toBe(4 + 4);
    expect(header['@creationtool']).toBe('tandem');
  });

  it('survives hostile text', () => {
    const report = hostileReport();
    const { units } = readTmx(reportTmx(report));
    expect(units.length).toBe(3);
    expect(units[0][0][1]).toContain(SCRIPT);
  });
});
