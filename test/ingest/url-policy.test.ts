import { describe, expect, it } from 'vitest';
import { allowPrivateFromEnv, assertPublicAddress, parseFetchUrl } from '../../src/ingest/url-policy.js';

describe('assertPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', 'fc00::2', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '[::1]',
  ])('refuses %s', (address) => {
    expect(() => assertPublicAddress(address, 'http://x/', false)).toThrow(/E051 http:\/\/x\/: refusing to fetch from .*private, loopback or link-local/);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::6810:84e5', '::ffff:93.184.216.34'])('allows %s', (address) => {
    expect(() => assertPublicAddress(address, 'x', false)).not.toThrow();
  });

  it('allows everything when private addresses are allowed', () => {
    expect(() => assertPublicAddress('127.0.0.1', 'x', true)).not.toThrow();
  });

  it('reads DYAD_ALLOW_PRIVATE_URLS=1 only', () => {
    expect(allowPrivateFromEnv({ DYAD_ALLOW_PRIVATE_URLS: '1' })).toBe(true);
    expect(allowPrivateFromEnv({ DYAD_ALLOW_PRIVATE_URLS: 'yes' })).toBe(false);
    expect(allowPrivateFromEnv({})).toBe(false);
  });
});

describe('parseFetchUrl', () => {
  it('takes http and https', () => {
    expect(parseFetchUrl('https://example.com/a?b=1').href).toBe('https://example.com/a?b=1');
  });

  it.each([
    ['file:///etc/passwd', /the scheme file: is not fetched/],
    ['gopher://example.com/', /the scheme gopher: is not fetched/],
    ['https://user:secret@example.com/', /user name or password/],
    ['http://', /not a valid URL/],
  ])('refuses %s', (url, message) => {
    expect(() => parseFetchUrl(url)).toThrow(message);
  });
});
