// The review UI's public surface: the interactive app on a terminal, a plain listing off one.
import type { RunReport } from '../types.js';
import { loadReview, saveVerdict } from '../review/store.js';
import { colourWanted } from './palette.js';
import { preferProductionReact } from './react-mode.js';

export { printFlagsPlain } from './plain-listing.js';

/** Ink's default of 30 frames a second would add up to 33 ms between a key and its frame. */
const MAX_FPS = 120;

/**
 * Renders the review app on the process's terminal (the caller checks stdin and stdout are TTYs) and
 * resolves when the reviewer quits. Every decision is already in `reviewPath` by then.
 */
export async function runReviewUi(report: RunReport, reviewPath: string, opts: { color: boolean }): Promise<void> {
  const review = loadReview(reviewPath);
  // Loaded here, not at the top: React must see NODE_ENV before its first import.
  preferProductionReact();
  const [{ createElement }, { render }, { ReviewApp }] = await Promise.all([import('react'), import('ink'), import('./ReviewApp.js')]);
  const app = render(
    createElement(ReviewApp, {
      report,
      verdicts: review.verdicts,
      save: (fingerprint, verdict) => saveVerdict(reviewPath, fingerprint, verdict),
      color: colourWanted(opts.color, process.env),
    }),
    { exitOnCtrlC: false, maxFps: MAX_FPS, patchConsole: false },
  );
  await app.waitUntilExit();
}
