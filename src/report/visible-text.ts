// Article text is untrusted: control characters and escape sequences must never reach a terminal.

/** Offset from a C0 control character to its Unicode "control picture" (U+2400 block). */
const CONTROL_PICTURES = 0x2400;
/** DEL's control picture. */
const DEL_PICTURE = '\u2421';
/** Shown for C1 controls (U+0080-U+009F), bidi overrides and other invisible format characters. */
const REPLACEMENT = '\u2426';

// C0 except \n and \t, DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Replaces every character that could drive a terminal with a visible placeholder (ESC becomes ␛). */
export function visible(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(CONTROL_PICTURES + code);
    if (code === 0x7f) return DEL_PICTURE;
    return REPLACEMENT;
  });
}

/** `visible`, and newlines and tabs as spaces too: for one-line labels. */
export function visibleLine(text: string): string {
  return visible(text).replace(/[\n\t]/g, ' ');
}
