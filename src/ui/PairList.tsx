// The top screen: one row per article pair, with flag counts by severity and state.
import React from 'react';
import { Box, Text } from 'ink';
import type { RunReport } from '../types.js';
import type { VisibleRows } from './flag-filter.js';
import { pairLabel } from './labels.js';
import { scrollTop, type UiState } from './navigation.js';
import { STATE_MARK, type Paint } from './palette.js';

export interface PairStats {
  error: number;
  warning: number;
  info: number;
  open: number;
  confirmed: number;
  dismissed: number;
}

interface Props {
  report: RunReport;
  rows: VisibleRows;
  stats: PairStats[];
  state: UiState;
  height: number;
  paint: Paint;
}

function pairMark(stats: PairStats): string {
  if (stats.open > 0) return STATE_MARK.open;
  return stats.confirmed + stats.dismissed > 0 ? STATE_MARK.confirmed : ' ';
}

export function PairList({ report, rows, stats, state, height, paint }: Props): React.JSX.Element {
  const listHeight = height - 1;
  const top = scrollTop(state.pairTop, state.pairRow, listHeight, rows.pairs.length);
  const shown = rows.pairs.slice(top, top + listHeight);
  const filtered = state.filter !== '';
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text wrap="truncate-end" bold>
        {'    open  err warn info  score  ' + (filtered ? 'match  ' : '') + 'articles'}
      </Text>
      {rows.pairs.length === 0 ? (
        <Text wrap="truncate-end">{filtered ? `no flag matches "${state.filter}" (esc clears the filter)` : 'no article pairs in this run'}</Text>
      ) : null}
      {shown.map((p, i) => {
        const row = top + i;
        const selected = row === state.pairRow;
        const s = stats[p];
        const pair = report.pairs[p];
        return (
          <Text key={p} wrap="truncate-end" bold={selected} inverse={selected}>
            {selected ? '›' : ' '} <Text {...paint(s.open > 0 ? 'open' : 'dismissed')}>{pairMark(s)}</Text>
            {` ${String(s.open).padStart(5)} `}
            <Text {...paint('error')}>{String(s.error).padStart(4)}</Text>
            <Text {...paint('warning')}>{String(s.warning).padStart(5)}</Text>
            <Text {...paint('info')}>{String(s.info).padStart(5)}</Text>
            {`  ${pair.score.toFixed(2)}  `}
            {filtered ? `${String(rows.flags[p].length).padStart(5)}  ` : ''}
            {pairLabel(report, pair)}
          </Text>
        );
      })}
    </Box>
  );
}
