import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/ingest/input-reader.js';
import { readWarc } from '../../src/ingest/warc-reader.js';
import { ROOT } from '../helpers/cli.js';
import { articlePage } from './web-server.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-warc-'));
const SHARED = join(ROOT, '../shared/datasets/web/warc');

/** One WARC record: headers, a blank line, the block, and two CRLFs. */
function record(type: string, uri: string, date: string, block: Buffer, contentType = 'application/http; msgtype=response'): Buffer {
  const head = [
    'WARC/1.0', `WARC-Type: ${type}`, `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>`,
    `WARC-Date: ${date}`, ...(uri ? [`WARC-Target-URI: ${uri}`] : []), `Content-Type: ${contentType}`, `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

function http(status: string, headers: Record<string, string>, body: Buffer | string): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  const lines = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), b]);
}

const pageA = articlePage('Freedonia and Sylvania agree to reopen embassies');
const pageB = Buffer.from('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>\x93Caf\xe9 talks\x94 end in Marsovia.</p></body></html>', 'latin1');
const chunked = '<html><body><p>Chunked page about the talks in Marsovia.</p></body></html>';
const chunkedBody = `${chunked.length.toString(16)}\r\n${chunked}\r\n0\r\n\r\n`;

/** The records of the test archive, each its own gzip member as crawlers write them. */
const RECORDS = [
  record('warcinfo', '', '2024-05-18T01:00:00Z', Buffer.from('software: dyad-test\r\n'), 'application/warc-fields'),
  record('request', 'https://example.org/a', '2024-05-18T01:58:09Z', Buffer.from('GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n'), 'application/http; msgtype=request'),
  record('response', 'https://example.org/a', '2024-05-18T01:58:10Z', http('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, pageA)),
  record('response', 'https://example.org/logo.png', '2024-05-18T01:58:11Z', http('200 OK', { 'Content-Type': 'image/png' }, Buffer.alloc(100))),
  record('response', 'https://example.org/old', '2024-05-18T01:58:12Z', http('302 Found', { 'Content-Type': 'text/html', Location: '/a' }, '<a href="/a">moved</a>')),
  record('response', 'dns:example.org', '2024-05-18T01:58:13Z', Buffer.from('20240518015813\nexample.org. 300 IN A 93.184.216.34\n'), 'text/dns'),
  record('response', '<https://example.org/b>', '2024-05-18T01:58:14Z', http('200 OK', { 'Content-Type': 'text/html' }, pageB)),
  record('metadata', 'https://example.org/b', '2024-05-18T01:58:14Z', Buffer.from('fetchTimeMs: 12\r\n'), 'application/warc-fields'),
  record('response', 'https://example.org/c', '2024-05-18T01:58:15Z', http('200 OK', { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }, chunkedBody)),
];
const gz = join(dir, 'crawl.warc.gz');
writeFileSync(gz, Buffer.concat(RECORDS.map((r) => gzipSync(r))));
const plain = join(dir, 'crawl.warc');
writeFileSync(plain, Buffer.concat(RECORDS));

async function collect(path: string, maxBytes?: number): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([path], undefined, { maxBytes })) items.push(item);
  return items;
}

function pages(items: InputItem[]): Array<{ uri: string; fetched?: string }> {
  return items.flatMap((i) => ('raw' in i ? [{ uri: i.raw.uri, fetched: i.raw.fetched }] : []));
}

describe('WARC files', () => {
  it.each([['gzip-compressed', gz], ['plain', plain]])('reads the HTML responses of a %s WARC with their target URI and fetch date', async (_kind, path) => {
    const items = await collect(path);
    expect(items.every((i) => 'raw' in i)).toBe(true);
    expect(pages(items)).toEqual([
      { uri: 'https://example.org/a', fetched: '2024-05-18T01:58:10Z' },
      { uri: 'https://example.org/b', fetched: '2024-05-18T01:58:14Z' },
      { uri: 'https://example.org/c', fetched: '2024-05-18T01:58:15Z' },
    ]);
    const [a, b, c] = items.map((i) => ('raw' in i ? i.raw : null)!);
    expect(a).toMatchObject({ format: 'html', url: 'https://example.org/a' });
    expect(a.content).toContain('reopen embassies');
    expect(b.content).toContain('“Café talks” end in Marsovia.');
    expect(c.content).toBe(chunked);
  });

  it('reports a truncated WARC and keeps the pages before the break', async () => {
    const whole = readFileSync(gz);
    const cut = join(dir, 'truncated.warc.gz');
    // Cut inside the last record's gzip member.
    writeFileSync(cut, whole.subarray(0, whole.length - 40));
    const items = await collect(cut);
    expect(pages(items).map((p) => p.uri)).toEqual(['https://example.org/a', 'https://example.org/b']);
    const last = items.at(-1)!;
    expect('error' in last && last.error.message).toMatch(/^E055 .*truncated\.warc\.gz: the file is truncated or damaged after record 8: \d+ bytes at its end are not a whole record$/);
  });

  it.each([10, 40, 80, 200, 400])('reports a WARC cut %i bytes short, in the payload, the headers or the gzip member', async (short) => {
    for (const file of [gz, plain]) {
      const whole = readFileSync(file);
      const cut = join(dir, `cut-${short}${file.endsWith('.gz') ? '.warc.gz' : '.warc'}`);
      writeFileSync(cut, whole.subarray(0, whole.length - short));
      const items = await collect(cut);
      expect(pages(items).length, cut).toBeLessThanOrEqual(2);
      const last = items.at(-1)!;
      expect('error' in last ? last.error.code : 'no error', cut).toBe('E055');
    }
  });

  it('reports a file that is not a WARC', async () => {
    const bad = join(dir, 'notes.warc');
    writeFileSync(bad, 'these are my notes\n');
    const [item] = await collect(bad);
    expect('error' in item && item.error.message).toBe(`E055 ${bad}: not a WARC file (it starts with "these are my notes", expected "WARC/1.0" or "WARC/1.1")`);
  });

  it('skips a page over the size limit with a reason and reads on', async () => {
    const items = await collect(gz, 1000);
    expect(items.map((i) => ('error' in i ? i.error.code : 'raw'))).toEqual(['E052', 'raw', 'raw']);
    expect('error' in items[0] && items[0].error.message).toMatch(/^E052 https:\/\/example\.org\/a \(.*record 3\): the page is larger than the 1000 bytes limit/);
  });

  it('is found in directories by its .warc.gz ending', async () => {
    const items = await collect(dir);
    expect(pages(items).filter((p) => p.uri === 'https://example.org/a').length).toBeGreaterThanOrEqual(2);
  });
});

describe.skipIf(!existsSync(SHARED))('the WARC files of ../shared/datasets/web', () => {
  it.each([
    ['archiveit-magazine-2013.warc.gz', 63],
    ['wget-angle-bracket-uris-2024.warc.gz', 15],
    ['commoncrawl-main-2024-22-single.warc.gz', 1],
    ['commoncrawl-response-only-2019.warc.gz', 1],
  ])('%s gives its %i HTML pages with status 200', async (file, count) => {
    const items: Array<{ uri: string; fetched?: string }> = [];
    for await (const item of readWarc(join(SHARED, file))) {
      expect('raw' in item).toBe(true);
      if ('raw' in item) items.push({ uri: item.raw.uri, fetched: item.raw.fetched });
    }
    expect(items).toHaveLength(count);
    expect(items.every((p) => /^https?:\/\/[^<>]+$/.test(p.uri) && /^\d{4}-\d{2}-\d{2}T/.test(p.fetched ?? ''))).toBe(true);
    if (file.startsWith('archiveit')) expect(items.filter((p) => p.uri.includes('/post/'))).toHaveLength(10);
    if (file.startsWith('commoncrawl-main')) expect(items[0]).toEqual({ uri: 'https://an.wikipedia.org/wiki/Escopete', fetched: '2024-05-18T01:58:10Z' });
  });
});
