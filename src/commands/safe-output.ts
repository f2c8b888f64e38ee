// Machine-readable output that is also safe on a terminal: every character that could drive one is
// written as an escape the format defines, so the text decodes to exactly the same strings.
// JSON.stringify escapes C0 controls already; C1 controls (U+009B is CSI on some terminals), DEL and bidi
// overrides it leaves raw. (XML output gets the same treatment in src/report/escape.ts.)

/** DEL, C1 controls, line/paragraph separators, bidi embeddings, overrides and isolates. */
const RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (ch: string) => ch.charCodeAt(0).toString(16).padStart(4, '0');

/** `JSON.stringify`, with the unsafe characters as `\uXXXX` escapes. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_UNSAFE, (ch) => `\\u${hex(ch)}`);
}
