/** Fetches from the Dyad HTTP API (same origin), with problem+json errors turned into readable messages. */
import type { AnnotatedArticle, ApiResponses, EventWithMentions } from './types.js';

/** Query parameters: absent, empty and null values are left out. */
export type Query = Record<string, string | number | null | undefined>;

/** An API call that failed: the HTTP status and the server's `detail`. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `?a=1&b=2` from a query object, without the empty values; '' when nothing is left. */
export function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The API base: the page's own directory, so the app works behind a proxy under a sub-path. */
function apiUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), new URL('.', location.href)).toString();
}

/** An absolute URL of an API path with a query, e.g. for export links. */
export function apiHref(path: string, q: Query = {}): string {
  return apiUrl(path) + queryString(q);
}

async function getJson<T>(path: string, q: Query, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiHref(path, q), { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = await res.json().catch(() => null) as { detail?: string } | null;
    throw new ApiError(res.status, body?.detail ?? `${res.status} ${res.statusText}`);
  }
  return res.json() as Promise<T>;
}

/**
 * A typed GET of a list or aggregate route.
 * @example const { edges } = await api('/api/aggregates/network', { quad: 4 });
 */
export function api<P extends keyof ApiResponses>(path: P, q: Query = {}, signal?: AbortSignal): Promise<ApiResponses[P]> {
  return getJson<ApiResponses[P]>(path, q, signal);
}

/** One event with every mention. */
export function getEvent(id: string, signal?: AbortSignal): Promise<EventWithMentions> {
  return getJson(`/api/events/${encodeURIComponent(id)}`, {}, signal);
}

/** One stored article with all its layers. */
export function getArticle(id: string, signal?: AbortSignal): Promise<AnnotatedArticle> {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, {}, signal);
}
