import type { Progress, Stage } from '../pipeline.js';

const STAGE_NOUNS: Record<Stage, string> = {
  read: 'files read',
  ingest: 'files decoded',
  detect: 'articles detected',
  pair: 'pairs found',
  check: 'pairs checked',
  write: 'reports written',
};

/** Off a terminal: one line per finished stage, with its time. */
export function stageLines(write: (line: string) => void, now: () => number = () => performance.now()): (p: Progress) => void {
  let started = now();
  let last: Stage | undefined;
  return (p) => {
    if (p.stage !== last) {
      last = p.stage;
      started = now();
    }
    if (p.done === p.total && !(p.stage === 'read' && p.total === 0)) {
      write(`tandem: ${p.stage}: ${p.done} ${STAGE_NOUNS[p.stage]} (${Math.round(now() - started)} ms)\n`);
      last = undefined;
    }
  };
}
