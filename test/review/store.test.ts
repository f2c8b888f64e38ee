import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReview, ReviewFileError, reviewPathFor, saveVerdict } from '../../src/review/store.js';
import type { Verdict } from '../../src/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-review-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const verdict = (fingerprint: string, kind: Verdict['verdict'] = 'real'): Verdict => ({ fingerprint, verdict: kind, at: '2024-01-01T00:00:00.000Z' });

describe('reviewPathFor', () => {
  it('puts the review file beside the corpus folder', () => {
    expect(reviewPathFor('/data/news/corpus')).toBe('/data/news/corpus.review.json');
    expect(reviewPathFor('/data/news/corpus/')).toBe('/data/news/corpus.review.json');
  });
});

describe('loadReview / saveVerdict', () => {
  it('reads a missing file as empty', () => {
    expect(loadReview(join(dir, 'none.review.json'))).toEqual({ version: 1, verdicts: {} });
  });

  it('saves, merges, overwrites and removes (undo) one verdict at a time', () => {
    const path = join(dir, 'c.review.json');
    saveVerdict(path, 'a', verdict('a'));
    saveVerdict(path, 'b', verdict('b', 'false-alarm'));
    saveVerdict(path, 'a', verdict('a', 'skip'));
    expect(Object.keys(loadReview(path).verdicts).sort()).toEqual(['a', 'b']);
    expect(loadReview(path).verdicts.a.verdict).toBe('skip');
    const after = saveVerdict(path, 'a', null);
    expect(after.verdicts).toEqual({ b: verdict('b', 'false-alarm') });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(after);
    // No lock or temp file left behind.
    expect(readdirSync(dir)).toEqual(['c.review.json']);
  });

  it('keeps decisions another process wrote since this one last read', () => {
    const path = join(dir, 'c.review.json');
    saveVerdict(path, 'mine', verdict('mine'));
    writeFileSync(path, JSON.stringify({ version: 1, verdicts: { mine: verdict('mine'), theirs: verdict('theirs') } }));
    expect(Object.keys(saveVerdict(path, 'more', verdict('more')).verdicts).sort()).toEqual(['mine', 'more', 'theirs']);
  });

  it('backs up a corrupt file, says so, and never replaces it', () => {
    const path = join(dir, 'c.review.json');
    writeFileSync(path, '{"version": 1, "verdicts": {');
    let error: unknown;
    try {
      loadReview(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReviewFileError);
    const message = (error as Error).message;
    expect(message).toMatch(/^review file .*c\.review\.json is not valid JSON \(kept as backup .*c\.review\.json\.corrupt-.+\)$/);
    const backup = message.match(/kept as backup (.+)\)$/)![1];
    expect(readFileSync(backup, 'utf8')).toBe('{"version": 1, "verdicts": {');
    // Saving refuses too, and the corrupt file stays as it was; retries reuse the one backup.
    expect(() => saveVerdict(path, 'a', verdict('a'))).toThrow(ReviewFileError);
    expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "verdicts": {');
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
    expect(existsSync(path + '.lock')).toBe(false);
  });

  it('rejects valid JSON that is not a review file, with a backup', () => {
    const path = join(dir, 'c.review.json');
    writeFileSync(path, '[1, 2, 3]');
    expect(() => loadReview(path)).toThrow(/is not a tandem review file \(kept as backup /);
  });

  it('takes over a lock left by a dead process', () => {
    const path = join(dir, 'c.review.json');
    // A pid far above pid_max cannot be running.
    writeFileSync(path + '.lock', '999999999');
    saveVerdict(path, 'a', verdict('a'));
    expect(loadReview(path).verdicts.a).toBeDefined();
  });

  it('takes over a lock older than any save could take', () => {
    const path = join(dir, 'c.review.json');
    writeFileSync(path + '.lock', String(process.pid));
    const old = new Date(Date.now() - 60_000);
    utimesSync(path + '.lock', old, old);
    saveVerdict(path, 'a', verdict('a'));
    expect(existsSync(path + '.lock')).toBe(false);
  });
});

describe('temp files of killed saves', () => {
  it('are removed by the next save once their writer is gone', () => {
    const path = join(dir, 'c.review.json');
    writeFileSync(join(dir, '.c.review.json.999999999.abcd.tmp'), '{"half');
    saveVerdict(path, 'a', verdict('a'));
    expect(readdirSync(dir)).toEqual(['c.review.json']);
  });
});

describe('loadReview on random file contents (fuzz)', () => {
  it('returns a review file or throws ReviewFileError with a backup, never anything else, never changing the file', () => {
    const path = join(dir, 'fuzz.review.json');
    const json = fc.oneof(
      fc.json(),
      fc.string(),
      fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      fc.dictionary(fc.string(), fc.jsonValue()).map((verdicts) => JSON.stringify({ version: 1, verdicts })),
    );
    fc.assert(
      fc.property(json, (text) => {
        writeFileSync(path, text);
        try {
          const review = loadReview(path);
          expect(review.version).toBe(1);
          expect(typeof review.verdicts).toBe('object');
        } catch (error) {
          expect(error).toBeInstanceOf(ReviewFileError);
          expect((error as Error).message).toMatch(/kept as backup /);
        }
        expect(readFileSync(path, 'utf8')).toBe(text);
        for (const name of readdirSync(dir)) if (name.includes('.corrupt-')) rmSync(join(dir, name));
      }),
      { numRuns: 2_000 },
    );
  });
});
