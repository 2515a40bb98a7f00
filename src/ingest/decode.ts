import { DyadError } from '../core/errors.js';

/** How many leading bytes are inspected for NUL bytes when telling binary from text. */
const BINARY_SNIFF_BYTES = 8192;

/** Decodes bytes as UTF-8 text, rejecting empty, binary and non-UTF-8 input with a coded error. */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new DyadError('E002', 'the input is empty (0 bytes)', where);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new DyadError('E003', 'the input looks binary (it contains NUL bytes); expected UTF-8 text, HTML or JSON Lines', where);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    throw new DyadError('E004', `the input is not valid UTF-8 (first bad byte at offset ${bad}); convert it, e.g. with iconv -t UTF-8`, where);
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DyadError('E002', 'the input has only white space', where);
  return text;
}

function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try { decoder.decode(bytes.subarray(0, mid + 1)); lo = mid + 1; } catch { hi = mid; }
  }
  return lo;
}
