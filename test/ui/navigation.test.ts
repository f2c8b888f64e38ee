import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Command } from '../../src/ui/keymap.js';
import { flagHaystack, visibleRows } from '../../src/ui/flag-filter.js';
import { INITIAL_STATE, navigate, scrollTop, withFilter, type NavContext, type UiState } from '../../src/ui/navigation.js';
import { colourWanted, paintFor } from '../../src/ui/palette.js';
import { longReport, smallReport } from '../fixtures/ui/reports.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

const COMMANDS: Command[] = ['down', 'up', 'top', 'bottom', 'pageDown', 'pageUp', 'open', 'back', 'help', 'nextMatch', 'prevMatch', 'filter', 'cancel'];

describe('scrollTop', () => {
  it('keeps the cursor in the window, moving it as little as possible', () => {
    expect(scrollTop(0, 5, 10, 100)).toBe(0);
    expect(scrollTop(0, 10, 10, 100)).toBe(1);
    expect(scrollTop(50, 10, 10, 100)).toBe(10);
    expect(scrollTop(95, 99, 10, 100)).toBe(90);
    expect(scrollTop(7, 3, 10, 5)).toBe(0);
  });
});

describe('visibleRows', () => {
  it('matches all terms, case-insensitively, against rule, severity and text', () => {
    const report = smallReport();
    const haystacks = report.pairs.map((p) => p.flags.map(flagHaystack));
    expect(visibleRows(report, haystacks, '').pairs).toEqual([0, 1, 2]);
    const rows = visibleRows(report, haystacks, 'ERROR kasachstan');
    expect(rows.pairs).toEqual([0]);
    expect(rows.flags[0]).toEqual([0, 2]);
  });
});

describe('navigate (fuzz)', () => {
  it('keeps every cursor in range over 10,000 random command sequences and filters', () => {
    const report = smallReport();
    const haystacks = report.pairs.map((p) => p.flags.map(flagHaystack));
    const filters = ['', 'error', 'warning', 'xnumx', 'nothing at all', 'e'];
    const rowsByFilter = new Map(filters.map((f) => [f, visibleRows(report, haystacks, f)]));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...COMMANDS), fc.constantFrom(...filters).map((f) => ({ filter: f }))), { maxLength: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (steps, pageSize) => {
          let state: UiState = INITIAL_STATE;
          let ctx: NavContext = { rows: rowsByFilter.get('')!, pageSize, helpLines: 25 };
          for (const step of steps) {
            if (typeof step === 'string') state = navigate(state, step, ctx);
            else {
              const after = rowsByFilter.get(step.filter)!;
              state = withFilter(state, step.filter, ctx.rows, after);
              ctx = { ...ctx, rows: after };
            }
            // Plain checks: expect() per step would dominate the run time.
            const { rows } = ctx;
            if (state.pairRow < 0 || state.pairRow > Math.max(0, rows.pairs.length - 1)) return false;
            if (state.helpTop < 0) return false;
            if (state.screen === 'flags' || state.screen === 'detail') {
              const pair = rows.pairs[state.pairRow];
              if (pair === undefined) return false;
              if (state.flagRow < 0 || state.flagRow > Math.max(0, rows.flags[pair].length - 1)) return false;
              if (state.screen === 'detail' && rows.flags[pair][state.flagRow] === undefined) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('pages through a long list by the page size', () => {
    const report = longReport(1000);
    const haystacks = report.pairs.map((p) => p.flags.map(flagHaystack));
    const ctx: NavContext = { rows: visibleRows(report, haystacks, ''), pageSize: 20, helpLines: 25 };
    let state = navigate(INITIAL_STATE, 'open', ctx);
    state = navigate(navigate(state, 'pageDown', ctx), 'pageDown', ctx);
    expect(state).toMatchObject({ flagRow: 40, flagTop: 21 });
    state = navigate(state, 'bottom', ctx);
    expect(state).toMatchObject({ flagRow: 999, flagTop: 980 });
  });
});

describe('colour', () => {
  it('is off with NO_COLOR or when not requested, and then paints nothing', () => {
    expect(colourWanted(true, {})).toBe(true);
    expect(colourWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '' })).toBe(true);
    expect(colourWanted(false, {})).toBe(false);
    expect(paintFor(false)('error')).toEqual({});
    expect(paintFor(true)('error')).toEqual({ color: 'red' });
  });
});
