// What a command gets from the command line and the terminal: cli.ts fills it, commands never look at process.

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  /** stdin and stdout are both terminals: the Ink UI may be shown. */
  interactive: boolean;
  /** stderr is a terminal: progress may redraw in place. */
  stderrIsTTY: boolean;
  color: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Usage error or unusable input: cli.ts prints the message on one line and exits 2. */
export class UsageError extends Error {}

export type CommandRun = (ctx: CommandContext) => Promise<number>;

export function stringOption(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requireOption(ctx: CommandContext, name: string): string {
  const v = stringOption(ctx, name);
  if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
  return v;
}
