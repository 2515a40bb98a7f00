/** Which URLs Dyad may fetch: http and https to public addresses, unless private ones are allowed. */
import { BlockList, isIP } from 'node:net';
import { DyadError } from '../core/errors.js';

/** The environment variable that lets Dyad fetch private, loopback and link-local addresses (tests, intranets). */
export const ALLOW_PRIVATE_ENV = 'DYAD_ALLOW_PRIVATE_URLS';

/** Schemes Dyad fetches. */
const SCHEMES = new Set(['http:', 'https:']);

/** Address ranges that are not the public internet (RFC 6890 special-purpose registries). */
const PRIVATE_RANGES: ReadonlyArray<[string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'], // "this network"
  ['10.0.0.0', 8, 'ipv4'], // private
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'], // loopback
  ['169.254.0.0', 16, 'ipv4'], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12, 'ipv4'], // private
  ['192.0.0.0', 24, 'ipv4'], // IETF protocol assignments
  ['192.0.2.0', 24, 'ipv4'], // documentation
  ['192.168.0.0', 16, 'ipv4'], // private
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['198.51.100.0', 24, 'ipv4'], // documentation
  ['203.0.113.0', 24, 'ipv4'], // documentation
  ['224.0.0.0', 4, 'ipv4'], // multicast
  ['240.0.0.0', 4, 'ipv4'], // reserved, broadcast
  ['::', 128, 'ipv6'], // unspecified
  ['::1', 128, 'ipv6'], // loopback
  ['64:ff9b:1::', 48, 'ipv6'], // local-use NAT64
  ['100::', 64, 'ipv6'], // discard-only
  ['2001:db8::', 32, 'ipv6'], // documentation
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['ff00::', 8, 'ipv6'], // multicast
];

const blocked = new BlockList();
for (const [address, prefix, family] of PRIVATE_RANGES) blocked.addSubnet(address, prefix, family);

/** Whether `DYAD_ALLOW_PRIVATE_URLS=1` is set. */
export function allowPrivateFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ALLOW_PRIVATE_ENV] === '1';
}

/** The IPv4 address inside an IPv4-mapped or IPv4-compatible IPv6 address (`::ffff:127.0.0.1`), if any. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:0*:)*(?:::)?(?:ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return m ? m[1] : null;
}

/**
 * The one check of where Dyad may connect: throws E051 when `address` (an IP address, from DNS
 * or written in the URL) is private, loopback, link-local, multicast or otherwise not public,
 * unless `allowPrivate` is set. Every connection, redirects included, passes through here.
 * @example assertPublicAddress('127.0.0.1', 'http://localhost/', false) // throws E051
 */
export function assertPublicAddress(address: string, where: string, allowPrivate: boolean): void {
  if (allowPrivate) return;
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) throw new DyadError('E051', `"${address}" is not an IP address`, where);
  const v4 = family === 6 ? embeddedIpv4(bare) : bare;
  const isPrivate = v4 && isIP(v4) === 4 ? blocked.check(v4, 'ipv4') : blocked.check(bare, 'ipv6');
  if (isPrivate) {
    throw new DyadError('E051', `refusing to fetch from ${bare}, a private, loopback or link-local address (set ${ALLOW_PRIVATE_ENV}=1 to allow it)`, where);
  }
}

/**
 * Parses a URL Dyad is asked to fetch: http or https only, no user name or password in it.
 * Throws E051 otherwise.
 */
export function parseFetchUrl(input: string, where = input): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new DyadError('E051', 'not a valid URL', where);
  }
  if (!SCHEMES.has(url.protocol)) throw new DyadError('E051', `the scheme ${url.protocol} is not fetched; expected http: or https:`, where);
  if (url.username || url.password) throw new DyadError('E051', 'the URL carries a user name or password; Dyad does not send credentials', where);
  return url;
}
