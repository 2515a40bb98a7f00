/**
 * The web explorer in a real browser (Chromium through playwright-core) against the real server and a store of
 * coded Wikinews articles: filters, evidence, the article view, the dyad charts, the network and the map, at
 * 1280×800 and at phone width, with no console errors. Screenshots go to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { HAVE_CHROMIUM, launchBrowser, MISSING_CHROMIUM, ON_CI, watchProblems, type Browser } from './browser.js';
import { openExplorerFixture, type ExplorerFixture } from './explorer-fixture.js';

const SHOTS = join(ROOT, 'docs/screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

// On CI a missing browser is a failure with the fix in its message; elsewhere the suite says why it is skipped.
if (!HAVE_CHROMIUM && ON_CI) {
  describe('web explorer in Chromium', () => {
    it('needs Chromium', () => {
      throw new Error(MISSING_CHROMIUM);
    });
  });
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'web explorer in Chromium' : `web explorer in Chromium: skipped, ${MISSING_CHROMIUM}`, () => {
  let fx: ExplorerFixture;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  /** Fetches from the API of the server under test. */
  const apiJson = async <T>(path: string): Promise<T> => (await fetch(`${fx.url}${path}`)).json() as Promise<T>;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const open = async (hash: string) => {
    await page.goto(`${fx.url}/${hash}`);
    await page.waitForLoadState('networkidle');
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    fx = await openExplorerFixture();
    browser = await launchBrowser(DESKTOP);
    page = await browser.context.newPage();
    problems = watchProblems(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await fx?.close();
  });

  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen, seen.join('\n')).toEqual([]);
  });

  it('serves the app at / with security headers and leaves /api to the API', async () => {
    const res = await fetch(`${fx.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await res.text())![1];
    const asset = await fetch(`${fx.url}/${script}`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${fx.url}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    const missing = await fetch(`${fx.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });

  it('overview: totals, the timeline by QuadClass, the busiest dyads and actors, the latest articles', async () => {
    const summary = await apiJson<{ events: number }>('/api/aggregates/summary');
    expect(summary.events).toBeGreaterThan(fx.newsRecords ? 20 : 1);
    await open('#/overview');
    await expect.poll(() => page.locator('.totals').getAttribute('data-events')).toBe(String(summary.events));
    await page.locator('.chart canvas').first().waitFor();
    expect(Number(await page.locator('.chart').first().getAttribute('data-points'))).toBeGreaterThan(0);
    expect(await page.locator('#dyads-title ~ ol li').count()).toBeGreaterThan(0);
    expect(await page.locator('#actors-title ~ ol li').count()).toBeGreaterThan(0);
    expect(await page.locator('.articles-list li').count()).toBeGreaterThan(0);
    await shot('overview');
  });

  it('events: a QuadClass filter goes to the URL and the table; the keyboard opens the evidence', async () => {
    await open('#/events');
    await page.selectOption('select[name="quad"]', '4');
    await expect.poll(() => page.url()).toContain('quad=4');
    const expected = await apiJson<{ rows: Array<{ id: string; quadClass: number }> }>('/api/events?quad=4&limit=500');
    expect(expected.rows.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.events-grid').getAttribute('data-rows')).toBe(String(expected.rows.length));
    for (const q of await page.locator('.vt-body .vt-quad').allTextContents()) expect(q).toBe('4');

    // Only the rows in view are in the DOM.
    const all = await apiJson<{ rows: unknown[] }>('/api/events?limit=500');
    if (all.rows.length > 60) {
      await page.selectOption('select[name="quad"]', '');
      await expect.poll(() => page.locator('.events-grid').getAttribute('data-rows')).toBe(String(all.rows.length));
      expect(await page.locator('.vt-body .vt-row').count()).toBeLessThan(all.rows.length);
      await page.selectOption('select[name="quad"]', '4');
      await expect.poll(() => page.locator('.events-grid').getAttribute('data-rows')).toBe(String(expected.rows.length));
    }

    // Export links carry the filters.
    const csv = await page.locator('a[data-format="csv"]').getAttribute('href');
    expect(csv).toMatch(/\/api\/export\?.*format=csv/);
    expect(csv).toContain('quad=4');
    const exported = await (await fetch(csv!)).text();
    expect(exported.trim().split('\n')).toHaveLength(expected.rows.length + 1);

    // Keyboard: focus the table, move down, open with Enter.
    await page.locator('.events-grid').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`ev=${expected.rows[Math.min(1, expected.rows.length - 1)].id}`);
    const evidence = page.locator('.evidence');
    await evidence.locator('.sentence').first().waitFor();
    await expect.poll(() => evidence.locator('mark.hl-trigger').count()).toBeGreaterThan(0);
    expect(await evidence.locator('mark.hl-source').count()).toBeGreaterThan(0);
    expect(await evidence.locator('.mention a[href^="#/articles/"]').count()).toBeGreaterThan(0);
    await shot('events-evidence');

    // Escape closes the evidence and gives the focus back to the table.
    await evidence.press('Escape');
    await expect.poll(() => page.url()).not.toContain('ev=');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('events-grid'))).toBe(true);
  });

  it('evidence leads to the article: highlights by layer, the sentence marked, furniture apart', async () => {
    // The most reported event: every sentence that reported it is listed.
    const { rows } = await apiJson<{ rows: Array<{ id: string; numMentions: number }> }>('/api/events?sort=-mentions&limit=1');
    await open(`#/events?ev=${rows[0].id}`);
    await expect.poll(() => page.locator('.evidence .mention').count()).toBe(rows[0].numMentions);
    await expect.poll(() => page.locator('.evidence mark.hl-trigger').count()).toBeGreaterThanOrEqual(rows[0].numMentions);
    await shot('evidence-mentions');
    const link = page.locator('.evidence .mention a[href^="#/articles/"]').first();
    await link.click();
    await expect.poll(() => page.url()).toMatch(/#\/articles\/.+at=\d+-\d+/);
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article-text mark.hl-focus').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text mark.hl-actor').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text mark.hl-trigger').count()).toBeGreaterThan(0);
    await page.locator('.furniture').waitFor();
    await shot('article');

    // A layer can be switched off, and the URL remembers it.
    await page.getByLabel('Actors', { exact: true }).uncheck();
    await expect.poll(() => page.locator('.article-text mark.hl-actor').count()).toBe(0);
    expect(page.url()).toContain('hide=actors');
  });

  it('article with claims and quotes shows them in the text and beside it', async () => {
    const { rows } = await apiJson<{ rows: Array<{ articleId: string }> }>('/api/quotes?limit=50');
    const claims = await apiJson<{ rows: Array<{ articleId: string }> }>('/api/claims?limit=200');
    const both = rows.find((q) => claims.rows.some((c) => c.articleId === q.articleId)) ?? rows[0];
    if (!both) return;
    await open(`#/articles/${encodeURIComponent(both.articleId)}`);
    await page.locator('.article-text').waitFor();
    // The highlights are drawn after the text appears: wait for them rather than count at once.
    await expect.poll(() => page.locator('.article-text mark.hl-quote').count()).toBeGreaterThan(0);
    await shot('article-claims-quotes');
  });

  it('article furniture (captions, credits…) is listed apart from the text', async () => {
    const { rows } = await fx.store.queryArticles({}, { limit: 500 });
    let found: { id: string; furniture: Array<{ text: string }> } | null = null;
    for (const a of rows) {
      const stored = await fx.store.getArticle(a.id);
      if (stored?.furniture.length) {
        found = stored;
        break;
      }
    }
    if (!found) return;
    await open(`#/articles/${encodeURIComponent(found.id)}`);
    const furniture = page.locator('.furniture li');
    await furniture.first().waitFor();
    expect(await furniture.count()).toBe(found.furniture.length);
    expect(await page.locator('.article-text').textContent()).not.toContain(found.furniture[0].text);
    await page.locator('.furniture').scrollIntoViewIfNeeded();
    await shot('article-furniture');
  });

  it('dyad: events and mean Goldstein over time in both directions, with the events below', async () => {
    // The busiest pair of actors, both directions added up; pairs reported both ways and named countries first.
    const { edges } = await apiJson<{ edges: Array<{ source: string; target: string; events: number }> }>('/api/aggregates/network?limit=500');
    const pairs = new Map<string, { a: string; b: string; events: number; directions: number }>();
    for (const e of edges.filter((x) => x.source !== x.target)) {
      const [a, b] = [e.source, e.target].sort();
      const p = pairs.get(`${a} ${b}`) ?? pairs.set(`${a} ${b}`, { a, b, events: 0, directions: 0 }).get(`${a} ${b}`)!;
      p.events += e.events;
      p.directions++;
    }
    const named = (p: { a: string; b: string }) => Number(!p.a.startsWith('-') && !p.b.startsWith('-'));
    const busiest = [...pairs.values()].sort((x, y) => y.directions - x.directions || named(y) - named(x) || y.events - x.events)[0];
    await open(`#/dyad?a=${encodeURIComponent(busiest.a)}&b=${encodeURIComponent(busiest.b)}`);
    await expect.poll(() => page.locator('.dyad-charts canvas').count()).toBeGreaterThanOrEqual(2);
    const totals = page.locator('.dyad-totals');
    const ab = Number(await totals.getAttribute('data-ab'));
    const ba = Number(await totals.getAttribute('data-ba'));
    expect(ab + ba).toBeGreaterThan(0);
    await expect.poll(async () => Number(await page.locator('.events-grid').getAttribute('data-rows'))).toBeGreaterThanOrEqual(busiest.events);
    await shot('dyad');
  });

  it('network: actors and links drawn by cytoscape, with the same links in a table', async () => {
    await open('#/network');
    const graph = page.locator('.network-canvas');
    await expect.poll(async () => Number(await graph.getAttribute('data-nodes'))).toBeGreaterThan(1);
    expect(Number(await graph.getAttribute('data-edges'))).toBeGreaterThan(0);
    expect(await graph.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.network-table tbody tr').count()).toBe(Number(await graph.getAttribute('data-edges')));
    await shot('network');
    await page.locator('.network-table tbody a').first().click();
    await expect.poll(() => page.url()).toMatch(/#\/dyad\?.*a=/);
  });

  it('map: countries coloured by events and points for located events, offline', async () => {
    const { places } = await apiJson<{ places: unknown[] }>('/api/aggregates/places');
    await open('#/map');
    const map = page.locator('svg.world');
    await map.waitFor();
    expect(await map.locator('path').count()).toBeGreaterThan(150);
    expect(await map.locator('path.has-events').count()).toBeGreaterThan(0);
    await expect.poll(async () => Number(await map.getAttribute('data-points'))).toBe(places.length);
    expect(await map.locator('circle').count()).toBe(places.length);
    expect(await page.locator('a[data-format="geojson"]').count()).toBe(1);
    await shot('map');
  });

  it('the date range narrows every view and stays in the URL from view to view', async () => {
    const { firstDay, lastDay } = await apiJson<{ firstDay: string; lastDay: string }>('/api/aggregates/summary');
    const from = firstDay.slice(0, 7) === lastDay.slice(0, 7) ? firstDay : `${lastDay.slice(0, 4)}-01-01`;
    const expected = await apiJson<{ events: number }>(`/api/aggregates/summary?from=${from}&to=${lastDay}`);
    await open('#/overview');
    await page.locator('input[name="from"]').fill(from);
    await page.locator('input[name="from"]').dispatchEvent('change');
    await page.locator('input[name="to"]').fill(lastDay);
    await page.locator('input[name="to"]').dispatchEvent('change');
    await expect.poll(() => page.url()).toContain(`from=${from}`);
    await expect.poll(() => page.locator('.totals').getAttribute('data-events')).toBe(String(expected.events));
    await page.locator('nav a', { hasText: 'Network' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/network\\?.*from=${from}.*to=${lastDay}`));
    await page.locator('.network-canvas, .status').first().waitFor();
  });

  it('works by keyboard from the top of the page', async () => {
    // A fresh load: moving between views puts the focus on the view itself.
    await page.goto('about:blank');
    await open('#/overview');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^#\/events/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/events');
  });

  it('is readable at phone width: no sideways scrolling, filters fold away, evidence fills the screen', async () => {
    await page.setViewportSize(PHONE);
    try {
      await open('#/overview');
      await page.locator('.totals[data-events]').waitFor();
      await page.locator('.chart canvas').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await page.locator('#filter-form').isVisible()).toBe(false);
      await shot('phone-overview');
      await page.locator('.filters-toggle').click();
      expect(await page.locator('#filter-form').isVisible()).toBe(true);

      await open('#/events');
      await page.locator('.vt-body .vt-row').first().click();
      await page.locator('.evidence .sentence').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await shot('phone-evidence');

      await open('#/map');
      await page.locator('svg.world path').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await shot('phone-map');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});
