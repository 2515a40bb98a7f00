import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMarkup } from '../../src/ingest/charset.js';
import { parseFeed } from '../../src/ingest/feed-reader.js';
import { HostGate } from '../../src/ingest/host-gate.js';
import { readInputs, type InputItem } from '../../src/ingest/input-reader.js';
import { ROOT } from '../helpers/cli.js';
import { articlePage, startServer, type TestServer } from './web-server.js';

const FEEDS = join(ROOT, '../shared/datasets/web/feeds');

function rss(base: string, items: Array<{ guid: string; path: string; date?: string }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example News</title><link>${base}/</link>
${items.map((i) => `<item><title>Story ${i.guid}</title><link>${base}${i.path}</link><guid isPermaLink="false">${i.guid}</guid>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`).join('\n')}
</channel></rss>`;
}

describe('parseFeed', () => {
  it('reads RSS items with GUID, absolute link, title and the date as written (no UTC shift)', () => {
    const feed = parseFeed(rss('https://example.com', [{ guid: 'a-1', path: '/a', date: 'Tue, 03 Mar 2020 23:30:00 -0500' }]), 'feed');
    expect(feed).toEqual({ title: 'Example News', items: [{ guid: 'a-1', url: 'https://example.com/a', title: 'Story a-1', published: '2020-03-03' }] });
  });

  it('reads Atom entries and resolves relative links against the feed URL', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><id>urn:x:1</id><title>One</title><link href="/one"/><published>2022-07-18T10:00:00+03:00</published></entry></feed>`;
    expect(parseFeed(atom, 'feed', 'https://example.com/feeds/all.atom').items).toEqual([{ guid: 'urn:x:1', url: 'https://example.com/one', title: 'One', published: '2022-07-18' }]);
  });

  it('reads a JSON Feed', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '7', url: 'https://example.com/7', title: 'Seven', date_published: '2022-07-26T08:00:00Z' }] });
    expect(parseFeed(json, 'feed').items).toEqual([{ guid: '7', url: 'https://example.com/7', title: 'Seven', published: '2022-07-26' }]);
  });

  it.each([
    ['<html><head><title>Object moved</title></head><body>gone</body>', /E054 feed: the feed is not well-formed XML|not an RSS, Atom or RDF feed/],
    ['<?xml version="1.0"?><catalog><book/></catalog>', /E054 feed: the document is not an RSS, Atom or RDF feed/],
    ['{ "not": "a feed"', /E054 feed: the feed is not valid JSON/],
    ['this is not XML at all', /E054 feed: /],
  ])('rejects %j with a reason', (text, message) => {
    expect(() => parseFeed(text, 'feed')).toThrow(message);
  });
});

describe.skipIf(!existsSync(FEEDS))('the feeds of ../shared/datasets/web', () => {
  const read = (file: string) => parseFeed(decodeMarkup(readFileSync(join(FEEDS, file)), { kind: 'xml' }, file).text, file, 'https://feeds.example/');

  it.each([
    ['rss2-guardian-us-2018.xml', 55], ['rss2-google-news-2022.xml', 38], ['atom-google-news-2022.xml', 38],
    ['atom-talkingpointsmemo-2017.xml', 20], ['atom-heise-developer-de-2016.xml', 15], ['rss1-rdf-slashdot-iso-8859-1.xml', 3],
    ['jsonfeed-adactio-journal.json', 10], ['rss2-jn-pt-iso-8859-1-2018.xml', 40], ['rss2-oren-ru-windows-1251-2014.xml', 10],
    ['rss2-naftemporiki-gr-iso-8859-7.xml', 10], ['atom03-amefoot-jp-shift_jis.xml', 15], ['rss2-koreatimes-nonstandard-dates-2022.xml', 195],
    ['malformed-rss2-pcmag-empty-nested-item-2018.xml', 10], ['malformed-rss-uol-br-undeclared-latin1-2018.xml', 15],
  ])('%s has %i items, each with a link', (file, count) => {
    const feed = read(file);
    expect(feed.items).toHaveLength(count);
    expect(feed.items.every((i) => i.url && /^https?:\/\//.test(i.url) && i.guid)).toBe(true);
  });

  it('keeps the Korea Times items although their dates are not standard', () => {
    expect(read('rss2-koreatimes-nonstandard-dates-2022.xml').items[0].published).toBe('2022-07-28');
  });

  it('leaves the UOL items undated (Portuguese month names) rather than dropping them', () => {
    const feed = read('malformed-rss-uol-br-undeclared-latin1-2018.xml');
    expect(feed.items[0]).toMatchObject({ title: 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno', published: null });
  });

  it('rejects the HTML page served as a feed', () => {
    expect(() => read('not-a-feed-html-redirect.xml')).toThrow(/E054/);
  });
});

describe('a feed URL as input', () => {
  let server: TestServer;
  const web = { allowPrivate: true, gate: new HostGate() };
  beforeAll(async () => {
    server = await startServer({
      '/one.html': { body: articlePage('Freedonia and Sylvania agree to reopen embassies') },
      '/two.html': { body: articlePage('Marsovia offers to host a summit of the two presidents', ['The Marsovian government on Wednesday offered to host a summit of the presidents of Freedonia and Sylvania later this year, its foreign minister said in a statement.']) },
      '/not-a-feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '<head><title>Object moved</title></head><body>Object moved to <a href="/x">here</a></body>' },
      '/broken.xml': { headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut' },
      '/catalog.xml': { headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><catalog><book/></catalog>' },
    });
    server.routes.set('/feed.xml', { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss(server.url, [
      { guid: '1', path: '/one.html', date: 'Tue, 03 Mar 2020 10:00:00 GMT' }, { guid: '2', path: '/missing.html' }, { guid: '3', path: '/two.html' },
    ]) });
    // A feed served as text/html still counts as a feed by its <rss> root.
    server.routes.set('/feed-as-html', { headers: { 'content-type': 'text/html' }, body: rss(server.url, [{ guid: '1', path: '/one.html' }]) });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function read(inputs: string[]): Promise<InputItem[]> {
    const items: InputItem[] = [];
    for await (const item of readInputs(inputs, undefined, { web })) items.push(item);
    return items;
  }

  it('reads the pages its items link to, in feed order, dated by the feed; a missing page is reported', async () => {
    const items = await read([`${server.url}/feed.xml`]);
    expect(items.map((i) => ('raw' in i ? `${i.raw.uri} ${i.raw.date ?? ''}`.trim() : i.error.message))).toEqual([
      `${server.url}/one.html 2020-03-03`,
      `E050 ${server.url}/missing.html: the server answered HTTP 404 Not Found`,
      `${server.url}/two.html`,
    ]);
  });

  it('recognises a feed by its root element whatever its content type', async () => {
    const items = await read([`${server.url}/feed-as-html`]);
    expect(items.map((i) => 'raw' in i && i.raw.uri)).toEqual([`${server.url}/one.html`]);
  });

  it('reports a feed that is not XML, a broken one and an XML file that is no feed, and goes on', async () => {
    const items = await read([`${server.url}/not-a-feed.xml`, `${server.url}/broken.xml`, `${server.url}/catalog.xml`, `${server.url}/one.html`]);
    expect(items.map((i) => ('error' in i ? i.error.message : 'raw'))).toEqual([
      `E054 ${server.url}/not-a-feed.xml: the feed is not well-formed XML`,
      `E054 ${server.url}/broken.xml: the feed is not well-formed XML`,
      `E054 ${server.url}/catalog.xml: the server sent application/xml that is not an RSS, Atom or JSON feed`,
      'raw',
    ]);
  });
});
