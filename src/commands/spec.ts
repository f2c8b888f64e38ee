// What each command accepts, in one table that both the argument parser and `--help` read.
// Kept free of heavy imports: `tandem --help` must start fast.

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in help for string options. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** How many positional arguments: [min, max] (max Infinity for lists). */
  positionals: [number, number];
  options: Record<string, OptionSpec>;
  /** Extra lines for `--help`. */
  details?: string[];
}

const LANGS: OptionSpec = {
  type: 'string',
  value: 'L,L',
  description: 'languages in play, source first (default: en,de)',
};
const JSON_OUT: OptionSpec = { type: 'boolean', description: 'machine-readable JSON on stdout' };
const NO_COLOR: OptionSpec = { type: 'boolean', description: 'no colour (also when NO_COLOR is set)' };
const PAIRS: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description: 'known pairs (JSON {"en.txt": "de.txt"}, [{en, de}] or TSV) that override the guess',
};

export const COMMANDS: CommandSpec[] = [
  {
    name: 'qa',
    summary: 'run the whole pipeline on a folder of articles and write a report',
    usage: 'tandem qa [DIR] [--out DIR] [--no-tui] [--json] [--langs en,de] [--pairs FILE]',
    positionals: [0, 1],
    options: {
      out: { type: 'string', value: 'DIR', description: 'where run folders go (default: reports/)' },
      'no-tui': { type: 'boolean', description: 'never open the review UI, print a summary' },
      json: { type: 'boolean', description: 'print the report JSON instead of a summary' },
      langs: LANGS,
      pairs: PAIRS,
      'no-color': NO_COLOR,
      quiet: { type: 'boolean', short: 'q', description: 'no progress lines on stderr' },
    },
    details: [
      'DIR defaults to corpus/. Writes <out>/<run-id>/{report.json,report.md,index.html,alignments.tmx}',
      'and points <out>/latest at it. Verdicts from the review file beside DIR are applied.',
      'Exit 0: no open flags; 1: open flags found; 2: usage error or unusable input.',
    ],
  },
  {
    name: 'detect',
    summary: 'tell the language of article files',
    usage: 'tandem detect FILE... [--json] [--langs en,de]',
    positionals: [1, Infinity],
    options: { json: JSON_OUT, langs: LANGS },
  },
  {
    name: 'pair',
    summary: 'pair each source article in a folder with its translation',
    usage: 'tandem pair DIR [--json] [--langs en,de] [--pairs FILE]',
    positionals: [1, 1],
    options: { json: JSON_OUT, langs: LANGS, pairs: PAIRS },
  },
  {
    name: 'segment',
    summary: 'split texts into sentences',
    usage: 'tandem segment --lang L --batch FILE.json',
    positionals: [0, 0],
    options: {
      lang: { type: 'string', value: 'L', description: 'language of the texts (en, de)' },
      batch: { type: 'string', value: 'FILE', description: 'JSON array of strings or of {text} objects' },
    },
    details: ['Prints a JSON array: for each input, its array of sentences.'],
  },
  {
    name: 'align',
    summary: 'align the sentences of two articles',
    usage: 'tandem align --src F --tgt F [--presplit] [--src-lang L --tgt-lang L] [--format json|tmx|tsv]',
    positionals: [0, 0],
    options: {
      src: { type: 'string', value: 'FILE', description: 'source article' },
      tgt: { type: 'string', value: 'FILE', description: 'target article' },
      presplit: { type: 'boolean', description: 'one sentence per line, taken as is' },
      'src-lang': { type: 'string', value: 'L', description: 'source language (default: detected, else en)' },
      'tgt-lang': { type: 'string', value: 'L', description: 'target language (default: detected, else de)' },
      format: { type: 'string', value: 'FMT', description: 'json (default), tmx (TMX 1.4b) or tsv' },
    },
    details: ['json: [{"src": [i...], "tgt": [j...]}], 0-based, every sentence in exactly one bead.'],
  },
  {
    name: 'check',
    summary: 'check aligned sentence pairs for numeric mismatches',
    usage: 'tandem check --jsonl FILE',
    positionals: [0, 0],
    options: {
      jsonl: { type: 'string', value: 'FILE', description: 'JSONL lines {"id", "en", "de"} (- for stdin)' },
      langs: LANGS,
    },
    details: ['Prints one JSONL line per input: {"id", "flagged", "flags": [{rule, severity, message, src?, tgt?}]}.'],
  },
  {
    name: 'review',
    summary: 'go through the flags of a run and record verdicts',
    usage: 'tandem review [RUN] [--no-color]',
    positionals: [0, 1],
    options: { 'no-color': NO_COLOR },
    details: ['RUN is a run folder or its report.json (default: reports/latest). Off a terminal, prints the flags.'],
  },
  {
    name: 'diff',
    summary: 'compare the flags of two runs',
    usage: 'tandem diff OLD NEW [--json]',
    positionals: [2, 2],
    options: { json: JSON_OUT },
    details: ['Lists flags new, resolved and unchanged by fingerprint. Exit 1 when new open flags appeared.'],
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`;
    return `  ${flag.padEnd(24)} ${o.description}`;
  });
  rows.push(`  ${'-h, --help'.padEnd(24)} this help`);
  return [
    `tandem ${spec.name}: ${spec.summary}`,
    '',
    `usage: ${spec.usage}`,
    '',
    'options:',
    ...rows,
    ...(spec.details ? ['', ...spec.details] : []),
    '',
  ].join('\n');
}

export function mainHelp(version: string): string {
  return [
    `tandem ${version}: checks English/German translated news for numeric mismatches`,
    '',
    'usage: tandem <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`),
    '',
    'tandem <command> --help shows a command\'s options. tandem --version prints the version.',
    'Exit codes: 0 success, 1 open flags found, 2 usage error or unusable input.',
    '',
  ].join('\n');
}
