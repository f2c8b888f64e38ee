import { describe, expect, it } from 'vitest';
import { applyVerdicts } from '../../src/review/state.js';
import { printFlagsPlain } from '../../src/ui/index.js';
import { hasRawControls, hostileReport, smallReport } from '../fixtures/ui/reports.js';

describe('printFlagsPlain', () => {
  it('lists every flag by pair with its state mark, rule, change, message and both sentences', () => {
    const report = smallReport();
    const a = report.pairs[0].flags[0];
    const b = report.pairs[1].flags[0];
    const at = '2024-01-01T00:00:00.000Z';
    const text = printFlagsPlain(
      applyVerdicts(report, {
        version: 1,
        verdicts: { [a.fingerprint]: { fingerprint: a.fingerprint, verdict: 'real', at, note: 'desk agrees' }, [b.fingerprint]: { fingerprint: b.fingerprint, verdict: 'false-alarm', at } },
      }),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('tandem review: 3 pairs, 8 flags: 6 open, 1 confirmed, 1 dismissed');
    expect(text).toContain('Climate plans (climate.en.txt) ↔ Klimapläne (climate.de.txt)  (score 0.93, 4 flags)');
    expect(text).toContain(`  ✓ confirmed error   percent-moved  15% → 15  15% lost its percent sign  [${a.fingerprint}]`);
    expect(text).toContain('      EN: Kazakhstan plans to reduce greenhouse gas emissions by 15% by 2030.');
    expect(text).toContain('      DE: Kasachstan plant, die Treibhausgasemissionen bis 15 um 2030 % zu reduzieren.');
    expect(text).toContain('      note: desk agrees');
    expect(text).toMatch(/✗ dismissed error {3}multiplier/);
    expect(text).toContain('      DE: ∅ (no sentence)');
    // The pair without flags is counted but not listed.
    expect(text).not.toContain('quiet.en.txt');
  });

  it('shows control characters and escape sequences as placeholders', () => {
    const text = printFlagsPlain(hostileReport());
    expect(hasRawControls(text)).toBe(false);
    expect(text).toContain('␛[2J');
    expect(text).toContain('␛]52;c;');
    expect(text).toContain('␇');
  });
});
