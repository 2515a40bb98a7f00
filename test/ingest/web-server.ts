/** A local HTTP server for the web-input tests: routes answer from a table, on 127.0.0.1 only. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a route answers: a fixed body with headers, or a handler that writes the response itself. */
export type Route =
  | { status?: number; headers?: Record<string, string>; body: string | Buffer }
  | ((req: IncomingMessage, res: ServerResponse) => void);

/** A running test server: its base URL, the requests it saw, and its routes (editable between requests). */
export interface TestServer {
  url: string;
  routes: Map<string, Route>;
  /** Paths requested, with the User-Agent and the time each arrived and was answered. */
  requests: Array<{ path: string; userAgent: string | undefined; start: number; end: number }>;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 with a random port. Unknown paths answer 404.
 * @example const server = await startServer({ '/a.html': { headers: { 'content-type': 'text/html' }, body: '<p>x</p>' } })
 */
export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const record = { path: req.url ?? '', userAgent: req.headers['user-agent'], start: Date.now(), end: 0 };
    requests.push(record);
    res.on('close', () => { record.end = Date.now(); });
    const route = table.get(req.url ?? '');
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if (typeof route === 'function') {
      route(req, res);
    } else {
      res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/html; charset=utf-8' }).end(route.body);
    }
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

const P = [
  'The Freedonian foreign minister on Tuesday met her Sylvanian counterpart in Marsovia, the first talks between the two governments since the border war of 2019.',
  'Both sides agreed to reopen their embassies and to meet again next month, a spokesman for the Freedonian foreign ministry said in a statement after the meeting.',
  'The talks were brokered by the Marsovian government, which has offered to host a summit of the two presidents later this year in its capital, officials said.',
  'Sylvanian opposition leaders criticized the agreement, saying the government had given up too much in exchange for a promise of trade talks that may never happen.',
];

/** A fictional English news page, in the style of a news site, with the given headline and paragraphs. */
export function articlePage(headline: string, paragraphs: string[] = P, extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><title>${headline} | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="og:type" content="article">
<meta property="article:published_time" content="2020-03-03T09:00:00Z"><meta name="author" content="Jane Roe">
<link rel="canonical" href="/news/2020/03/03/story">${extraHead}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article><h1>${headline}</h1><p class="byline">By Jane Roe</p>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story about something else</a></li><li><a href="/b">A third story</a></li></ul></aside>
<footer><p>© 2020 Example News Ltd. All rights reserved.</p></footer></body></html>`;
}

/** The paragraphs of the fictional article. */
export const ARTICLE_PARAGRAPHS = P;
