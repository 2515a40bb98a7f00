/** Write access: `Authorization: Bearer <token>` against the configured token, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.js';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * 403 when no token is configured (the API is read-only), 401 without a bearer token, 403 with a wrong one.
 * Runs before the body is read, so unauthorized requests cost nothing.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) return problem(403, 'the API is read-only: start the server with DYAD_TOKEN set to allow writes');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m) {
      return problem(401, 'this endpoint needs an "Authorization: Bearer <token>" header', {}, { 'WWW-Authenticate': 'Bearer realm="dyad"' });
    }
    if (!timingSafeEqual(digest(m[1]), expected)) return problem(403, 'the bearer token is not the one this server was started with');
    return next();
  };
}
