#!/usr/bin/env node
// tandem's command line: parses arguments, decides terminal or plain output, and hands over to a command.
import { parseArgs } from 'node:util';
import type { CommandContext, CommandRun } from './src/commands/context.js';
import { UsageError } from './src/commands/context.js';
import { commandHelp, commandSpec, mainHelp } from './src/commands/spec.js';
import { visibleLine } from './src/report/visible-text.js';
import { preferProductionReact } from './src/ui/react-mode.js';
import { version } from './src/version.js';

/** Commands are loaded only when run, so `--help` and `--version` stay fast. */
const LOADERS: Record<string, () => Promise<{ run: CommandRun }>> = {
  qa: () => import('./src/commands/qa.js'),
  detect: () => import('./src/commands/detect.js'),
  pair: () => import('./src/commands/pair.js'),
  segment: () => import('./src/commands/segment.js'),
  align: () => import('./src/commands/align.js'),
  check: () => import('./src/commands/check.js'),
  review: () => import('./src/commands/review.js'),
  diff: () => import('./src/commands/diff.js'),
};

/** One line on stderr; messages can carry file names from the corpus, so controls are made visible. */
function fail(message: string): number {
  process.stderr.write(`tandem: ${visibleLine(message.split('\n')[0])}\n`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  preferProductionReact();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp(version()));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const spec = commandSpec(name);
  if (!spec) return fail(`unknown command '${name}' (see tandem --help)`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const m = /^(Unknown option|Option) '([^']+)'(.*?)(\.|$)/.exec((e as Error).message);
    const why = m ? `${m[1] === 'Option' ? 'option' : 'unknown option'} ${m[2]}${m[1] === 'Option' ? m[3] : ''}` : (e as Error).message;
    return fail(`${name}: ${why} (see tandem ${name} --help)`);
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(spec));
    return 0;
  }
  const [min, max] = spec.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return fail(`${name}: expects ${want} argument(s), got ${parsed.positionals.length} (usage: ${spec.usage})`);
  }

  const values = parsed.values as CommandContext['values'];
  const noColor = values['no-color'] === true || (process.env.NO_COLOR ?? '') !== '';
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  // Ink draws only a final frame when it thinks it runs in CI; with a terminal on both ends a person is there.
  if (interactive) process.env.CI = process.env.CONTINUOUS_INTEGRATION = '0';
  const ctx: CommandContext = {
    positionals: parsed.positionals,
    values,
    interactive,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    color: !noColor,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  try {
    const { run } = await LOADERS[name]();
    return await run(ctx);
  } catch (e) {
    if (e instanceof UsageError) return fail(`${name}: ${e.message}`);
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && err.code === 'EPIPE') return 0;
    return fail(`${name}: ${err?.message ?? String(e)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = fail(String(e));
  },
);
