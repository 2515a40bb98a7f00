/** One line per request: time, client, method, path and query, status, duration. */
import type { MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address.js';

/** What the log records of one request. */
export interface RequestLogEntry {
  time: string;
  client: string;
  method: string;
  /** Path and query string. */
  path: string;
  status: number;
  ms: number;
}

/** A log entry as one text line, or as one JSON object. */
export function formatLogEntry(e: RequestLogEntry, json = false): string {
  return json ? JSON.stringify(e) : `${e.time} ${e.client} ${e.method} ${e.path} ${e.status} ${e.ms}ms`;
}

/**
 * Logs after the response is ready (for a streamed export: when its headers are sent).
 * @example 2024-05-01T10:00:00.000Z 127.0.0.1 GET /api/events?quad=4 200 12ms
 */
export function requestLog(log: (line: string) => void, options: { json?: boolean; trustProxy?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    log(formatLogEntry({
      time: new Date().toISOString(), client: clientAddress(c, options.trustProxy), method: c.req.method,
      path: `${url.pathname}${url.search}`, status: c.res.status, ms: Math.round(performance.now() - started),
    }, options.json));
  };
}
