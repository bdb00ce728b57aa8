/**
 * Bytes → text, or the reason the bytes are not an article: empty, binary (NUL bytes, or too many
 * control characters), or not decodable. UTF-8 is expected (a BOM is dropped); UTF-16 with a BOM is
 * accepted; bytes that are not valid UTF-8 but look like text are read as Windows-1252 (Latin-1), the
 * usual encoding of older French and English files.
 */
import { READ_DEFAULTS } from './defaults.ts';

export type Decoded = { text: string } | { error: string };

/** Share of characters that are C0 controls other than tab, newline, carriage return and form feed. */
function controlRatio(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

export function decodeBytes(bytes: Uint8Array, maxBadCharRatio: number = READ_DEFAULTS.maxBadCharRatio): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes), not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      // Latin-1 misreads of binary data are full of C1/C0 controls; real text is not.
      const c1 = (text.match(/[\u0080-\u009f]/g) ?? []).length;
      if (controlRatio(text) > maxBadCharRatio || c1 / text.length > maxBadCharRatio) {
        return { error: 'binary or unknown encoding (not valid UTF-8 text)' };
      }
    }
  }
  if (controlRatio(text) > maxBadCharRatio) return { error: 'binary file (control characters), not text' };
  if (!text.trim()) return { error: 'empty file (only whitespace)' };
  return { text };
}
