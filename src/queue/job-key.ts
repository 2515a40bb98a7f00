/** Jobs are keyed by the content they code, so that enqueuing a document twice adds one job. */
import { createHash } from 'node:crypto';
import type { RawDoc } from '../core/document.js';

/**
 * The key of a document's job: a hash of its content and of what changes how it is coded (format,
 * title, date). Where it came from (uri, id, url) is left out: the same article from two feeds is
 * one job, as it is one article in the store.
 * @example jobKey({ uri: 'file:a.txt', content: 'Russia attacked Ukraine.', format: 'text' }) // 'sha256:…'
 */
export function jobKey(raw: RawDoc): string {
  const material = JSON.stringify([raw.content, raw.format, raw.title ?? null, raw.date ?? null]);
  return `sha256:${createHash('sha256').update(material).digest('hex')}`;
}

/**
 * The pg-boss job id for a key: its first 128 bits as a UUID (version 8, "custom"), since pg-boss ids are UUIDs.
 * @example jobId('sha256:00112233445566778899aabbccddeeff…') // '00112233-4455-8677-8899-aabbccddeeff'
 */
export function jobId(key: string): string {
  const hex = key.replace(/^sha256:/, '').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
