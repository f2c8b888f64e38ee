import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { loadReview } from '../../src/review/store.js';
import { KEYMAP } from '../../src/ui/keymap.js';
import type { Verdict } from '../../src/types.js';
import { drive, KEYS, type Driven } from '../fixtures/ui/drive.js';
import { hasRawControls, hostileReport, HOSTILE, longReport, smallReport } from '../fixtures/ui/reports.js';

let current: Driven | undefined;
async function open(...args: Parameters<typeof drive>): Promise<Driven> {
  current = await drive(...args);
  return current;
}
afterEach(() => {
  current?.unmount();
  current = undefined;
});

function lines(frame: string): string[] {
  return frame.split('\n');
}
function verdictsOf(ui: Driven): Record<string, Verdict> {
  return loadReview(ui.reviewPath).verdicts;
}

describe('pairs screen', () => {
  it('lists pairs with counts, a counter, the status line and the key bar from the keymap', async () => {
    const ui = await open(smallReport());
    const frame = ui.frame();
    expect(frame).toContain('tandem review › pairs [1/3]');
    expect(frame).toContain('Climate plans (climate.en.txt) ↔ Klimapläne (climate.de.txt)');
    expect(frame).toContain('trade.en.txt ↔ trade.de.txt');
    expect(frame).toMatch(/› !\s+4\s+3\s+1\s+0\s+0\.93/);
    expect(frame).toContain('! 8 open · ✓ 0 confirmed · ✗ 0 dismissed');
    expect(frame).toContain('j/↓ move · enter open · q quit · ? help · / filter · n next match');
  });

  it('moves with j/k, arrows, g/G and Home/End', async () => {
    const ui = await open(smallReport());
    await ui.press('j');
    expect(ui.frame()).toContain('pairs [2/3]');
    await ui.press(KEYS.down);
    expect(ui.frame()).toContain('pairs [3/3]');
    await ui.press(KEYS.down);
    expect(ui.frame()).toContain('pairs [3/3]');
    await ui.press('k');
    expect(ui.frame()).toContain('pairs [2/3]');
    await ui.press(KEYS.up);
    expect(ui.frame()).toContain('pairs [1/3]');
    await ui.press('G');
    expect(ui.frame()).toContain('pairs [3/3]');
    await ui.press('g');
    expect(ui.frame()).toContain('pairs [1/3]');
    await ui.press(KEYS.end);
    expect(ui.frame()).toContain('pairs [3/3]');
    await ui.press(KEYS.home);
    expect(ui.frame()).toContain('pairs [1/3]');
  });

  it('q on the top screen quits; q and esc elsewhere go back', async () => {
    const ui = await open(smallReport());
    await ui.press(KEYS.enter);
    expect(ui.frame()).toContain('flags [1/4]');
    await ui.press('q');
    expect(ui.frame()).toContain('pairs [1/3]');
    expect(ui.quits()).toBe(0);
    await ui.press(KEYS.enter, KEYS.enter);
    expect(ui.frame()).toContain('flag [1/4]');
    await ui.press(KEYS.escape);
    expect(ui.frame()).toContain('flags [1/4]');
    await ui.press(KEYS.escape);
    expect(ui.frame()).toContain('pairs [1/3]');
    await ui.press('q');
    expect(ui.quits()).toBe(1);
  });

  it('reads keys that arrive together (fast typing, paste, tmux send-keys) one by one', async () => {
    const ui = await open(smallReport());
    await ui.press('jj');
    expect(ui.frame()).toContain('pairs [3/3]');
    await ui.press('gk/warning\r');
    expect(ui.frame()).toContain('3 matching flags');
    await ui.press('\r\rqqq');
    expect(ui.quits()).toBe(1);
  });

  it('ctrl+c quits from any screen', async () => {
    const ui = await open(smallReport());
    await ui.press(KEYS.enter, KEYS.enter, KEYS.ctrlC);
    expect(ui.quits()).toBe(1);
  });
});

describe('flags and detail screens', () => {
  it('shows the flags of a pair with marks, severity, rule and expected → actual', async () => {
    const ui = await open(smallReport());
    await ui.press(KEYS.enter);
    const frame = ui.frame();
    expect(frame).toContain('tandem review › flags [1/4] › Climate plans (climate.en.txt) ↔ Klimapläne (climate.de.txt)');
    expect(frame).toMatch(/› ! error\s+percent-moved\s+15% → 15\s+15% lost its percent sign/);
    expect(frame).toMatch(/! warning\s+omission\s+90% → ∅/);
    await ui.press('G');
    expect(ui.frame()).toContain('flags [4/4]');
  });

  it('shows a flag with both sentences side by side, expected vs actual, the number diff and neighbours', async () => {
    const ui = await open(smallReport(), { columns: 200, rows: 30 });
    await ui.press(KEYS.enter, 'j', KEYS.enter);
    const frame = ui.frame();
    expect(frame).toContain('flag [2/4]');
    expect(frame).toContain('! open  error · number-glued · year glued into CO2');
    expect(frame).toContain('expected 2060   actual CO2026');
    expect(frame).toMatch(/numbers 2060/);
    expect(frame).toMatch(/EN\s+│ DE/);
    expect(frame).toMatch(/› It aims to achieve carbon neutrality by 2060\.\s+│ Es will bis 2060 CO2026-Neutralität erreichen\./);
    // The neighbouring beads on either side, for context.
    expect(frame).toContain('Kazakhstan plans to reduce greenhouse gas emissions by 15% by 2030.');
    expect(frame).toContain('The summit will be held in Kazakhstan in 2026.');
  });

  it('shows an omission as a sentence facing nothing', async () => {
    const ui = await open(smallReport(), { columns: 120, rows: 30 });
    await ui.press(KEYS.enter, 'G', KEYS.enter);
    expect(ui.frame()).toMatch(/› More than 90% of government services are online\.\s+│ ∅ no DE sentence faces this/);
  });

  it('j/k step through the flags on the detail screen', async () => {
    const ui = await open(smallReport());
    await ui.press(KEYS.enter, KEYS.enter, 'j', 'j');
    expect(ui.frame()).toContain('flag [3/4]');
    await ui.press('k');
    expect(ui.frame()).toContain('flag [2/4]');
  });
});

describe('verdicts', () => {
  it('y, n and s save on every key and open the next flag; marks and counts follow', async () => {
    const report = smallReport();
    const [a, b, c] = report.pairs[0].flags;
    const ui = await open(report);
    await ui.press(KEYS.enter, KEYS.enter, 'y');
    expect(verdictsOf(ui)[a.fingerprint]).toEqual({ fingerprint: a.fingerprint, verdict: 'real', at: '2024-05-01T12:00:00.000Z' });
    expect(ui.frame()).toContain('flag [2/4]');
    expect(ui.frame()).toContain('✓ real error saved');
    await ui.press('n');
    expect(verdictsOf(ui)[b.fingerprint].verdict).toBe('false-alarm');
    await ui.press('s');
    expect(verdictsOf(ui)[c.fingerprint].verdict).toBe('skip');
    expect(ui.frame()).toContain('! 6 open · ✓ 1 confirmed · ✗ 1 dismissed');
    await ui.press(KEYS.escape);
    const frame = ui.frame();
    expect(frame).toMatch(/✓ error\s+percent-moved/);
    expect(frame).toMatch(/✗ error\s+number-glued/);
    expect(frame).toMatch(/~ error\s+placeholder/);
    await ui.press(KEYS.escape);
    expect(ui.frame()).toMatch(/›\s+!\s+2\s+3\s+1\s+0\s+0\.93/);
  });

  it('says so at the last flag of a pair instead of moving on', async () => {
    const ui = await open(smallReport());
    await ui.press(KEYS.enter, 'G', KEYS.enter, 'y');
    expect(ui.frame()).toContain('flag [4/4]');
    expect(ui.frame()).toContain('(last flag of this pair)');
  });

  it('u undoes the last decisions in turn, back to what was there before', async () => {
    const report = smallReport();
    const [a, b] = report.pairs[0].flags;
    const earlier: Verdict = { fingerprint: a.fingerprint, verdict: 'skip', note: 'from yesterday', at: '2024-04-30T00:00:00.000Z' };
    const ui = await open(report, { verdicts: { [a.fingerprint]: earlier } });
    await ui.press(KEYS.enter, KEYS.enter, 'y', 'n');
    expect(verdictsOf(ui)[a.fingerprint]).toMatchObject({ verdict: 'real', note: 'from yesterday' });
    await ui.press('u');
    expect(verdictsOf(ui)[b.fingerprint]).toBeUndefined();
    expect(ui.frame()).toContain('flag [2/4]');
    expect(ui.frame()).toContain('undone: back to open');
    await ui.press('u');
    expect(verdictsOf(ui)[a.fingerprint]).toEqual(earlier);
    expect(ui.frame()).toContain('flag [1/4]');
    await ui.press('u');
    expect(ui.frame()).toContain('nothing to undo');
  });

  it('e writes a note (backspace edits, enter saves, esc cancels) without deciding the flag', async () => {
    const report = smallReport();
    const a = report.pairs[0].flags[0];
    const ui = await open(report);
    await ui.press(KEYS.enter, KEYS.enter, 'e');
    expect(ui.frame()).toContain('note: ');
    expect(ui.frame()).toContain('enter apply · esc cancel');
    await ui.type('ask Annx');
    await ui.press(KEYS.backspace);
    await ui.type('a');
    expect(ui.frame()).toContain('note: ask Anna');
    await ui.press(KEYS.enter);
    expect(verdictsOf(ui)[a.fingerprint]).toMatchObject({ verdict: 'skip', note: 'ask Anna' });
    expect(ui.frame()).toContain('note: ask Anna');
    expect(ui.frame()).toContain('note saved');
    // Keys typed into the prompt are text, not commands: this `y` confirms nothing.
    await ui.press('e');
    await ui.type(' y');
    await ui.press(KEYS.escape);
    expect(verdictsOf(ui)[a.fingerprint]).toMatchObject({ verdict: 'skip', note: 'ask Anna' });
    await ui.press('y');
    expect(verdictsOf(ui)[a.fingerprint]).toMatchObject({ verdict: 'real', note: 'ask Anna' });
  });

  it('shows why when a decision cannot be saved, and keeps the flag as it was', async () => {
    const ui = await open(smallReport(), {
      save: () => {
        throw new Error('disk full');
      },
    });
    await ui.press(KEYS.enter, KEYS.enter, 'y');
    expect(ui.frame()).toContain('! not saved: disk full');
    expect(ui.frame()).toContain('flag [1/4]');
    expect(ui.frame()).toContain('! 8 open');
  });

  it('starts from the decisions already made', async () => {
    const report = smallReport();
    const [a, b] = report.pairs[1].flags;
    const at = '2024-01-01T00:00:00.000Z';
    const ui = await open(report, {
      verdicts: { [a.fingerprint]: { fingerprint: a.fingerprint, verdict: 'real', at }, [b.fingerprint]: { fingerprint: b.fingerprint, verdict: 'false-alarm', at } },
    });
    expect(ui.frame()).toContain('! 6 open · ✓ 1 confirmed · ✗ 1 dismissed');
    expect(existsSync(ui.reviewPath)).toBe(false);
  });
});

describe('filter and matches', () => {
  it('/ filters pairs and flags by rule, severity or text; an empty filter clears it', async () => {
    const ui = await open(smallReport());
    await ui.press('/');
    await ui.type('warning');
    expect(ui.frame()).toContain('/warning');
    await ui.press(KEYS.enter);
    expect(ui.frame()).toContain('pairs [1/2]');
    expect(ui.frame()).toContain('3 matching flags');
    expect(ui.frame()).not.toContain('quiet.en.txt');
    await ui.press(KEYS.enter);
    expect(ui.frame()).toContain('flags [1/1]');
    expect(ui.frame()).toMatch(/warning\s+omission/);
    expect(ui.frame()).not.toContain('percent-moved');
    // The prompt starts with the current filter; ctrl+u clears it.
    await ui.press(KEYS.escape, '/');
    expect(ui.frame()).toContain('/warning');
    await ui.press('\u0015');
    await ui.type('XNUMX');
    await ui.press(KEYS.enter);
    expect(ui.frame()).toContain('pairs [1/1]');
    await ui.press('/');
    for (let i = 0; i < 'XNUMX'.length; i += 1) await ui.press(KEYS.backspace);
    await ui.press(KEYS.enter);
    expect(ui.frame()).toContain('pairs [1/3]');
    expect(ui.frame()).toContain('filter cleared');
  });

  it('esc on the pairs screen clears the filter; a filter matching nothing says so', async () => {
    const ui = await open(smallReport());
    await ui.press('/');
    await ui.type('no such thing');
    await ui.press(KEYS.enter);
    expect(ui.frame()).toContain('pairs [0/0]');
    expect(ui.frame()).toContain('no flag matches "no such thing"');
    await ui.press(KEYS.enter, 'n');
    expect(ui.frame()).toContain('no matches');
    await ui.press(KEYS.escape);
    expect(ui.frame()).toContain('pairs [1/3]');
  });

  it('n/N jump to the next/previous match in the lists, across pairs, wrapping around', async () => {
    const ui = await open(smallReport());
    await ui.press('/');
    await ui.type('error');
    await ui.press(KEYS.enter, KEYS.enter);
    expect(ui.frame()).toContain('flags [1/3]');
    await ui.press('n', 'n');
    expect(ui.frame()).toContain('flags [3/3]');
    await ui.press('n');
    expect(ui.frame()).toContain('flags [1/1] › trade.en.txt ↔ trade.de.txt');
    expect(ui.frame()).toMatch(/› ! error\s+multiplier/);
    await ui.press('n');
    expect(ui.frame()).toContain('Climate plans');
    expect(ui.frame()).toContain('wrapped to the first match');
    await ui.press('N');
    expect(ui.frame()).toContain('flags [1/1] › trade.en.txt ↔ trade.de.txt');
    await ui.press(KEYS.escape, 'N');
    expect(ui.frame()).toContain('pairs [1/2]');
  });
});

describe('help', () => {
  it('? shows every binding of the keymap and closes with ? or esc', async () => {
    const ui = await open(smallReport(), { columns: 160, rows: 40 });
    await ui.press(KEYS.enter, '?');
    const frame = ui.frame();
    expect(frame).toContain('tandem review › help');
    for (const binding of KEYMAP) expect(frame).toContain(binding.help);
    expect(frame).toContain('n means "next match" in the lists (pairs, flags) and "false alarm" on the flag detail screen.');
    await ui.press('?');
    expect(ui.frame()).toContain('flags [1/4]');
    await ui.press('?', KEYS.escape);
    expect(ui.frame()).toContain('flags [1/4]');
  });

  it('scrolls when the terminal is short', async () => {
    const ui = await open(smallReport(), { rows: 14 });
    await ui.press('?');
    expect(ui.frame()).toContain('next row');
    await ui.press('G');
    expect(ui.frame()).not.toContain('next row');
    expect(ui.frame()).toContain('Marks: ! open');
    await ui.press('k', 'g');
    expect(ui.frame()).toContain('next row');
  });
});

describe('long lists and terminal size', () => {
  it('renders only the visible rows of 10,000 flags, and pages through them', async () => {
    const ui = await open(longReport(), { rows: 24 });
    await ui.press(KEYS.enter);
    let frame = ui.frame();
    expect(frame).toContain('flags [1/10000]');
    expect(lines(frame).length).toBeLessThanOrEqual(23);
    expect(frame).toContain('flag number 0');
    expect(frame).not.toContain('flag number 40');
    await ui.press(KEYS.pageDown);
    frame = ui.frame();
    // 23-line frame: header, column titles, 19 rows, status, bar.
    expect(frame).toContain('flags [20/10000]');
    expect(frame).toContain('flag number 19');
    await ui.press(KEYS.pageDown, KEYS.pageUp);
    expect(ui.frame()).toContain('flags [20/10000]');
    await ui.press('G');
    frame = ui.frame();
    expect(frame).toContain('flags [10000/10000]');
    expect(frame).toContain('flag number 9999');
    expect(frame).not.toContain('flag number 0 ');
    expect(lines(frame).length).toBeLessThanOrEqual(23);
  });

  it('never draws a frame taller than the terminal minus one line, on any screen and size', async () => {
    const ui = await open(longReport(50));
    const screens: string[][] = [[], [KEYS.enter], [KEYS.enter, KEYS.enter], ['?']];
    for (const keys of screens) {
      for (const [columns, rows] of [
        [60, 12],
        [80, 13],
        [100, 24],
        [200, 50],
      ]) {
        await ui.resize(columns, rows);
        await ui.press(...keys);
        const frameLines = lines(ui.frame());
        expect(frameLines.length, `${keys.length} keys at ${columns}x${rows}`).toBeLessThanOrEqual(rows - 1);
        for (const _ of keys) await ui.press(KEYS.escape);
      }
    }
  });

  it('says the terminal is too small below 60x12 and redraws on resize', async () => {
    const ui = await open(smallReport(), { columns: 59, rows: 24 });
    expect(ui.frame()).toContain('terminal too small: need 60x12, have 59x24');
    await ui.resize(100, 11);
    expect(ui.frame()).toContain('terminal too small: need 60x12, have 100x11');
    await ui.resize(100, 24);
    expect(ui.frame()).toContain('pairs [1/3]');
  });
});

describe('terminal safety', () => {
  it('shows control characters and escape sequences in article text as placeholders on every screen', async () => {
    const ui = await open(hostileReport(), { columns: 160, rows: 30 });
    const frames = [ui.frame()];
    await ui.press(KEYS.enter);
    frames.push(ui.frame());
    await ui.press(KEYS.enter);
    frames.push(ui.frame());
    await ui.press('e');
    await ui.type('note');
    await ui.press(KEYS.enter);
    frames.push(ui.frame());
    for (const frame of frames) expect(hasRawControls(frame), frame).toBe(false);
    const all = frames.join('\n');
    expect(all).toContain('␛[2J');
    expect(all).toContain('␛]52;c;');
    expect(all).toContain('␇');
    expect(all).toContain('\u2426' + '31m');
    expect(all).not.toContain(HOSTILE.clear);
  });
});

describe('random keys', () => {
  it('survive any sequence: no crash, the frame fits, every saved verdict is well-formed', async () => {
    const keys = ['j', 'k', 'g', 'G', KEYS.enter, KEYS.escape, 'q', '/', 'e', 'n', 'N', 'y', 's', 'u', '?', 'x', KEYS.pageDown, KEYS.backspace, 'jjk'];
    const sequences = fc.sample(fc.array(fc.constantFrom(...keys), { minLength: 10, maxLength: 25 }), { numRuns: 6, seed: 7 });
    for (const sequence of sequences) {
      const ui = await open(smallReport(), { rows: 16 });
      for (const key of sequence) {
        if (ui.quits() > 0) break;
        await ui.press(key);
        expect(lines(ui.frame()).length).toBeLessThanOrEqual(15);
      }
      for (const verdict of Object.values(verdictsOf(ui))) expect(['real', 'false-alarm', 'skip']).toContain(verdict.verdict);
      ui.unmount();
      current = undefined;
    }
  }, 120_000);
});
