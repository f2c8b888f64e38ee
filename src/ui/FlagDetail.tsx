// One flag: the aligned sentences side by side with the quantities marked, expected vs actual,
// the number diff and the neighbouring beads. A sentence facing nothing is shown facing ∅.
import React from 'react';
import { Box, Text } from 'ink';
import { visibleLine } from '../report/visible-text.js';
import type { PairResult, Verdict } from '../types.js';
import { flagStateOf } from '../review/state.js';
import { flagNumberDiff, highlightSegments, neighbourBead, quantitySpans, type Segment } from './detail-view.js';
import { SKIPPED_MARK, STATE_MARK, type Paint } from './palette.js';

/** Lines a neighbouring bead may take: enough to recognise it, the focal bead gets the rest. */
const NEIGHBOUR_LINES = 2;

interface Props {
  pair: PairResult;
  flagIndex: number;
  verdict: Verdict | undefined;
  width: number;
  height: number;
  paint: Paint;
}

function Segments({ segments, paint }: { segments: Segment[]; paint: Paint }): React.JSX.Element {
  return (
    <Text>
      {segments.map((segment, i) =>
        segment.kind === 'plain' ? (
          segment.text
        ) : (
          <Text key={i} bold underline {...paint(segment.kind === 'flag' ? 'accent' : 'quantity')}>
            {segment.text}
          </Text>
        ),
      )}
    </Text>
  );
}

/** Two columns with a rule between them; `nothing` fills a side that has no sentence. */
function SideBySide(props: {
  left: React.ReactNode;
  right: React.ReactNode;
  columnWidth: number;
  height?: number;
  focal: boolean;
}): React.JSX.Element {
  const { left, right, columnWidth, height, focal } = props;
  return (
    <Box flexDirection="row" height={height} overflowY="hidden" flexShrink={focal ? 1 : 0}>
      <Box width={2} flexShrink={0}>
        <Text bold>{focal ? '› ' : '  '}</Text>
      </Box>
      <Box width={columnWidth} flexShrink={0} overflowY="hidden">
        {left}
      </Box>
      <Box width={3} flexShrink={0} justifyContent="center">
        <Text>│</Text>
      </Box>
      <Box width={columnWidth} flexShrink={0} overflowY="hidden">
        {right}
      </Box>
    </Box>
  );
}

function Nothing({ paint, lang }: { paint: Paint; lang: string }): React.JSX.Element {
  return (
    <Text italic {...paint('muted')}>
      ∅ no {lang.toUpperCase()} sentence faces this
    </Text>
  );
}

function Neighbour(props: { pair: PairResult; index: number; columnWidth: number; paint: Paint }): React.JSX.Element | null {
  const { pair, index, columnWidth, paint } = props;
  const bead = neighbourBead(pair, index);
  if (!bead) return null;
  const side = (text: string | undefined, lang: string): React.ReactNode =>
    text === undefined ? <Nothing paint={paint} lang={lang} /> : <Text dimColor>{text}</Text>;
  return (
    <SideBySide
      left={side(bead.src, pair.srcLang)}
      right={side(bead.tgt, pair.tgtLang)}
      columnWidth={columnWidth}
      height={NEIGHBOUR_LINES}
      focal={false}
    />
  );
}

export function FlagDetail({ pair, flagIndex, verdict, width, height, paint }: Props): React.JSX.Element {
  const flag = pair.flags[flagIndex];
  const flagState = flagStateOf(verdict);
  const mark = verdict?.verdict === 'skip' ? SKIPPED_MARK : STATE_MARK[flagState];
  const stateLabel = verdict?.verdict === 'skip' ? 'open (skipped)' : flagState;
  const diff = flagNumberDiff(flag, pair);
  const columnWidth = Math.max(10, Math.floor((width - 5) / 2));
  const bead = pair.beads[flag.bead];
  const srcEmpty = flag.srcText === '' || bead?.src.length === 0;
  const tgtEmpty = flag.tgtText === '' || bead?.tgt.length === 0;
  const src = srcEmpty ? (
    <Nothing paint={paint} lang={pair.srcLang} />
  ) : (
    <Segments segments={highlightSegments(flag.srcText, flag.src, quantitySpans(flag.srcText, pair.srcLang))} paint={paint} />
  );
  const tgt = tgtEmpty ? (
    <Nothing paint={paint} lang={pair.tgtLang} />
  ) : (
    <Segments segments={highlightSegments(flag.tgtText, flag.tgt, quantitySpans(flag.tgtText, pair.tgtLang))} paint={paint} />
  );
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text wrap="truncate-end">
        <Text bold {...paint(flagState)}>
          {mark} {stateLabel}
        </Text>
        {'  '}
        <Text {...paint(flag.severity)}>{flag.severity}</Text> · {visibleLine(flag.rule)} · {visibleLine(flag.message)}
      </Text>
      <Text wrap="truncate-end">
        expected <Text bold>{flag.expected === undefined ? '∅' : visibleLine(flag.expected)}</Text>
        {'   '}actual <Text bold>{flag.actual === undefined ? '∅' : visibleLine(flag.actual)}</Text>
      </Text>
      <Text wrap="truncate-end">
        {'numbers '}
        {diff.length === 0
          ? '∅'
          : diff.map((change, i) =>
              change.removed ? (
                <Text key={i} {...paint('removed')}>{`[-${change.value}-]`}</Text>
              ) : change.added ? (
                <Text key={i} {...paint('added')}>{`{+${change.value}+}`}</Text>
              ) : (
                change.value
              ),
            )}
      </Text>
      {verdict?.note ? <Text wrap="truncate-end">note: {visibleLine(verdict.note)}</Text> : null}
      <SideBySide
        left={<Text bold>{pair.srcLang.toUpperCase()}</Text>}
        right={<Text bold>{pair.tgtLang.toUpperCase()}</Text>}
        columnWidth={columnWidth}
        height={1}
        focal={false}
      />
      <Neighbour pair={pair} index={flag.bead - 1} columnWidth={columnWidth} paint={paint} />
      <SideBySide left={src} right={tgt} columnWidth={columnWidth} focal />
      <Neighbour pair={pair} index={flag.bead + 1} columnWidth={columnWidth} paint={paint} />
    </Box>
  );
}
