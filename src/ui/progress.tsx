import { render } from 'ink';
import type { Progress } from '../pipeline.js';
import { ProgressView, type ProgressState } from './ProgressView.js';

/** Redraws at most this often: progress callbacks can come thousands of times a second. */
const FRAME_MS = 100;

/** An Ink progress line on the terminal's stderr; `stop` clears it. */
export function terminalProgress(color: boolean): { onProgress: (p: Progress) => void; stop: () => void } {
  let state: ProgressState = { stage: 'read', done: 0, total: 0, startedAt: performance.now(), now: performance.now() };
  const app = render(<ProgressView state={state} color={color} />, { stdout: process.stderr, patchConsole: false, exitOnCtrlC: false });
  let lastFrame = 0;
  return {
    onProgress(p) {
      const now = performance.now();
      const startedAt = p.stage === state.stage ? state.startedAt : now;
      state = { ...p, startedAt, now };
      if (now - lastFrame >= FRAME_MS || p.done === p.total) {
        lastFrame = now;
        app.rerender(<ProgressView state={state} color={color} />);
      }
    },
    stop() {
      app.clear();
      app.unmount();
    },
  };
}
