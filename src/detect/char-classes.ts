// Character classes and lower-case folding of the Basic Multilingual Plane as lookup tables, so
// that tokenizers are plain loops over char codes: Unicode-property regexes and per-word
// `toLowerCase` over 100 MB of text were the largest costs of detection and pairing.

/** Bit flags of a UTF-16 code unit. */
export const LETTER = 1;
/** Upper or title case letter (LETTER is set too). */
export const UPPER = 2;
export const DIGIT = 4;
/** A letter outside the Latin script (LETTER is set too); combining marks are not flagged. */
export const NON_LATIN = 8;

let classes: Uint8Array | undefined;
let lower: Uint16Array | undefined;
let folded: Int32Array | undefined;

/** Code units lower-cased per call in lowerCase(). */
const BLOCK = 256;

/** Every BMP code unit once, surrogates as spaces: one regex pass over it classifies them all. */
function allCodeUnits(): string {
  const units = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 32 : c;
  return new TextDecoder('utf-16le').decode(units);
}

/** Class bits by UTF-16 code unit; surrogates are 0 (astral letters are rare in news). */
export function charClasses(): Uint8Array {
  if (!classes) {
    const table = new Uint8Array(65536);
    const all = allCodeUnits();
    // Runs, not single characters: letters come in blocks, so there are few matches.
    const mark = (re: RegExp, bits: number) => {
      for (const m of all.matchAll(re)) for (let c = m.index; c < m.index + m[0].length; c++) table[c] |= bits;
    };
    mark(/[\p{L}\p{M}]+/gu, LETTER);
    mark(/[\p{Lu}\p{Lt}]+/gu, UPPER);
    mark(/[0-9]+/g, DIGIT);
    mark(/(?:(?!\p{Script=Latin})\p{L})+/gu, NON_LATIN);
    classes = table;
  }
  return classes;
}

/** Lower-case code unit by code unit; a letter whose lower case is longer (İ) stays itself. */
export function lowerCase(): Uint16Array {
  if (!lower) {
    lower = new Uint16Array(65536);
    const all = allCodeUnits();
    // Whole blocks at once; a block where some lower case is longer (İ) goes character by character.
    for (let start = 0; start < 65536; start += BLOCK) {
      const block = all.slice(start, start + BLOCK).toLowerCase();
      for (let c = start; c < start + BLOCK; c++) {
        if (block.length === BLOCK) lower[c] = block.charCodeAt(c - start);
        else {
          const l = all[c].toLowerCase();
          lower[c] = l.length === 1 ? l.charCodeAt(0) : c;
        }
      }
    }
    for (let c = 0xd800; c <= 0xdfff; c++) lower[c] = c;
  }
  return lower;
}

/** Class bits in the low byte and the lower-case code unit above them: one lookup per character. */
export function classAndLowerCase(): Int32Array {
  if (!folded) {
    const cls = charClasses();
    const low = lowerCase();
    folded = new Int32Array(65536);
    for (let c = 0; c < 65536; c++) folded[c] = (low[c] << 8) | cls[c];
  }
  return folded;
}
