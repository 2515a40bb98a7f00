import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../../src/coder.js';
import { openStore } from '../../src/storage/open-store.js';
import type { Store } from '../../src/storage/store.js';

/** Hand-written articles, coded by the real Coder; each line is [uri, text, publication date]. */
export const ARTICLES: Array<[string, string, string]> = [
  ['test:1', 'Russia attacked Ukraine on Monday.', '2022-02-28'],
  ['test:2', 'Secretary of State Antony Blinken on Monday held separate calls with the leaders of Armenia and Azerbaijan.', '2022-07-18'],
  ['test:3', 'Israel criticized Iran on Tuesday. "We will not accept this," Israeli Prime Minister Naftali Bennett said.', '2022-03-01'],
  ['test:4', 'China and the United States met in Geneva on Wednesday to discuss trade.', '2022-05-11'],
  ['test:5', 'Russia did not attack Georgia on Friday.', '2022-04-01'],
  ['test:6', 'Germany condemned Russia in Berlin on Thursday.', '2022-03-03'],
];

/** A real SQLite store in a temporary folder, filled with ARTICLES. */
export interface Fixture {
  store: Store;
  coder: Coder;
  dir: string;
  dbUrl: string;
  close(): Promise<void>;
}

let sharedCoder: Coder | null = null;

/** One Coder for all tests in a worker: loading the dictionaries is the slow part. */
export function testCoder(): Coder {
  return (sharedCoder ??= new Coder());
}

export async function openFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const dbUrl = `sqlite:${join(dir, 'dyad.db')}`;
  const store = await openStore(dbUrl);
  const coder = testCoder();
  const docs = ARTICLES.map(([uri, content, date]) => coder.code({ uri, content, format: 'text', title: uri }, { date }));
  await store.putDocuments(docs);
  return {
    store, coder, dir, dbUrl,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
