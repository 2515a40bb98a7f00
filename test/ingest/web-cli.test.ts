import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyadAsync } from './cli-async.js';
import { ARTICLE_PARAGRAPHS, articlePage, startServer, type TestServer } from './web-server.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-web-cli-'));
const ENV = { DYAD_ALLOW_PRIVATE_URLS: '1' };
const HEADLINE = 'Freedonia and Sylvania agree to reopen embassies';
const SPANISH = [
  'El ministro de Asuntos Exteriores de Freedonia se reunió el martes con su homólogo de Sylvania en la capital de Marsovia, en la primera ronda de conversaciones entre los dos gobiernos desde la guerra fronteriza.',
  'Ambas partes acordaron reabrir sus embajadas y volver a reunirse el mes próximo, según un portavoz del ministerio, que calificó el encuentro de constructivo y sincero.',
  'La oposición de Sylvania criticó el acuerdo y dijo que el gobierno había cedido demasiado a cambio de una promesa de negociaciones comerciales que quizá nunca lleguen.',
];
const SYNDICATED = ['MARSOVIA CITY (Wire) — ' + ARTICLE_PARAGRAPHS[0], ...ARTICLE_PARAGRAPHS.slice(1)];

function warcRecord(uri: string, date: string, html: string): Buffer {
  const block = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: ${date}\r\nWARC-Target-URI: ${uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`;
  return gzipSync(Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]));
}

let server: TestServer;
let warc: string;
let truncated: string;

beforeAll(async () => {
  const listing = `<html><head><title>World news</title></head><body><main>${Array.from({ length: 8 }, (_, i) => `<article><h2><a href="/world/story-${i}">World story number ${i} about the talks in Marsovia</a></h2><p>A short teaser of the story.</p></article>`).join('')}</main></body></html>`;
  const video = `<html><head><meta property="og:type" content="video.other"><title>Watch: the ministers meet</title></head><body><main><h1>Watch: the ministers meet</h1><video src="/v.mp4"></video><p>The Freedonian and Sylvanian ministers meet in Marsovia.</p></main></body></html>`;
  const malformed = `<html><head><title>Talks</title><body><div><p>${ARTICLE_PARAGRAPHS[0]}<p>${ARTICLE_PARAGRAPHS[1]}</span></div></div><<<>>> <p>${ARTICLE_PARAGRAPHS[2]}<table><td>cell</p></b>`;
  const deep = `<html><body>${'<div>'.repeat(100_000)}<p>${ARTICLE_PARAGRAPHS[0]}</p>${'</div>'.repeat(100_000)}</body></html>`;
  const nested = `<html><body>${'<div>'.repeat(600)}${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(600)}</body></html>`;
  server = await startServer({
    '/news/embassies.html': { body: articlePage(HEADLINE) },
    '/wire/embassies.html': { body: `<html><head><title>Freedonia, Sylvania to reopen embassies - Daily Wire</title></head><body><div class="menu"><a href="/">Front page</a></div><div id="story"><h2>Freedonia, Sylvania to reopen embassies</h2>${SYNDICATED.map((p) => `<p>${p}</p>`).join('')}</div></body></html>` },
    '/es/embajadas.html': { body: `<html lang="es"><head><title>Freedonia y Sylvania reabren embajadas</title></head><body><article><h1>Freedonia y Sylvania reabren embajadas</h1>${SPANISH.map((p) => `<p>${p}</p>`).join('')}</article></body></html>` },
    '/section/world/': { body: listing },
    '/video/ministers': { body: video },
    '/malformed.html': { body: malformed },
    '/garbage.html': { body: '<html><body><script>var x = "<p>";</script><div class="x"><img src="a.png"></div><!-- unclosed <div <p' },
    '/deep.html': { body: deep },
    '/nested.html': { body: nested },
    '/huge.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, ' ');
      let sent = 0;
      const pump = () => { while (sent++ < 200) if (!res.write(chunk)) { res.once('drain', pump); return; } res.end(); };
      res.on('error', () => undefined);
      pump();
    },
    '/not-a-feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '<head><title>Object moved</title></head><body>Object moved</body>' },
  });
  server.routes.set('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
    <item><title>Embassies</title><link>${server.url}/news/embassies.html</link><guid>e1</guid><pubDate>Wed, 04 Mar 2020 08:00:00 GMT</pubDate></item>
    <item><title>Gone</title><link>${server.url}/gone.html</link><guid>g1</guid></item></channel></rss>` });
  warc = join(dir, 'crawl.warc.gz');
  writeFileSync(warc, Buffer.concat([
    warcRecord('https://example.org/news/embassies', '2020-03-03T12:00:00Z', articlePage(HEADLINE)),
    warcRecord('https://example.org/es/embajadas', '2020-03-03T12:01:00Z', `<html lang="es"><body><article>${SPANISH.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`),
  ]));
  truncated = join(dir, 'truncated.warc.gz');
  const whole = Buffer.concat([warcRecord('https://example.org/a', '2020-03-03T12:00:00Z', articlePage('Talks in Marsovia end')), warcRecord('https://example.org/b', '2020-03-03T12:00:01Z', articlePage('Second page'))]);
  writeFileSync(truncated, whole.subarray(0, whole.length - 100));
});

afterAll(async () => {
  await server?.close();
});

describe('dyad code with web inputs', () => {
  it('codes pages, feeds and WARC files in input order, links copies, and reports every bad input on one line (exit 3)', async () => {
    const u = server.url;
    const inputs = [
      `${u}/news/embassies.html`, `${u}/wire/embassies.html`, `${u}/es/embajadas.html`, `${u}/section/world/`, `${u}/video/ministers`,
      `${u}/malformed.html`, `${u}/garbage.html`, `${u}/deep.html`, `${u}/nested.html`, `${u}/huge.html`, `${u}/feed.xml`, `${u}/not-a-feed.xml`,
      warc, truncated,
    ];
    const r = await dyadAsync(['code', '--json', '--jobs', '1', ...inputs], ENV);
    expect(r.code).toBe(3);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.uri)).toEqual([
      `${u}/news/embassies.html`, `${u}/wire/embassies.html`, `${u}/malformed.html`, `${u}/nested.html`, `${u}/news/embassies.html`,
      'https://example.org/news/embassies', 'https://example.org/a',
    ]);
    const [first, copy, malformed, nested, fromFeed, fromWarc] = docs;
    expect(first).toMatchObject({ title: HEADLINE, published: '2020-03-03', publisher: 'Example News Ltd.', authors: ['Jane Roe'], canonicalUrl: `${u}/news/2020/03/03/story`, language: 'en' });
    expect(first.fetched).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(first.duplicateOf).toBeUndefined();
    expect(copy).toMatchObject({ duplicateOf: first.id, events: [], actors: [] });
    expect(malformed.text).toContain(ARTICLE_PARAGRAPHS[2]);
    expect(nested.text).toContain(ARTICLE_PARAGRAPHS[3]);
    // The feed's copy of the first page is the same text: linked, and dated by the feed.
    expect(fromFeed).toMatchObject({ duplicateOf: first.id, published: '2020-03-04' });
    expect(fromWarc).toMatchObject({ duplicateOf: first.id, fetched: '2020-03-03T12:00:00Z' });

    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^dyad: E057 ${u}/es/embajadas\\.html: the page is in Spanish`)),
      expect.stringMatching(new RegExp(`^dyad: E056 ${u}/section/world/: skipped: an index page`)),
      expect.stringMatching(new RegExp(`^dyad: E056 ${u}/video/ministers: skipped: a video page \\(og:type video.other\\)`)),
      expect.stringMatching(new RegExp(`^dyad: E002 ${u}/garbage\\.html: .*no article text found`)),
      `dyad: E059 ${u}/deep.html: the markup nests 100000 elements deep (more than 5000); it is not a readable page`,
      `dyad: E052 ${u}/huge.html: the response is larger than the 10 MB limit (more than 10485760 bytes arrived)`,
      `dyad: E050 ${u}/gone.html: the server answered HTTP 404 Not Found`,
      `dyad: E054 ${u}/not-a-feed.xml: the feed is not well-formed XML`,
      expect.stringMatching(/^dyad: E057 https:\/\/example\.org\/es\/embajadas.*: the page is in Spanish/),
      expect.stringMatching(/^dyad: E055 .*truncated\.warc\.gz: the file is truncated/),
    ]);
    expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  }, 120_000);

  it('refuses loopback URLs without DYAD_ALLOW_PRIVATE_URLS', async () => {
    const r = await dyadAsync(['code', '--json', `${server.url}/news/embassies.html`], { DYAD_ALLOW_PRIVATE_URLS: '' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^dyad: E051 http:\/\/127\.0\.0\.1:\d+\/news\/embassies\.html: refusing to fetch from 127\.0\.0\.1/);
  }, 60_000);
});

describe('dyad ingest with web inputs', () => {
  it('stores pages from a URL and a WARC file, a linked copy with its link, and reports the rest', async () => {
    const db = join(dir, 'ingest.db');
    const r = await dyadAsync(['ingest', '--json', '--jobs', '1', '--db', `sqlite:${db}`, `${server.url}/news/embassies.html`, warc], ENV);
    expect(r.code).toBe(3);
    const summary = JSON.parse(r.stdout.trim());
    expect(summary).toMatchObject({ read: 3, stored: 1, present: 1 });
    expect(summary.rejected).toEqual([expect.objectContaining({ input: 'https://example.org/es/embajadas' })]);
  }, 120_000);
});
