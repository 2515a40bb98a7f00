/** Serves the built web explorer (`dist/web`, from `npm run build`) at `/`, with security headers; /api stays the API's. */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, Next } from 'hono';

/** Where `vite build` writes the app: `<package>/dist/web`, seen from both src/server and dist/server. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * The UI loads only its own scripts, styles and API; inline scripts and styles are refused, and no other site
 * may frame it. Charts set styles through the CSSOM, which style-src does not govern.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** Headers on every response of the UI (not on the API's). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/** Built files under assets/ carry a content hash in their name, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.map': 'application/json',
};

/** The file under `root` a URL path names, or null for paths outside it, hidden files and unknown kinds. */
function fileFor(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '/index.html') return resolve(root, 'index.html');
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.'))) return null;
  const file = resolve(root, `.${path}`);
  return file.startsWith(root.endsWith(sep) ? root : root + sep) && MEDIA_TYPES[extname(file)] ? file : null;
}

/** Answers GET and HEAD for the app's files; anything else (the API, unknown paths) falls through to the next handler. */
function serveFiles(root: string) {
  return async (c: Context, next: Next) => {
    const { pathname } = new URL(c.req.url);
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || pathname.startsWith('/api/') || pathname === '/openapi.json') return next();
    const file = fileFor(root, pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return next();
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': MEDIA_TYPES[extname(file)],
      'Content-Length': String(info.size),
      'Cache-Control': pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
    };
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(await readFile(file)), 200, headers);
  };
}

/**
 * Mounts the web explorer at `/` when `root` holds a built app (index.html); without one the server is the API alone.
 * @example mountWebApp(app, DEFAULT_WEB_ROOT) // GET / → dist/web/index.html
 */
export function mountWebApp(app: OpenAPIHono, root: string | false = DEFAULT_WEB_ROOT): boolean {
  if (root === false || !existsSync(resolve(root, 'index.html'))) return false;
  app.use('*', serveFiles(resolve(root)));
  return true;
}
