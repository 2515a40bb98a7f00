/** Fetches one URL politely and safely: address policy, redirects, timeouts, a size limit, decompression. */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { DyadError } from '../core/errors.js';
import { DYAD_VERSION } from '../version.js';
import { HostGate } from './host-gate.js';
import { assertPublicAddress, parseFetchUrl } from './url-policy.js';

/** The User-Agent Dyad sends: who is asking, and why. */
export const USER_AGENT = `Dyad/${DYAD_VERSION} (political event coder; Node.js ${process.versions.node})`;
/** Longest time for a whole request, redirects included. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Longest silence on the socket (connecting, or between chunks of the body). */
export const DEFAULT_IDLE_TIMEOUT_MS = 15_000;
/** Largest body read, after decompression; a larger page is refused (a 200 MB page never fills memory). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Most redirects followed. */
export const DEFAULT_MAX_REDIRECTS = 5;
/** What Dyad can read, in order of preference. */
const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, text/plain;q=0.5, */*;q=0.1';

/** Options of {@link fetchUrl}. */
export interface FetchOptions {
  timeoutMs?: number;
  idleTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Fetch private, loopback and link-local addresses too (see url-policy.ts). */
  allowPrivate?: boolean;
  /** Serialises requests per host; the shared default gate is used when absent. */
  gate?: HostGate;
  userAgent?: string;
  /** Refuses a response by its Content-Type before its body is read: returns the reason, or null to read it. */
  refuseType?: (contentType: string | null) => string | null;
}

/** A fetched resource: its final URL, status, content type, and body bytes (decompressed). */
export interface FetchedResource {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  /** When the response arrived (ISO 8601). */
  fetched: string;
}

/** The process-wide gate: one request at a time per host, whoever asks. */
export const SHARED_GATE = new HostGate();

/**
 * Fetches `input` with Dyad's User-Agent, following at most `maxRedirects` redirects; every hop's
 * address passes the private-address check. Throws a DyadError naming `where`: E051 refused,
 * E050 network or HTTP error, E052 too large, E058 timed out.
 * @example const page = await fetchUrl('https://example.com/news/1', { timeoutMs: 10_000 })
 */
export async function fetchUrl(input: string, options: FetchOptions = {}, where = input): Promise<FetchedResource> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let url = parseFetchUrl(input, where);
  for (let hop = 0; ; hop++) {
    const target = url;
    const response = await (options.gate ?? SHARED_GATE).run(target.host, () => fetchOnce(target, options, deadline, where));
    if ('redirect' in response) {
      if (hop >= maxRedirects) throw new DyadError('E050', `more than ${maxRedirects} redirects (the last to ${response.redirect})`, where);
      url = parseFetchUrl(new URL(response.redirect, target).href, where);
      continue;
    }
    return response;
  }
}

/** A DNS lookup that refuses private addresses: checked where the connection is made, so DNS cannot change its answer in between. */
function guardedLookup(where: string, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as unknown as LookupAddress[];
      try {
        for (const a of list) assertPublicAddress(a.address, where, allowPrivate);
      } catch (e) {
        return callback(e as NodeJS.ErrnoException, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

type Hop = FetchedResource | { redirect: string };

function fetchOnce(url: URL, options: FetchOptions, deadline: number, where: string): Promise<Hop> {
  const allowPrivate = options.allowPrivate ?? false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address skips DNS, so it is checked here.
  if (isIP(host)) assertPublicAddress(host, where, allowPrivate);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(timedOut(options, where));
  const requestOptions: RequestOptions = {
    method: 'GET',
    headers: { 'user-agent': options.userAgent ?? USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
    lookup: guardedLookup(where, allowPrivate),
    timeout: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, value?: Hop) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) { req.destroy(); reject(error); } else resolve(value!);
    };
    const timer = setTimeout(() => finish(timedOut(options, where)), remaining);
    const req = send(url, requestOptions, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        finish(null, { redirect: res.headers.location });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        finish(new DyadError('E050', `the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, where));
        return;
      }
      const refusal = options.refuseType?.(res.headers['content-type'] ?? null);
      if (refusal) {
        finish(new DyadError('E053', refusal, where));
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (!res.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
        finish(tooLarge(maxBytes, `it declares ${declared} bytes`, where));
        return;
      }
      readBody(res, maxBytes, where).then(
        (body) => finish(null, { url: url.href, status, contentType: res.headers['content-type'] ?? null, body, fetched: new Date().toISOString() }),
        (e) => finish(e as Error),
      );
    });
    req.on('timeout', () => finish(new DyadError('E058', `no data for ${Math.round((options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS) / 1000)} s`, where)));
    req.on('error', (e) => finish(e instanceof DyadError ? e : networkError(e, where)));
    req.end();
  });
}

/** Reads the body, decompressing it, and stops as soon as it passes `maxBytes`. */
function readBody(res: IncomingMessage, maxBytes: number, where: string): Promise<Buffer> {
  const encoding = String(res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(createInflate());
  else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
  else if (encoding !== 'identity') return Promise.reject(new DyadError('E050', `unsupported Content-Encoding "${encoding}"`, where));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Rejected first: destroying the response emits 'aborted', which must not win.
        reject(tooLarge(maxBytes, `more than ${maxBytes} bytes arrived`, where));
        res.destroy();
        stream.destroy();
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (e) => reject(new DyadError('E050', `the body could not be read (${e.message})`, where)));
    res.on('aborted', () => reject(new DyadError('E050', 'the connection closed before the body was complete', where)));
  });
}

function tooLarge(maxBytes: number, detail: string, where: string): DyadError {
  return new DyadError('E052', `the response is larger than the ${formatBytes(maxBytes)} limit (${detail})`, where);
}

function timedOut(options: FetchOptions, where: string): DyadError {
  return new DyadError('E058', `no complete answer within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`, where);
}

function networkError(e: Error, where: string): DyadError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'ENOTFOUND' ? 'the host name does not resolve'
    : code === 'ECONNREFUSED' ? 'the connection was refused'
    : code === 'ECONNRESET' ? 'the connection was reset'
    : e.message;
  return new DyadError('E050', reason, where);
}

/** "10 MB", "512 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
