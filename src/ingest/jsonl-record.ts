import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/;

function optionalString(rec: Record<string, unknown>, key: string, where: string): string | undefined {
  const v = rec[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && key === 'id') return String(v);
  if (typeof v !== 'string') throw new DyadError('E005', `field "${key}" is ${typeof v}, expected a string`, where);
  return v;
}

/**
 * Parses one JSON Lines record `{ id?, text? | html?, title?, date?, url? }` into a RawDoc.
 * @example parseJsonLine('{"id":"a","text":"Russia attacked Ukraine."}', 'stdin:#1', 'stdin:1')
 */
export function parseJsonLine(line: string, uri: string, where: string): RawDoc {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    throw new DyadError('E005', `not valid JSON (${(e as Error).message})`, where);
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new DyadError('E005', 'expected a JSON object per line', where);
  const r = rec as Record<string, unknown>;
  const text = optionalString(r, 'text', where);
  const html = optionalString(r, 'html', where);
  if (!text?.trim() && !html?.trim()) throw new DyadError('E005', 'the record has no "text" or "html"', where);
  const date = optionalString(r, 'date', where);
  const day = date ? DATE_PREFIX.exec(date)?.[1] : undefined;
  if (date && !day) throw new DyadError('E005', `field "date" is "${date}", expected YYYY-MM-DD`, where);
  const url = optionalString(r, 'url', where);
  return {
    id: optionalString(r, 'id', where), uri: url ?? uri, content: (text?.trim() ? text : html)!,
    format: text?.trim() ? 'text' : 'html', title: optionalString(r, 'title', where), date: day, url,
  };
}
