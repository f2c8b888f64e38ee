// Where the reviewer is: screen, cursors, scroll and filter. Pure transitions; saving verdicts is the app's job.
import type { Command, Screen } from './keymap.js';
import type { VisibleRows } from './flag-filter.js';

export interface Prompt {
  kind: 'filter' | 'note';
  text: string;
}

export interface UiState {
  screen: Screen;
  /** The screen `?` was pressed on, to return to. */
  under: Exclude<Screen, 'help'>;
  /** Cursor into VisibleRows.pairs; on the flags and detail screens, the open pair. */
  pairRow: number;
  pairTop: number;
  /** Cursor into VisibleRows.flags of the open pair. */
  flagRow: number;
  flagTop: number;
  /** First line of the help text shown. */
  helpTop: number;
  filter: string;
  prompt?: Prompt;
  /** One line of feedback for the status line, cleared by the next key. */
  message?: string;
}

export interface NavContext {
  rows: VisibleRows;
  /** Rows a list shows at once: PgUp/PgDn step and the scroll window. */
  pageSize: number;
  /** Lines of the help text, to stop scrolling at its end. */
  helpLines: number;
}

export const INITIAL_STATE: UiState = { screen: 'pairs', under: 'pairs', pairRow: 0, pairTop: 0, flagRow: 0, flagTop: 0, helpTop: 0, filter: '' };

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** First row of the window that keeps `cursor` in view, moving the previous window as little as possible. */
export function scrollTop(top: number, cursor: number, height: number, total: number): number {
  if (total <= height || height <= 0) return 0;
  let next = clamp(top, 0, total - height);
  if (cursor < next) next = cursor;
  if (cursor >= next + height) next = cursor - height + 1;
  return next;
}

/** Report index of the open pair, or undefined when no pair is visible. */
export function openPair(state: UiState, rows: VisibleRows): number | undefined {
  return rows.pairs[state.pairRow];
}

/** Report index of the selected flag of the open pair, or undefined. */
export function selectedFlag(state: UiState, rows: VisibleRows): number | undefined {
  const pair = openPair(state, rows);
  return pair === undefined ? undefined : rows.flags[pair][state.flagRow];
}

function flagCount(state: UiState, rows: VisibleRows): number {
  const pair = openPair(state, rows);
  return pair === undefined ? 0 : rows.flags[pair].length;
}

function movePair(state: UiState, row: number, ctx: NavContext): UiState {
  const total = ctx.rows.pairs.length;
  const pairRow = clamp(row, 0, Math.max(0, total - 1));
  return { ...state, pairRow, pairTop: scrollTop(state.pairTop, pairRow, ctx.pageSize, total) };
}

function moveFlag(state: UiState, row: number, ctx: NavContext): UiState {
  const total = flagCount(state, ctx.rows);
  const flagRow = clamp(row, 0, Math.max(0, total - 1));
  return { ...state, flagRow, flagTop: scrollTop(state.flagTop, flagRow, ctx.pageSize, total) };
}

/** Moves the cursor of whichever list the screen shows (the detail screen steps through the flag list). */
function moveCursor(state: UiState, to: (current: number, total: number) => number, ctx: NavContext): UiState {
  if (state.screen === 'help') {
    const last = Math.max(0, ctx.helpLines - ctx.pageSize);
    return { ...state, helpTop: clamp(to(state.helpTop, last + 1), 0, last) };
  }
  if (state.screen === 'pairs') return movePair(state, to(state.pairRow, ctx.rows.pairs.length), ctx);
  return moveFlag(state, to(state.flagRow, flagCount(state, ctx.rows)), ctx);
}

/** n/N: the next flag that passes the filter in pair-then-flag order, wrapping around the run. */
function stepMatch(state: UiState, direction: 1 | -1, ctx: NavContext): UiState {
  const { rows } = ctx;
  if (rows.pairs.length === 0) return { ...state, message: 'no matches' };
  if (state.screen === 'pairs') {
    const next = state.pairRow + direction;
    const wrapped = next < 0 || next >= rows.pairs.length;
    const moved = movePair(state, (next + rows.pairs.length) % rows.pairs.length, ctx);
    return wrapped ? { ...moved, message: direction > 0 ? 'wrapped to the first match' : 'wrapped to the last match' } : moved;
  }
  let pairRow = state.pairRow;
  let flagRow = state.flagRow + direction;
  let wrapped = false;
  // At most one full turn over the pairs: every visible pair is tried once.
  for (let tries = 0; tries <= rows.pairs.length; tries += 1) {
    const count = rows.flags[rows.pairs[pairRow]].length;
    if (flagRow >= 0 && flagRow < count) break;
    pairRow += direction;
    if (pairRow < 0 || pairRow >= rows.pairs.length) wrapped = true;
    pairRow = (pairRow + rows.pairs.length) % rows.pairs.length;
    flagRow = direction > 0 ? 0 : rows.flags[rows.pairs[pairRow]].length - 1;
  }
  if (flagRow < 0 || flagRow >= rows.flags[rows.pairs[pairRow]].length) return { ...state, message: 'no matches' };
  const samePair = pairRow === state.pairRow;
  const moved = moveFlag(
    { ...movePair(state, pairRow, ctx), flagTop: samePair ? state.flagTop : 0 },
    flagRow,
    ctx,
  );
  return wrapped ? { ...moved, message: direction > 0 ? 'wrapped to the first match' : 'wrapped to the last match' } : moved;
}

/** Re-runs after a filter change: keeps the open pair and flag when they still show, else falls back. */
export function withFilter(state: UiState, filter: string, before: VisibleRows, after: VisibleRows): UiState {
  const pair = before.pairs[state.pairRow];
  const flag = pair === undefined ? undefined : before.flags[pair][state.flagRow];
  const pairRow = pair === undefined ? -1 : after.pairs.indexOf(pair);
  const next: UiState = { ...state, filter, prompt: undefined, pairTop: 0, flagTop: 0 };
  if (pairRow < 0) {
    const onTop = next.screen === 'help' ? { under: 'pairs' as const } : { screen: 'pairs' as const };
    return { ...next, ...onTop, pairRow: 0, flagRow: 0 };
  }
  const flagRow = flag === undefined ? -1 : after.flags[pair!].indexOf(flag);
  if (flagRow < 0 && next.screen === 'detail') return { ...next, screen: 'flags', pairRow, flagRow: 0 };
  return { ...next, pairRow, flagRow: Math.max(0, flagRow) };
}

/** The navigation part of a command; verdict commands leave the state alone here. */
export function navigate(state: UiState, command: Command, ctx: NavContext): UiState {
  const base = state.message === undefined ? state : { ...state, message: undefined };
  switch (command) {
    case 'down':
      return moveCursor(base, (row) => row + 1, ctx);
    case 'up':
      return moveCursor(base, (row) => row - 1, ctx);
    case 'top':
      return moveCursor(base, () => 0, ctx);
    case 'bottom':
      return moveCursor(base, (_row, total) => total - 1, ctx);
    case 'pageDown':
      return moveCursor(base, (row) => row + ctx.pageSize, ctx);
    case 'pageUp':
      return moveCursor(base, (row) => row - ctx.pageSize, ctx);
    case 'open':
      if (base.screen === 'pairs') {
        if (ctx.rows.pairs.length === 0) return base;
        return { ...base, screen: 'flags', flagRow: 0, flagTop: 0 };
      }
      if (base.screen === 'flags' && flagCount(base, ctx.rows) > 0) return { ...base, screen: 'detail' };
      return base;
    case 'back':
      if (base.screen === 'help') return { ...base, screen: base.under };
      if (base.screen === 'detail') return { ...base, screen: 'flags' };
      if (base.screen === 'flags') return { ...base, screen: 'pairs' };
      return base;
    case 'help':
      if (base.screen === 'help') return { ...base, screen: base.under };
      return { ...base, screen: 'help', under: base.screen, helpTop: 0 };
    case 'nextMatch':
      return stepMatch(base, 1, ctx);
    case 'prevMatch':
      return stepMatch(base, -1, ctx);
    case 'filter':
      return { ...base, prompt: { kind: 'filter', text: base.filter } };
    case 'cancel':
      return { ...base, prompt: undefined };
    default:
      return base;
  }
}
