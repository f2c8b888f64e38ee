// Machine-readable output that is also safe on a terminal: every character that could drive one is
// written as an escape the format defines, so the text decodes to exactly the same strings.
// JSON.stringify escapes C0 controls already, and XML cannot hold them; C1 controls (U+009B is CSI on
// some terminals), DEL and bidi overrides both leave raw.

/** DEL, C1 controls, line/paragraph separators, bidi embeddings, overrides and isolates. */
const RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (ch: string) => ch.charCodeAt(0).toString(16).padStart(4, '0');

/** `JSON.stringify`, with the unsafe characters as `\uXXXX` escapes. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_UNSAFE, (ch) => `\\u${hex(ch)}`);
}

/** XML text with the unsafe characters as character references (`&#x009b;`), which XML 1.0 allows. */
export function xmlText(xml: string): string {
  return xml.replace(RAW_UNSAFE, (ch) => `&#x${hex(ch)};`);
}
