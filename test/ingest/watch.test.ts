import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStatePath, parseDuration } from '../../src/cli/watch-command.js';
import { SeenItems } from '../../src/ingest/watch-state.js';
import { dyadAsync } from './cli-async.js';
import { articlePage, startServer, type TestServer } from './web-server.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-'));
const ENV = { DYAD_ALLOW_PRIVATE_URLS: '1' };

const STORIES: Record<string, { headline: string; paragraphs: string[] }> = {
  one: { headline: 'Freedonia and Sylvania agree to reopen embassies', paragraphs: [
    'The Freedonian foreign minister on Tuesday met her Sylvanian counterpart in Marsovia, the first talks between the two governments since the border war of 2019.',
    'Both sides agreed to reopen their embassies and to meet again next month, a spokesman for the Freedonian foreign ministry said in a statement after the meeting.',
  ] },
  two: { headline: 'Floods force hundreds from their homes in the Sylvanian capital', paragraphs: [
    'Heavy rain flooded the lower districts of the Sylvanian capital on Monday, forcing hundreds of families to leave their homes as rivers rose above their banks.',
    'Emergency services said no one had been hurt, but the national weather office warned that more rain was expected over the mountains later in the week.',
  ] },
  three: { headline: 'Marsovia offers to host a summit of the two presidents', paragraphs: [
    'The Marsovian government on Wednesday offered to host a summit of the presidents of Freedonia and Sylvania later this year, its foreign minister said in a statement.',
    'Officials in both capitals welcomed the offer but said no date had been set, and that the foreign ministers would first meet again to prepare the agenda.',
  ] },
};

function feed(base: string, items: Array<[guid: string, path: string]>): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
${items.map(([guid, path]) => `<item><title>${guid}</title><link>${base}${path}</link><guid>${guid}</guid></item>`).join('\n')}</channel></rss>`;
}

let server: TestServer;

beforeAll(async () => {
  server = await startServer(Object.fromEntries(Object.entries(STORIES).map(([slug, s]) => [`/${slug}.html`, { body: articlePage(s.headline, s.paragraphs) }])));
  // The same story as one.html at a new address: recognised by its content hash.
  server.routes.set('/one-again.html', { body: articlePage(STORIES.one.headline, STORIES.one.paragraphs) });
  server.routes.set('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: feed(server.url, [['g1', '/one.html'], ['g2', '/two.html']]) });
});

afterAll(async () => {
  await server?.close();
});

describe('dyad watch', () => {
  it('codes the new items of a feed and only those, remembering GUIDs, URLs and content hashes', async () => {
    const db = join(dir, 'watch.db');
    const args = ['watch', `${server.url}/feed.xml`, '--db', `sqlite:${db}`, '--once', '--json', '--host-delay', '0'];

    const first = await dyadAsync(args, ENV);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).feeds[0]).toMatchObject({ items: 2, new: 2, stored: 2, repeats: 0, rejected: 0 });
    const state = JSON.parse(readFileSync(`${db}.watch.json`, 'utf8'));
    expect(state.guids).toEqual([`${server.url}/feed.xml g1`, `${server.url}/feed.xml g2`]);
    expect(state.hashes).toHaveLength(2);

    // Next poll: g1 and g2 again, a new story (g3), the first story at a new address (g4), a broken link (g5).
    server.routes.set('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: feed(server.url, [
      ['g1', '/one.html'], ['g2', '/two.html'], ['g3', '/three.html'], ['g4', '/one-again.html'], ['g5', '/missing.html'],
    ]) });
    const before = server.requests.length;
    const second = await dyadAsync(args, ENV);
    expect(second.code).toBe(3);
    expect(JSON.parse(second.stdout).feeds[0]).toMatchObject({ items: 5, new: 1, stored: 1, repeats: 1, rejected: 1 });
    expect(second.stderr.trim()).toBe(`dyad: E050 ${server.url}/missing.html: the server answered HTTP 404 Not Found`);
    // Seen items are not fetched again.
    expect(server.requests.slice(before).map((r) => r.path).sort()).toEqual(['/feed.xml', '/missing.html', '/one-again.html', '/three.html']);

    // The 404 is final: a third poll fetches only the feed.
    const third = await dyadAsync(args, ENV);
    expect(third.code).toBe(0);
    expect(JSON.parse(third.stdout).feeds[0]).toMatchObject({ items: 5, new: 0, stored: 0 });
    const count = await dyadAsync(['articles', '--db', `sqlite:${db}`, '--json'], ENV);
    expect(count.stdout.trim().split('\n')).toHaveLength(3);
  }, 120_000);

  it('reports a feed that cannot be read and a state file that is not a watch state', async () => {
    const notState = join(dir, 'notes.json');
    writeFileSync(notState, '{"notes": true}');
    const bad = await dyadAsync(['watch', `${server.url}/feed.xml`, '--db', `sqlite:${join(dir, 'x.db')}`, '--once', '--state', notState], ENV);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`E001 ${notState}: the file is not a Dyad watch state`);
    const missing = await dyadAsync(['watch', `${server.url}/nofeed.xml`, '--db', `sqlite:${join(dir, 'y.db')}`, '--once', '--host-delay', '0'], ENV);
    expect(missing.code).toBe(3);
    expect(missing.stderr.trim()).toBe(`dyad: E050 ${server.url}/nofeed.xml: the server answered HTTP 404 Not Found`);
  }, 120_000);

  it('refuses arguments that are not feed URLs or durations', async () => {
    const r = await dyadAsync(['watch', 'feeds.txt', '--once']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"feeds.txt" is not a feed URL');
    expect(() => parseDuration('soon')).toThrow(/--every is "soon", expected a duration such as 15m/);
    expect([parseDuration('15m'), parseDuration('30s'), parseDuration('1h'), parseDuration('90'), parseDuration('500ms')]).toEqual([900_000, 30_000, 3_600_000, 90_000, 500]);
  }, 60_000);
});

describe('watch state', () => {
  it('lives beside a SQLite store, else in the working directory', () => {
    expect(defaultStatePath('sqlite:./news.db')).toBe('./news.db.watch.json');
    expect(defaultStatePath('postgres://u@h/db')).toBe('dyad-watch.json');
  });

  it('round-trips through its file and forgets nothing it was told', () => {
    const path = join(dir, 'state', 'seen.json');
    const seen = SeenItems.load(path);
    expect(seen.hasItem('f', 'g', null)).toBe(false);
    seen.add({ feed: 'f', guid: 'g', url: 'https://a/1', hash: 'sha256:x' });
    seen.save(path);
    const again = SeenItems.load(path);
    expect(again.hasItem('f', 'g', null)).toBe(true);
    expect(again.hasItem('other-feed', 'g', null)).toBe(false);
    expect(again.hasItem('other-feed', 'h', 'https://a/1')).toBe(true);
    expect(again.hasHash('sha256:x')).toBe(true);
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });
});
