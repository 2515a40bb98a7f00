/** What `createApp` takes: the ingest token, a coder, limits and a request log. */
import type { Coder } from '../coder.js';

/** Request limits of the HTTP API; every one can be changed (`dyad serve --rate-limit …`). */
export interface ServerLimits {
  /** Largest request body in bytes; a larger one gets 413. */
  bodyBytes: number;
  /** Requests per client address per window; a client over it gets 429 until the window ends. 0 turns it off. */
  rateLimit: number;
  /** Length of a rate-limit window in milliseconds. */
  rateWindowMs: number;
  /** Rows per page when `limit` is absent. */
  defaultPageSize: number;
  /** Most rows per page (and most edges of /api/aggregates/network). */
  maxPageSize: number;
  /** Most records in one POST /api/ingest. */
  maxIngestRecords: number;
}

/** The defaults: 1 MiB bodies, 600 requests a minute per address, pages of 50 up to 500, 100 records per ingest. */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  bodyBytes: 1024 * 1024,
  rateLimit: 600,
  rateWindowMs: 60_000,
  defaultPageSize: 50,
  maxPageSize: 500,
  maxIngestRecords: 100,
});

/** Options of `createApp`. */
export interface AppOptions {
  /** When set, POST /api/ingest is open to requests with `Authorization: Bearer <token>`; otherwise the API is read-only. */
  token?: string;
  /** The coder for POST /api/ingest; by default one is built (dictionaries loaded) on the first ingest. */
  coder?: Pick<Coder, 'code' | 'dicts'>;
  limits?: Partial<ServerLimits>;
  /** Receives one line per request and one per unexpected error (`dyad serve` writes them to stderr). */
  log?: (line: string) => void;
  /** Log lines as JSON objects instead of text. */
  logJson?: boolean;
  /**
   * Take the client address for rate limiting from the first X-Forwarded-For entry. Only behind a proxy
   * that sets it: otherwise any client can pick its own address.
   */
  trustProxy?: boolean;
  /** The built web explorer served at `/` (default dist/web when built); false serves the API alone. */
  webRoot?: string | false;
  /**
   * How POST /api/ingest fetches a record's `url`: private, loopback and link-local addresses are refused
   * unless `allowPrivate` (default: DYAD_ALLOW_PRIVATE_URLS=1), with at most 5 redirects and 10 MB by default.
   */
  fetch?: { allowPrivate?: boolean; maxRedirects?: number; maxBytes?: number; timeoutMs?: number };
}
