import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import fc from 'fast-check';
import { barText, commandFor, KEYMAP, NO_KEY, splitChunk, type KeyContext, type KeySpec } from '../../src/ui/keymap.js';
import { FUZZ_RUNS } from '../fuzz-runs.js';

const CONTEXTS: KeyContext[] = ['pairs', 'flags', 'detail', 'help', 'prompt'];

function press(spec: KeySpec): [string, Key] {
  const key: Key = { ...NO_KEY, ctrl: Boolean(spec.ctrl) };
  if (spec.named) key[spec.named] = true;
  return [spec.input ?? '', key];
}

describe('keymap', () => {
  it('gives every key one meaning per context (the first binding listed wins, so none may shadow another)', () => {
    for (const context of CONTEXTS) {
      const seen = new Map<string, string>();
      for (const binding of KEYMAP.filter((b) => b.contexts.includes(context))) {
        for (const spec of binding.keys) {
          const id = JSON.stringify(spec);
          expect(seen.get(id), `${id} in ${context}`).toBeUndefined();
          seen.set(id, binding.command);
          expect(commandFor(context, ...press(spec))).toBe(binding.command);
        }
      }
    }
  });

  it('resolves n by screen: next match in the lists, false alarm on the detail screen', () => {
    const n = press({ input: 'n' });
    expect(commandFor('pairs', ...n)).toBe('nextMatch');
    expect(commandFor('flags', ...n)).toBe('nextMatch');
    expect(commandFor('detail', ...n)).toBe('falseAlarm');
    expect(commandFor('prompt', ...n)).toBeUndefined();
  });

  it('q quits on the top screen and goes back elsewhere; ctrl+c quits everywhere', () => {
    expect(commandFor('pairs', ...press({ input: 'q' }))).toBe('quit');
    expect(commandFor('detail', ...press({ input: 'q' }))).toBe('back');
    for (const context of CONTEXTS) expect(commandFor(context, ...press({ input: 'c', ctrl: true }))).toBe('quit');
  });

  it('builds the bottom bar from the same table', () => {
    expect(barText('detail')).toBe('j/↓ move · esc/q back · ? help · / filter · y real · n false alarm · s skip · u undo · e note');
    expect(barText('prompt')).toBe('enter apply · esc cancel · ctrl+u clear');
  });
});

describe('splitChunk', () => {
  it('splits keys that arrived together the way Ink reads them one by one', () => {
    expect(splitChunk('j', NO_KEY)).toBeUndefined();
    expect(splitChunk('👍', NO_KEY)).toBeUndefined();
    const presses = splitChunk('yG\r\u007f\u0015', NO_KEY)!;
    expect(presses.map((p) => p.input)).toEqual(['y', 'G', '', '', 'u']);
    expect(presses[2].key.return).toBe(true);
    expect(presses[3].key.delete).toBe(true);
    expect(presses[4].key.ctrl).toBe(true);
    expect(commandFor('prompt', presses[4].input, presses[4].key)).toBe('clearPrompt');
  });

  it('fuzz: 10,000 random chunks split into single characters and map to a command or nothing', () => {
    const chunk = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'jkgGnNysue/?q\r\u007f\u0003\u0015 ') }));
    fc.assert(
      fc.property(chunk, fc.constantFrom(...CONTEXTS), (input, context) => {
        const presses = splitChunk(input, NO_KEY) ?? [{ input, key: NO_KEY }];
        if (presses.length > 1 && presses.length !== [...input].length) return false;
        for (const press of presses) commandFor(context, press.input, press.key);
        return true;
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
