// A flag's identity across runs: what the reviewer saw, not where it happened to be.
import { hash } from 'node:crypto';

/** Hex digits kept from the sha1: 64 bits make a collision within one corpus negligible. */
const FINGERPRINT_LENGTH = 16;

// Whitespace that normalising would change: anything but a single space between words. Most texts
// have none, and testing is cheaper than rebuilding the string.
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/u;

/** Case and whitespace changes (re-wrapping, a capitalised headline) must not reopen a decided flag. */
function normaliseText(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  return UNEVEN_SPACE.test(lower) ? lower.replace(/\s+/gu, ' ').trim() : lower;
}

/**
 * Stable short hash of a flag: rule + normalised source and target texts + the quantities involved
 * (sorted, so their order in the message does not matter). Same text -> same fingerprint across runs.
 */
export function fingerprintFlag(rule: string, srcText: string, tgtText: string, quantities: string[]): string {
  const key = JSON.stringify([
    rule,
    normaliseText(srcText),
    normaliseText(tgtText),
    quantities.map(normaliseText).sort(),
  ]);
  // The one-shot hash: a flag is hashed once, and a Hash object per flag costs more than the digest.
  return hash('sha1', key, 'hex').slice(0, FINGERPRINT_LENGTH);
}
