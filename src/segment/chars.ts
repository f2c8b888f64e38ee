// Character classes on the segmenter's hot path, without regexes or allocation.

/** Whether the UTF-16 code unit `c` is white space (the same set as the regex `\s`). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Case bits of a code unit: its lower and upper case differ (a cased letter); it is upper case. */
const CASED = 1;
const UPPER = 2;
let caseBits: Uint8Array | undefined;

/**
 * Case bits of every UTF-16 code unit, from toLowerCase/toUpperCase of the unit alone: the same
 * answers as asking the string functions per character, which was a fifth of segmentation's time.
 * Built once per thread (~30 ms).
 */
function caseTable(): Uint8Array {
  if (!caseBits) {
    caseBits = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      caseBits[c] = (lower !== upper ? CASED : 0) | (ch !== lower && ch === upper ? UPPER : 0);
    }
  }
  return caseBits;
}

/** Whether `s[k]` is a cased letter (its lower and upper case differ); false past either end. */
export function casedAt(s: string, k: number): boolean {
  return k >= 0 && k < s.length && (caseTable()[s.charCodeAt(k)] & CASED) !== 0;
}

/** Whether `s[k]` is an upper-case letter; false past either end. */
export function upperAt(s: string, k: number): boolean {
  return k >= 0 && k < s.length && (caseTable()[s.charCodeAt(k)] & UPPER) !== 0;
}
