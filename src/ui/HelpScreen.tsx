// `?`: every key binding, read from the keymap.
import React from 'react';
import { Box, Text } from 'ink';
import { helpLines } from './keymap.js';

const LINES = helpLines();

export function HelpScreen({ top, height }: { top: number; height: number }): React.JSX.Element {
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {LINES.slice(top, top + height).map((line, i) => (
        <Text key={top + i} wrap="truncate-end" bold={line !== '' && !line.startsWith(' ')}>
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}

export const HELP_LINE_COUNT = LINES.length;
