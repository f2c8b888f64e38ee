// The flags of one pair, one row each: state mark, severity, rule, the change in numbers, the message.
import React from 'react';
import { Box, Text } from 'ink';
import { visibleLine } from '../report/visible-text.js';
import type { PairResult, Verdict } from '../types.js';
import { flagStateOf } from '../review/state.js';
import { quantityChange } from './labels.js';
import { scrollTop, type UiState } from './navigation.js';
import { SKIPPED_MARK, STATE_MARK, type Paint } from './palette.js';

/** Column widths: wide enough for the rule ids and quantities seen in practice, cut beyond. */
const RULE_WIDTH = 20;
const CHANGE_WIDTH = 26;

interface Props {
  pair: PairResult;
  flagRows: number[];
  verdicts: Record<string, Verdict>;
  state: UiState;
  height: number;
  paint: Paint;
}

function fit(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width);
}

export function FlagList({ pair, flagRows, verdicts, state, height, paint }: Props): React.JSX.Element {
  const listHeight = height - 1;
  const top = scrollTop(state.flagTop, state.flagRow, listHeight, flagRows.length);
  const shown = flagRows.slice(top, top + listHeight);
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text wrap="truncate-end" bold>
        {'    severity ' + fit('rule', RULE_WIDTH) + ' ' + fit('expected → actual', CHANGE_WIDTH) + ' message'}
      </Text>
      {flagRows.length === 0 ? <Text wrap="truncate-end">no flags in this pair</Text> : null}
      {shown.map((f, i) => {
        const flag = pair.flags[f];
        const verdict = verdicts[flag.fingerprint];
        const flagState = flagStateOf(verdict);
        const mark = verdict?.verdict === 'skip' ? SKIPPED_MARK : STATE_MARK[flagState];
        const selected = top + i === state.flagRow;
        return (
          <Text key={f} wrap="truncate-end" bold={selected} inverse={selected}>
            {selected ? '›' : ' '} <Text {...paint(flagState)}>{mark}</Text>{' '}
            <Text {...paint(flag.severity)}>{flag.severity.padEnd(8)}</Text> {fit(visibleLine(flag.rule), RULE_WIDTH)}{' '}
            {fit(quantityChange(flag), CHANGE_WIDTH)} {visibleLine(flag.message)}
          </Text>
        );
      })}
    </Box>
  );
}
