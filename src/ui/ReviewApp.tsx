// The review app: screens pairs -> flags -> detail, keys from the keymap, a decision saved on every key.
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, useStdout, type Key } from 'ink';
import type { RunReport, Verdict, VerdictKind } from '../types.js';
import { flagStateOf } from '../review/state.js';
import type { ReviewFile } from '../review/store.js';
import { barText, commandFor, splitChunk, type Command } from './keymap.js';
import { flagHaystack, visibleRows, type VisibleRows } from './flag-filter.js';
import {
  INITIAL_STATE,
  navigate,
  openPair,
  scrollTop,
  selectedFlag,
  withFilter,
  type NavContext,
  type UiState,
} from './navigation.js';
import { paintFor, STATE_MARK } from './palette.js';
import { pairLabel } from './labels.js';
import { visibleLine } from '../report/visible-text.js';
import { PairList, type PairStats } from './PairList.js';
import { FlagList } from './FlagList.js';
import { FlagDetail } from './FlagDetail.js';
import { HELP_LINE_COUNT, HelpScreen } from './HelpScreen.js';

/** Below this the frame cannot hold a header, a few rows, the status line and the key bar. */
const MIN_COLUMNS = 60;
const MIN_ROWS = 12;
/** Used when the output stream does not report a size (not a terminal). */
const DEFAULT_COLUMNS = 80;
const DEFAULT_ROWS = 24;
/** Header, status line and key bar. */
const CHROME_LINES = 3;
/** Kept free at the bottom: a frame as tall as the terminal makes it scroll and Ink redraw everything. */
const SPARE_LINES = 1;
/** Longest prompt text kept: a paste of a whole article is not a filter. */
const MAX_PROMPT = 500;

export type SaveVerdict = (fingerprint: string, verdict: Verdict | null) => ReviewFile;

export interface ReviewAppProps {
  report: RunReport;
  /** Decisions already made, keyed by fingerprint. */
  verdicts: Record<string, Verdict>;
  save: SaveVerdict;
  color: boolean;
  /** Clock for the verdicts' timestamps (tests pin it). */
  now?: () => Date;
  onQuit?: () => void;
}

interface UndoEntry {
  fingerprint: string;
  previous: Verdict | null;
}

interface Size {
  columns: number;
  rows: number;
}

function sizeOf(stream: NodeJS.WriteStream): Size {
  return { columns: stream.columns || DEFAULT_COLUMNS, rows: stream.rows || DEFAULT_ROWS };
}

const VERDICT_OF: Partial<Record<Command, VerdictKind>> = { real: 'real', falseAlarm: 'false-alarm', skip: 'skip' };
const SAVED_MESSAGE: Record<VerdictKind, string> = {
  real: `${STATE_MARK.confirmed} real error`,
  'false-alarm': `${STATE_MARK.dismissed} false alarm`,
  skip: 'skipped',
};

function pairStats(report: RunReport, verdicts: Record<string, Verdict>): PairStats[] {
  return report.pairs.map((pair) => {
    const stats: PairStats = { error: 0, warning: 0, info: 0, open: 0, confirmed: 0, dismissed: 0 };
    for (const flag of pair.flags) {
      stats[flag.severity] += 1;
      stats[flagStateOf(verdicts[flag.fingerprint])] += 1;
    }
    return stats;
  });
}

/** Typed text for a prompt: printable characters only, so a pasted escape sequence cannot get in. */
function printable(input: string): string {
  return input.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const systemClock = (): Date => new Date();

export function ReviewApp({ report, verdicts: initialVerdicts, save, color, now = systemClock, onQuit }: ReviewAppProps): React.JSX.Element {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [size, setSize] = useState<Size>(() => sizeOf(stdout));
  const [state, setState] = useState<UiState>(INITIAL_STATE);
  const [verdicts, setVerdicts] = useState(initialVerdicts);
  // Keys can arrive faster than React re-renders: handlers read and write these refs, renders read state.
  const stateRef = useRef(state);
  const verdictsRef = useRef(verdicts);
  const undoRef = useRef<UndoEntry[]>([]);

  useEffect(() => {
    const onResize = (): void => setSize(sizeOf(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);

  // The filter's search texts are built on the first filter, not before the first frame.
  const haystacks = useRef<string[][] | undefined>(undefined);
  const rowsCache = useRef<{ filter: string; rows: VisibleRows } | undefined>(undefined);
  const rowsFor = useCallback(
    (filter: string): VisibleRows => {
      if (rowsCache.current?.filter !== filter) {
        if (filter.trim() !== '') haystacks.current ??= report.pairs.map((pair) => pair.flags.map(flagHaystack));
        rowsCache.current = { filter, rows: visibleRows(report, haystacks.current ?? [], filter) };
      }
      return rowsCache.current.rows;
    },
    [report],
  );

  const frameHeight = size.rows - SPARE_LINES;
  const bodyHeight = frameHeight - CHROME_LINES;
  const sizeRef = useRef({ bodyHeight });
  sizeRef.current = { bodyHeight };

  const commit = useCallback((next: UiState): void => {
    stateRef.current = next;
    setState(next);
  }, []);
  const commitVerdicts = useCallback((file: ReviewFile): void => {
    verdictsRef.current = file.verdicts;
    setVerdicts(file.verdicts);
  }, []);
  const navContext = useCallback(
    (filter: string): NavContext => ({
      rows: rowsFor(filter),
      // One line of each list is its column header.
      pageSize: Math.max(1, sizeRef.current.bodyHeight - 1),
      helpLines: HELP_LINE_COUNT,
    }),
    [rowsFor],
  );

  const quit = useCallback((): void => {
    onQuit?.();
    exit();
  }, [exit, onQuit]);

  /** Saves one change; on failure the reviewer sees why and the state on screen stays what is on disk. */
  const persist = useCallback(
    (fingerprint: string, verdict: Verdict | null): boolean => {
      try {
        commitVerdicts(save(fingerprint, verdict));
        return true;
      } catch (error) {
        commit({ ...stateRef.current, message: `! not saved: ${(error as Error).message}` });
        return false;
      }
    },
    [save, commit, commitVerdicts],
  );

  const currentFlag = useCallback(() => {
    const s = stateRef.current;
    const rows = rowsFor(s.filter);
    const p = openPair(s, rows);
    const f = selectedFlag(s, rows);
    return p === undefined || f === undefined ? undefined : report.pairs[p].flags[f];
  }, [report, rowsFor]);

  const decide = useCallback(
    (kind: VerdictKind): void => {
      const flag = currentFlag();
      if (!flag) return;
      const previous = verdictsRef.current[flag.fingerprint] ?? null;
      const verdict: Verdict = { fingerprint: flag.fingerprint, verdict: kind, at: now().toISOString() };
      if (previous?.note) verdict.note = previous.note;
      if (!persist(flag.fingerprint, verdict)) return;
      undoRef.current.push({ fingerprint: flag.fingerprint, previous });
      const s = stateRef.current;
      const ctx = navContext(s.filter);
      const next = navigate(s, 'down', ctx);
      const last = next.flagRow === s.flagRow;
      commit({ ...next, message: `${SAVED_MESSAGE[kind]} saved${last ? ' (last flag of this pair)' : ''}` });
    },
    [currentFlag, now, persist, navContext, commit],
  );

  /** Puts the cursor on a flag with this fingerprint, if the current filter shows one. */
  const reveal = useCallback(
    (s: UiState, fingerprint: string): UiState => {
      const rows = rowsFor(s.filter);
      const ctx = navContext(s.filter);
      for (const [pairRow, p] of rows.pairs.entries()) {
        const flagRow = rows.flags[p].findIndex((f) => report.pairs[p].flags[f].fingerprint === fingerprint);
        if (flagRow < 0) continue;
        const total = rows.flags[p].length;
        return {
          ...s,
          pairRow,
          pairTop: scrollTop(s.pairTop, pairRow, ctx.pageSize, rows.pairs.length),
          flagRow,
          flagTop: scrollTop(pairRow === s.pairRow ? s.flagTop : 0, flagRow, ctx.pageSize, total),
        };
      }
      return s;
    },
    [report, rowsFor, navContext],
  );

  const undo = useCallback((): void => {
    const entry = undoRef.current.at(-1);
    if (!entry) {
      commit({ ...stateRef.current, message: 'nothing to undo' });
      return;
    }
    if (!persist(entry.fingerprint, entry.previous)) return;
    undoRef.current.pop();
    const restored = entry.previous ? SAVED_MESSAGE[entry.previous.verdict] ?? entry.previous.verdict : 'open';
    commit({ ...reveal(stateRef.current, entry.fingerprint), message: `undone: back to ${restored}` });
  }, [commit, persist, reveal]);

  const saveNote = useCallback(
    (text: string): void => {
      const flag = currentFlag();
      if (!flag) return;
      const previous = verdictsRef.current[flag.fingerprint] ?? null;
      const note = text.trim();
      if (previous === null && note === '') {
        commit({ ...stateRef.current, prompt: undefined });
        return;
      }
      const verdict: Verdict = { fingerprint: flag.fingerprint, verdict: previous?.verdict ?? 'skip', at: now().toISOString() };
      if (note !== '') verdict.note = note;
      if (!persist(flag.fingerprint, verdict)) return;
      undoRef.current.push({ fingerprint: flag.fingerprint, previous });
      commit({ ...stateRef.current, prompt: undefined, message: note === '' ? 'note removed' : 'note saved' });
    },
    [currentFlag, now, persist, commit],
  );

  const applyFilter = useCallback(
    (filter: string): void => {
      const s = stateRef.current;
      const before = rowsFor(s.filter);
      const after = rowsFor(filter);
      const matching = after.flags.reduce((sum, flags) => sum + flags.length, 0);
      const next = withFilter(s, filter, before, after);
      commit({ ...next, message: filter === '' ? 'filter cleared' : `${matching} matching flags` });
    },
    [rowsFor, commit],
  );

  const onKey = useCallback(
    (input: string, key: Key): void => {
      const presses = splitChunk(input, key);
      if (presses) {
        for (const press of presses) onKeyRef.current(press.input, press.key);
        return;
      }
      const s = stateRef.current;
      const context = s.prompt ? 'prompt' : s.screen;
      const command = commandFor(context, input, key);
      if (s.prompt && command === undefined) {
        const text = key.backspace || key.delete ? s.prompt.text.slice(0, -1) : (s.prompt.text + printable(input)).slice(0, MAX_PROMPT);
        commit({ ...s, prompt: { ...s.prompt, text } });
        return;
      }
      if (command === undefined) return;
      const verdictKind = VERDICT_OF[command];
      if (verdictKind) return decide(verdictKind);
      switch (command) {
        case 'quit':
          return quit();
        case 'undo':
          return undo();
        case 'note':
          return commit({ ...s, message: undefined, prompt: { kind: 'note', text: verdictsRef.current[currentFlag()?.fingerprint ?? '']?.note ?? '' } });
        case 'submit':
          return s.prompt?.kind === 'filter' ? applyFilter(s.prompt.text.trim()) : saveNote(s.prompt?.text ?? '');
        case 'clearPrompt':
          return commit({ ...s, prompt: s.prompt && { ...s.prompt, text: '' } });
        case 'back':
          if (s.screen === 'pairs' && s.filter !== '') return applyFilter('');
          break;
      }
      commit(navigate(s, command, navContext(s.filter)));
    },
    [commit, decide, quit, undo, currentFlag, applyFilter, saveNote, navContext],
  );
  const onKeyRef = useRef(onKey);
  onKeyRef.current = onKey;
  useInput(onKey);

  const stats = useMemo(() => pairStats(report, verdicts), [report, verdicts]);
  const totals = useMemo(
    () => stats.reduce((sum, s) => ({ open: sum.open + s.open, confirmed: sum.confirmed + s.confirmed, dismissed: sum.dismissed + s.dismissed }), { open: 0, confirmed: 0, dismissed: 0 }),
    [stats],
  );
  const paint = useMemo(() => paintFor(color), [color]);

  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return (
      <Text wrap="truncate-end">
        terminal too small: need {MIN_COLUMNS}x{MIN_ROWS}, have {size.columns}x{size.rows} (q quits)
      </Text>
    );
  }

  const rows = rowsFor(state.filter);
  const p = openPair(state, rows);
  const pair = p === undefined ? undefined : report.pairs[p];
  const flagRows = p === undefined ? [] : rows.flags[p];
  const f = flagRows[state.flagRow];
  const screen = state.screen === 'flags' || state.screen === 'detail' ? (pair ? state.screen : 'pairs') : state.screen;

  const crumbs =
    screen === 'pairs'
      ? `pairs [${rows.pairs.length === 0 ? 0 : state.pairRow + 1}/${rows.pairs.length}]`
      : screen === 'help'
        ? 'help'
        : // The counter comes before the pair's titles, which may be cut at the terminal's edge.
          `${screen === 'detail' ? 'flag' : 'flags'} [${flagRows.length === 0 ? 0 : state.flagRow + 1}/${flagRows.length}] › ${pairLabel(report, pair!)}`;

  let body: React.JSX.Element;
  if (screen === 'help') body = <HelpScreen top={state.helpTop} height={bodyHeight} />;
  else if (screen === 'pairs') body = <PairList report={report} rows={rows} stats={stats} state={state} height={bodyHeight} paint={paint} />;
  else if (screen === 'flags' || f === undefined)
    body = <FlagList pair={pair!} flagRows={flagRows} verdicts={verdicts} state={state} height={bodyHeight} paint={paint} />;
  else
    body = (
      <FlagDetail pair={pair!} flagIndex={f} verdict={verdicts[pair!.flags[f].fingerprint]} width={size.columns} height={bodyHeight} paint={paint} />
    );

  return (
    <Box flexDirection="column" width={size.columns} height={frameHeight} overflowY="hidden">
      <Text wrap="truncate-end" bold {...paint('accent')}>
        tandem review › {crumbs}
      </Text>
      {body}
      <Text wrap="truncate-end">
        <Text {...paint('open')}>{STATE_MARK.open} {totals.open} open</Text>
        {' · '}
        <Text {...paint('confirmed')}>{STATE_MARK.confirmed} {totals.confirmed} confirmed</Text>
        {' · '}
        <Text {...paint('dismissed')}>{STATE_MARK.dismissed} {totals.dismissed} dismissed</Text>
        {state.filter ? `  filter /${state.filter}` : ''}
        {state.message ? `  ${state.message}` : ''}
      </Text>
      {state.prompt ? (
        <Text wrap="truncate-start">
          {state.prompt.kind === 'filter' ? '/' : 'note: '}
          {visibleLine(state.prompt.text)}
          <Text inverse> </Text>
          {'  '}
          {barText('prompt')}
        </Text>
      ) : (
        <Text wrap="truncate-end" dimColor>
          {barText(screen)}
        </Text>
      )}
    </Box>
  );
}
