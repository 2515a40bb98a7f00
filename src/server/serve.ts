/** Runs the API on a socket with @hono/node-server, and stops it gracefully. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Store } from '../storage/store.js';
import { createApp } from './app.js';
import type { AppOptions } from './options.js';

/** How long in-flight requests (a long export) get to finish after a stop signal before their sockets are closed. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8765 (the real port when 0 was asked for). */
  url: string;
  port: number;
  /** Stops accepting connections, lets open requests finish (up to the grace period), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Serves the API for `store` on host:port (port 0 picks a free one).
 * @example const s = await startServer(store, { port: 0, host: '127.0.0.1' }); await fetch(`${s.url}/api/events`); await s.close();
 */
export function startServer(store: Store, opts: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(store, opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ url: `http://${host}:${info.port}`, port: info.port, close: (graceMs = SHUTDOWN_GRACE_MS) => stop(server as Server, graceMs) });
    });
    server.once('error', reject);
  });
}

function stop(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // Keep-alive connections with no request in flight would otherwise hold close() open.
    server.closeIdleConnections();
  });
}
