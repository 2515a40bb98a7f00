/**
 * What the browser tests run against: the web app built from the current source into a temporary folder, a
 * SQLite store filled by coding real articles (the bundled Wikinews samples, plus Wikinews records of
 * ../shared/datasets/news/news.jsonl when present), and the server on 127.0.0.1 with an ephemeral port.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { Coder } from '../../src/coder.js';
import { readInputs } from '../../src/ingest/input-reader.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { openStore } from '../../src/storage/open-store.js';
import type { Store } from '../../src/storage/store.js';
import { ROOT } from '../helpers/cli.js';

/** The shared corpus; its `wikinews_en` records are CC BY 2.5 like the samples. */
export const NEWS = join(ROOT, '../shared/datasets/news/news.jsonl');
/** Wikinews records taken from the corpus (it has 294): enough for a network, a map and dyads over two years, coded in seconds. */
export const NEWS_RECORDS = 300;

/** The running server under test, its store, and how to stop both. */
export interface ExplorerFixture {
  url: string;
  store: Store;
  /** How many corpus records were added to the samples (0 without ../shared). */
  newsRecords: number;
  close(): Promise<void>;
}

/**
 * The first `n` Wikinews records of the corpus as JSON Lines, each with its Wikinews address (the corpus README
 * gives the rule), or '' when the corpus is absent.
 */
function wikinewsRecords(n: number): string {
  if (!existsSync(NEWS)) return '';
  const out: string[] = [];
  for (const line of readFileSync(NEWS, 'utf8').split('\n')) {
    if (out.length >= n) break;
    if (!line.includes('"source_dataset": "wikinews_en"')) continue;
    const record = JSON.parse(line) as { id: string };
    out.push(JSON.stringify({ ...record, url: `https://en.wikinews.org/wiki/${record.id.replace(/^wikinews-/, '')}` }));
  }
  return out.join('\n');
}

/** Builds the app, fills a store and starts the server; takes about ten seconds, most of it coding. */
export async function openExplorerFixture(): Promise<ExplorerFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
  const webRoot = join(dir, 'web');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });

  const store = await openStore(`sqlite:${join(dir, 'dyad.db')}`);
  const news = wikinewsRecords(NEWS_RECORDS);
  const inputs = [join(ROOT, 'samples/wikinews.jsonl')];
  if (news) {
    writeFileSync(join(dir, 'wikinews.jsonl'), news);
    inputs.push(join(dir, 'wikinews.jsonl'));
  }
  const coder = new Coder();
  const docs = [];
  for await (const item of readInputs(inputs)) {
    if ('error' in item) throw item.error;
    docs.push(coder.code(item.raw));
  }
  await store.putDocuments(docs);

  const server: RunningServer = await startServer(store, { port: 0, host: '127.0.0.1', webRoot });
  return {
    url: server.url, store, newsRecords: news ? news.split('\n').length : 0,
    close: async () => {
      await server.close(1000);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
