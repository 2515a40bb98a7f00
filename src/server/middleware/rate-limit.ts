/** A fixed-window request counter per client address, in memory (one process; not shared between servers). */
import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.js';
import { clientAddress } from './client-address.js';

/** Addresses tracked before expired windows are swept, so a flood of addresses cannot grow memory without bound. */
export const SWEEP_AT_ADDRESSES = 10_000;

interface Window {
  count: number;
  resetAt: number;
}

/** Rate-limit options: `max` requests per `windowMs` per address; `now` is injectable for tests. */
export interface RateLimitOptions {
  max: number;
  windowMs: number;
  trustProxy?: boolean;
  now?: () => number;
}

/**
 * Counts requests per address and answers 429 (with Retry-After) past `max` in a window.
 * Every response carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (seconds).
 */
export function rateLimit({ max, windowMs, trustProxy = false, now = Date.now }: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, Window>();
  return async (c, next) => {
    if (max <= 0) return next();
    const t = now();
    if (windows.size >= SWEEP_AT_ADDRESSES) {
      for (const [key, w] of windows) if (w.resetAt <= t) windows.delete(key);
    }
    const key = clientAddress(c, trustProxy);
    let w = windows.get(key);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + windowMs };
      windows.set(key, w);
    }
    w.count++;
    const reset = String(Math.max(1, Math.ceil((w.resetAt - t) / 1000)));
    const headers = { 'RateLimit-Limit': String(max), 'RateLimit-Remaining': String(Math.max(0, max - w.count)), 'RateLimit-Reset': reset };
    if (w.count > max) {
      return problem(429, `more than ${max} requests in ${windowMs / 1000} s from ${key}; retry in ${reset} s`, {}, { ...headers, 'Retry-After': reset });
    }
    await next();
    for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v);
  };
}
