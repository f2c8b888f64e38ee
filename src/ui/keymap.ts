// The one table of key bindings: the input handler, the `?` help screen and the bottom bar all read it.
import type { Key } from 'ink';

export type Screen = 'pairs' | 'flags' | 'detail' | 'help';
/** Where a key goes: a screen, or the one-line text prompt of `/` (filter) and `e` (note). */
export type KeyContext = Screen | 'prompt';

export type Command =
  | 'down'
  | 'up'
  | 'top'
  | 'bottom'
  | 'pageDown'
  | 'pageUp'
  | 'open'
  | 'back'
  | 'quit'
  | 'help'
  | 'filter'
  | 'nextMatch'
  | 'prevMatch'
  | 'real'
  | 'falseAlarm'
  | 'skip'
  | 'undo'
  | 'note'
  | 'submit'
  | 'cancel'
  | 'clearPrompt';

/** A key: a typed character, or one of Ink's named keys, optionally with ctrl. */
export interface KeySpec {
  input?: string;
  named?: 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape';
  ctrl?: boolean;
}

export interface Binding {
  command: Command;
  keys: KeySpec[];
  /** How the keys are written on screen. */
  label: string;
  help: string;
  contexts: KeyContext[];
  /** Short text for the bottom bar; bindings without it appear only in `?` help. */
  bar?: string;
}

const LISTS: KeyContext[] = ['pairs', 'flags'];
const BROWSING: KeyContext[] = ['pairs', 'flags', 'detail'];
/** The help screen scrolls like a list. */
const MOVING: KeyContext[] = [...BROWSING, 'help'];
const EVERYWHERE: KeyContext[] = ['pairs', 'flags', 'detail', 'help', 'prompt'];

// `n` is both "false alarm" and "next match" in the issue. Resolved by screen: verdicts are given on the
// flag detail screen (git add -p style: decide, then the next flag opens), match jumps happen in lists.
export const KEYMAP: readonly Binding[] = [
  { command: 'down', keys: [{ input: 'j' }, { named: 'downArrow' }], label: 'j/↓', help: 'next row (next flag in detail)', contexts: MOVING, bar: 'move' },
  { command: 'up', keys: [{ input: 'k' }, { named: 'upArrow' }], label: 'k/↑', help: 'previous row (previous flag in detail)', contexts: MOVING },
  { command: 'top', keys: [{ input: 'g' }, { named: 'home' }], label: 'g', help: 'first row', contexts: MOVING },
  { command: 'bottom', keys: [{ input: 'G' }, { named: 'end' }], label: 'G', help: 'last row', contexts: MOVING },
  { command: 'pageDown', keys: [{ named: 'pageDown' }, { input: 'f', ctrl: true }], label: 'PgDn', help: 'page down', contexts: LISTS },
  { command: 'pageUp', keys: [{ named: 'pageUp' }, { input: 'b', ctrl: true }], label: 'PgUp', help: 'page up', contexts: LISTS },
  { command: 'open', keys: [{ named: 'return' }], label: 'enter', help: 'open the pair / flag', contexts: LISTS, bar: 'open' },
  { command: 'quit', keys: [{ input: 'q' }], label: 'q', help: 'quit (top screen)', contexts: ['pairs'], bar: 'quit' },
  { command: 'back', keys: [{ named: 'escape' }, { input: 'q' }], label: 'esc/q', help: 'back (on the pairs screen esc clears the filter)', contexts: ['flags', 'detail', 'help'], bar: 'back' },
  { command: 'back', keys: [{ named: 'escape' }], label: 'esc', help: 'clear the filter', contexts: ['pairs'] },
  { command: 'quit', keys: [{ input: 'c', ctrl: true }], label: 'ctrl+c', help: 'quit at once (decisions are already saved)', contexts: EVERYWHERE },
  { command: 'help', keys: [{ input: '?' }], label: '?', help: 'this help (? or esc closes it)', contexts: ['pairs', 'flags', 'detail', 'help'], bar: 'help' },
  { command: 'filter', keys: [{ input: '/' }], label: '/', help: 'filter by rule, severity or text (empty clears)', contexts: BROWSING, bar: 'filter' },
  { command: 'nextMatch', keys: [{ input: 'n' }], label: 'n', help: 'next match: next flag passing the filter, across pairs', contexts: LISTS, bar: 'next match' },
  { command: 'prevMatch', keys: [{ input: 'N' }], label: 'N', help: 'previous match', contexts: LISTS },
  { command: 'real', keys: [{ input: 'y' }], label: 'y', help: 'real error (✓ confirmed), then next flag', contexts: ['detail'], bar: 'real' },
  { command: 'falseAlarm', keys: [{ input: 'n' }], label: 'n', help: 'false alarm (✗ dismissed), then next flag', contexts: ['detail'], bar: 'false alarm' },
  { command: 'skip', keys: [{ input: 's' }], label: 's', help: 'skip (stays open), then next flag', contexts: ['detail'], bar: 'skip' },
  { command: 'undo', keys: [{ input: 'u' }], label: 'u', help: 'undo the last decision of this session', contexts: BROWSING, bar: 'undo' },
  { command: 'note', keys: [{ input: 'e' }], label: 'e', help: 'write a note on the flag', contexts: ['detail'], bar: 'note' },
  { command: 'submit', keys: [{ named: 'return' }], label: 'enter', help: 'apply the filter / save the note', contexts: ['prompt'], bar: 'apply' },
  { command: 'cancel', keys: [{ named: 'escape' }], label: 'esc', help: 'cancel the prompt', contexts: ['prompt'], bar: 'cancel' },
  { command: 'clearPrompt', keys: [{ input: 'u', ctrl: true }], label: 'ctrl+u', help: 'clear the prompt text', contexts: ['prompt'], bar: 'clear' },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if (Boolean(spec.ctrl) !== key.ctrl) return false;
  if (spec.named) return key[spec.named];
  return input === spec.input;
}

/** The command a key press means in a context, or undefined (in the prompt: typed text). */
export function commandFor(context: KeyContext, input: string, key: Key): Command | undefined {
  for (const binding of KEYMAP) {
    if (!binding.contexts.includes(context)) continue;
    if (binding.keys.some((spec) => matches(spec, input, key))) return binding.command;
  }
  return undefined;
}

/** The bindings active in a context, in keymap order: what `?` lists and the bottom bar picks from. */
function bindingsFor(context: KeyContext): Binding[] {
  return KEYMAP.filter((binding) => binding.contexts.includes(context));
}

/** `y real · n false alarm · ...`: the bottom bar's text for a context. */
export function barText(context: KeyContext): string {
  return bindingsFor(context)
    .filter((binding) => binding.bar !== undefined)
    .map((binding) => `${binding.label} ${binding.bar}`)
    .join(' · ');
}

/** The `?` screen's text: every binding with where it works. */
export function helpLines(): string[] {
  const labelWidth = Math.max(...KEYMAP.map((binding) => binding.label.length));
  const helpWidth = Math.max(...KEYMAP.map((binding) => binding.help.length));
  return [
    `${'key'.padEnd(labelWidth)}  ${'does'.padEnd(helpWidth)}  where`,
    ...KEYMAP.map(
      (binding) =>
        `${binding.label.padEnd(labelWidth)}  ${binding.help.padEnd(helpWidth)}  ${binding.contexts.join(' ')}`,
    ),
    '',
    'n means "next match" in the lists (pairs, flags) and "false alarm" on the flag detail screen.',
    'Marks: ! open  ~ skipped (still open)  ✓ confirmed real error  ✗ dismissed false alarm',
  ];
}

/** A key event with nothing pressed, to build synthetic ones from. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** Last control code that is ctrl+letter (ctrl+a = 0x01 ... ctrl+z = 0x1a). */
const LAST_CTRL_LETTER = 0x1a;

/**
 * Ink hands over a chunk of several characters as one input when keys arrive together (fast typing, key
 * repeat, tmux send-keys, a paste). Split into single key presses, read the way Ink reads a lone character.
 * Returns undefined when the input is one key already.
 */
export function splitChunk(input: string, key: Key): { input: string; key: Key }[] | undefined {
  const chars = [...input];
  if (chars.length < 2 || key.meta || key.ctrl || input.includes('\u001b')) return undefined;
  return chars.map((ch) => {
    const code = ch.codePointAt(0)!;
    if (ch === '\r' || ch === '\n') return { input: '', key: { ...NO_KEY, return: true } };
    if (ch === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
    if (ch === '\b') return { input: '', key: { ...NO_KEY, backspace: true } };
    if (ch === '\u007f') return { input: '', key: { ...NO_KEY, delete: true } };
    if (code <= LAST_CTRL_LETTER) return { input: String.fromCharCode(code + 0x60), key: { ...NO_KEY, ctrl: true } };
    return { input: ch, key: { ...NO_KEY, shift: /^[A-Z]$/.test(ch) } };
  });
}
