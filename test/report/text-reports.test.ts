import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { plainSummary } from '../../src/report/summary.js';
import { hostileReport } from '../fixtures/report/hostile-report.js';
import { SEED_FILES, seedReport } from '../fixtures/report/seed-report.js';

const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('plainSummary', () => {
  const text = plainSummary(seedReport());

  it('names articles, languages, pairs with scores and unpaired with reasons', () => {
    expect(text).toContain('Articles: 5 (en 3, de 2)');
    expect(text).toContain(`  ${SEED_FILES.a.src} (en) <> ${SEED_FILES.a.tgt} (de): score 0.90, 4 flags (4 open)`);
    expect(text).toContain(`  ${SEED_FILES.alone} (en): no German article shares its numbers and names`);
  });

  it('gives each flag with rule, severity, state, expected vs actual and the sentences', () => {
    expect(text).toContain('  error   placeholder [open] Placeholder instead of the number: expected 2026, actual XNUMX');
    expect(text).toMatch(/tgt: .*im Jahr XNUMX teilzunehmen\./);
    expect(text).toContain('  warning number-dropped [open] The year is missing: expected 2024, actual –');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Total: 9 flags: 5 error, 4 warning, 0 info; 9 open, 0 confirmed, 0 dismissed');
  });

  it('shows hostile text with every control character made visible', () => {
    const hostile = plainSummary(hostileReport());
    expect(hostile).not.toMatch(TERMINAL_UNSAFE);
    expect(hostile).toContain('␀');
  });
});

describe('renderMarkdown', () => {
  it('has the summary tables and a section per pair with its flags, omissions and additions', () => {
    const md = renderMarkdown(seedReport());
    expect(md).toContain('| Flags | 9: 9 open, 0 confirmed, 0 dismissed |');
    expect(md).toContain('| placeholder | 1 | 1 |');
    expect(md).toContain('## Pair 1: 001\\_567189f2596d5bef.txt (en) and 004\\_11d9a61c04b7f0af.txt (de)');
    expect(md).toContain('- **error** placeholder (open), sentence pair 3: Placeholder instead of the number: expected 2026, actual XNUMX');
    expect(md).toContain('  - numbers: ~~2026~~');
    expect(md).toContain('### Omissions: en sentences with no translation (2)');
    expect(md).toContain('### Additions: de sentences with no source (1)');
    expect(md).toContain('| 000\\_ba269f1d6c051bdb.txt | en | no German article shares its numbers and names |');
  });

  it('keeps hostile text inert: no raw tags, links, table breaks or control characters', () => {
    const md = renderMarkdown(hostileReport());
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // Every table row has as many cells as its header: escaped text never adds a column.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    let header = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) header = 0;
      else if (header === 0) header = cells(line);
      else expect(cells(line), line).toBe(header);
    }
    expect(md).toContain('\\<script\\>');
  });
});
