// Bytes to text: encoding detection, binary rejection, line ends and Unicode normalisation.
import { Buffer, isAscii } from 'node:buffer';

/** File signatures of the binary formats most likely to be dropped into a corpus folder by mistake. */
const MAGIC: readonly { bytes: readonly number[]; at?: number; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], at: 8, name: 'WebP image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive or Office document' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'old Office document' },
];
/** Text files have no NUL bytes; looking at the head is enough and keeps big files cheap. */
const NUL_SCAN_BYTES = 8192;
/** More replaced characters than this share means the file is not UTF-8 text at all. */
const MAX_REPLACED_SHARE = 0.1;
/**
 * Code units from U+0300 (combining marks) on: every character below is NFC on its own and never
 * composes with a neighbour, so text without any of these is NFC already and skips normalize(),
 * which copies the whole text even when nothing changes.
 */
const MAY_DENORMALISE = /[\u0300-\uffff]/;

export type Decoded = { text: string; notes: string[] } | { reason: string };

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, k) => bytes[at + k] === b);
}

function binaryKind(bytes: Uint8Array): string | undefined {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes, m.at));
  if (magic) return magic.name;
  const head = bytes.subarray(0, NUL_SCAN_BYTES);
  return head.includes(0) ? 'NUL bytes' : undefined;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const body = bytes.subarray(2, bytes.length - (bytes.length % 2));
  if (!bigEndian) return new TextDecoder('utf-16le').decode(body);
  const swapped = new Uint8Array(body.length);
  for (let k = 0; k < body.length; k += 2) {
    swapped[k] = body[k + 1];
    swapped[k + 1] = body[k];
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

function countReplaced(text: string): number {
  let n = 0;
  for (let k = text.indexOf('\uFFFD'); k >= 0; k = text.indexOf('\uFFFD', k + 1)) n++;
  return n;
}

/** Says which foreign line ends were converted, so a reader knows offsets differ from the file's. */
function lineEndNotes(text: string): string[] {
  if (!text.includes('\r')) return [];
  const crlf = text.includes('\r\n');
  const cr = /\r(?!\n)/.test(text);
  return [`${crlf && cr ? 'CRLF and CR' : crlf ? 'CRLF' : 'CR'} line ends converted to LF`];
}

/** ASCII bytes as text: the Latin-1 decoder reads them about five times faster than the UTF-8 one. */
function asciiText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** Decodes a file's bytes to NFC text with `\n` line ends, or says in one line why it is not text. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { reason: 'empty file' };
  const notes: string[] = [];
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const bigEndian = bytes[0] === 0xfe;
    text = decodeUtf16(bytes, bigEndian);
    notes.push(`decoded from UTF-16 ${bigEndian ? 'BE' : 'LE'}`);
  } else {
    const kind = binaryKind(bytes);
    if (kind) return { reason: `binary file (${kind})` };
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    if (bom) notes.push('UTF-8 byte order mark removed');
    const body = bom ? bytes.subarray(3) : bytes;
    try {
      text = isAscii(body) ? asciiText(body) : new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8').decode(body);
      const replaced = countReplaced(text);
      if (replaced > MAX_REPLACED_SHARE * text.length) {
        return { reason: `not UTF-8 text (${replaced} of ${text.length} characters invalid)` };
      }
      notes.push(`invalid UTF-8 replaced (${replaced} characters)`);
    }
  }
  const lineEnds = lineEndNotes(text);
  if (lineEnds.length > 0) {
    notes.push(...lineEnds);
    text = text.replace(/\r\n?/g, '\n');
  }
  if (MAY_DENORMALISE.test(text)) text = text.normalize('NFC');
  if (text.trim() === '') return { reason: 'only whitespace' };
  return { text, notes };
}
