import { Box, Text } from 'ink';
import type { Progress } from '../pipeline.js';

export interface ProgressState extends Progress {
  /** performance.now() when the stage started. */
  startedAt: number;
  now: number;
}

function eta(p: ProgressState): string {
  const elapsed = (p.now - p.startedAt) / 1000;
  if (p.done === 0 || p.total === 0 || elapsed < 0.5) return '';
  const rate = p.done / elapsed;
  const left = (p.total - p.done) / rate;
  return ` · ${rate.toFixed(rate < 10 ? 1 : 0)}/s · ETA ${left < 60 ? `${Math.ceil(left)} s` : `${Math.floor(left / 60)} min ${Math.ceil(left % 60)} s`}`;
}

/** BAR_WIDTH cells of progress bar: fits a 60-column terminal with the counts beside it. */
const BAR_WIDTH = 24;

/** One line: stage, a bar, done/total, rate and ETA. The bar uses # and . so it reads without colour. */
export function ProgressView({ state, color }: { state: ProgressState; color: boolean }) {
  const share = state.total > 0 ? Math.min(1, state.done / state.total) : 0;
  const filled = Math.round(share * BAR_WIDTH);
  return (
    <Box>
      <Text bold>{`${state.stage.padEnd(7)}`}</Text>
      <Text color={color ? 'green' : undefined}>{'#'.repeat(filled)}</Text>
      <Text dimColor={color}>{'.'.repeat(BAR_WIDTH - filled)}</Text>
      <Text>{` ${state.done}/${state.total}${eta(state)}`}</Text>
    </Box>
  );
}
