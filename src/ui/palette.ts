// Colours by role. Colour is never the only signal (marks ✓ ✗ ! and brackets carry the meaning),
// so turning it off (NO_COLOR, --no-color) only drops these props.
import type { FlagState, Severity } from '../types.js';

export type Role = Severity | FlagState | 'accent' | 'added' | 'removed' | 'quantity' | 'muted';

const COLOURS: Record<Role, string> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
  open: 'yellow',
  confirmed: 'red',
  dismissed: 'green',
  accent: 'cyan',
  added: 'green',
  removed: 'red',
  quantity: 'magenta',
  muted: 'gray',
};

export type Paint = (role: Role) => { color?: string };

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export function colourWanted(requested: boolean, env: NodeJS.ProcessEnv): boolean {
  return requested && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

export function paintFor(colour: boolean): Paint {
  return colour ? (role) => ({ color: COLOURS[role] }) : () => ({});
}

/** The mark shown before every flag so its state reads without colour. */
export const STATE_MARK: Record<FlagState, string> = { open: '!', confirmed: '✓', dismissed: '✗' };
/** A skipped flag is still open, but the reviewer has seen it. */
export const SKIPPED_MARK = '~';
