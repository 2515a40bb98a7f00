// Benchmark of the store: ingest throughput into SQLite and PostgreSQL (articles/s, with and
// without coding) over a fixed slice of ../shared/datasets/news/news.jsonl, and queryEvents
// latency (p50/p95) with filters on a store of 100,000 events.
// Usage: npx tsx bench/store-bench.ts [articles=500] [events=100000]; DYAD_BENCH_PG picks PostgreSQL.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Coder } from '../src/coder.js';
import type { ActorMention, CodedEvent, DyadDocument } from '../src/core/document.js';
import { parseJsonLine } from '../src/ingest/jsonl-record.js';
import { openStore } from '../src/storage/open-store.js';
import type { EventFilter, Page, Store } from '../src/storage/store.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/datasets/news/news.jsonl');
const ARTICLES = Number(process.argv[2] ?? 500);
const TARGET_EVENTS = Number(process.argv[3] ?? 100_000);
const PG_URL = process.env.DYAD_BENCH_PG ?? process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const BATCH = 100;
/** Events per synthetic document, and the spread of their shifted dates. */
const EVENTS_PER_SYNTHETIC_DOC = 20;
const SHIFT_DAYS = 730;
const SYNTHETIC_SOURCES = 50;
const QUERY_RUNS = 40;

if (!existsSync(CORPUS)) {
  console.error(`bench: ${CORPUS} is absent; nothing to measure`);
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'dyad-store-bench-'));
const schemas: string[] = [];

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const backends: Array<{ name: 'sqlite' | 'postgres'; open: () => Promise<Store> }> = [
  { name: 'sqlite', open: () => openStore(`sqlite:${join(tmp, `${randomBytes(4).toString('hex')}.db`)}`) },
];
if (await pgReachable()) {
  backends.push({ name: 'postgres', open: () => { const s = `dyad_bench_${randomBytes(4).toString('hex')}`; schemas.push(s); return openStore(PG_URL, { schema: s }); } });
} else {
  console.log(`bench: PostgreSQL at ${PG_URL} is unreachable; measuring SQLite only`);
}

// --- ingest throughput over a fixed slice of the corpus ------------------------------------------

const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, ARTICLES);
const raws = lines.map((l, i) => parseJsonLine(l, `bench:#${i + 1}`, `news.jsonl:${i + 1}`));
const coder = new Coder();
let t = performance.now();
const docs = raws.map((r) => coder.code(r));
const codeSeconds = (performance.now() - t) / 1000;
const eventCount = docs.reduce((n, d) => n + d.events.length, 0);
console.log(`store benchmark: news.jsonl, first ${ARTICLES} records (${eventCount} events); coding alone ${(ARTICLES / codeSeconds).toFixed(1)} articles/s`);
console.log('\ningest (batches of 100 articles per transaction)');

for (const b of backends) {
  const store = await b.open();
  t = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) await store.putDocuments(docs.slice(i, i + BATCH));
  const putSeconds = (performance.now() - t) / 1000;
  await store.close();
  const inline = await b.open();
  t = performance.now();
  for (let i = 0; i < raws.length; i += BATCH) await inline.putDocuments(raws.slice(i, i + BATCH).map((r) => coder.code(r)));
  const bothSeconds = (performance.now() - t) / 1000;
  await inline.close();
  console.log(`  ${b.name.padEnd(9)} storing only ${(ARTICLES / putSeconds).toFixed(0).padStart(6)} articles/s   coding and storing ${(ARTICLES / bothSeconds).toFixed(1).padStart(6)} articles/s`);
}

// --- a store of 100,000 events ---------------------------------------------------------------------

let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function shift(date: string | null, days: number): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Real events with their documents, to draw from. */
const pool = docs.flatMap((doc) => doc.events.map((event) => ({ doc, event })));

/**
 * A synthetic document: real coded events (evidence sentences, actors, codes) drawn from the
 * pool, dates shifted by a random number of days, the evidence sentences as its text with
 * every offset moved to match, and a fresh hash.
 */
function syntheticDoc(j: number): DyadDocument {
  const days = Math.floor(random() * SHIFT_DAYS);
  let text = '';
  const actors: ActorMention[] = [];
  const events: CodedEvent[] = [];
  for (let k = 0; k < EVENTS_PER_SYNTHETIC_DOC; k++) {
    const { doc, event } = pool[Math.floor(random() * pool.length)];
    const delta = text.length - event.evidence.start;
    const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + delta, end: x.end + delta });
    const sentence = k;
    for (const side of [event.source, event.target]) {
      const a = side && doc.actors.find((m) => m.start === side.start && m.end === side.end);
      if (a) actors.push({ ...move(a), sentence });
    }
    events.push({
      ...event, source: move(event.source), target: event.target && move(event.target), trigger: move(event.trigger),
      evidence: move(event.evidence), sentence, date: shift(event.date, days),
    });
    text += `${event.evidence.text} `;
  }
  const hash = `sha256:${createHash('sha256').update(`synthetic ${j}`).update(text).digest('hex')}`;
  const base = pool[0].doc;
  return {
    ...base, id: `synthetic-${j}`, hash, uri: `https://source${j % SYNTHETIC_SOURCES}.example/${j}`, title: `Synthetic ${j}`,
    published: shift('2022-01-01', days), publisher: null, text, furniture: [], actors, places: [], events, claims: [], quotes: [], relations: [],
  };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const topDyad = (() => {
  const counts = new Map<string, number>();
  for (const { event } of pool) {
    const [a, b] = [event.source.code.slice(0, 3), event.target?.code.slice(0, 3) ?? '---'];
    if (a !== b && a !== '---' && b !== '---') counts.set([a, b].sort().join(' '), (counts.get([a, b].sort().join(' ')) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1])[0][0].split(' ') as [string, string];
})();

const QUERIES: Array<[string, EventFilter, Partial<Page>]> = [
  ['no filter, newest first', {}, {}],
  ['no filter, most mentioned', {}, { sort: '-mentions' }],
  [`actor ${topDyad[0]}`, { actor: topDyad[0] }, {}],
  [`dyad ${topDyad.join('-')}`, { dyad: topDyad }, {}],
  ['code 19* in one quarter', { code: '19*', from: '2022-04-01', to: '2022-06-30' }, {}],
  ['QuadClass 4, country IRN', { quadClass: 4, country: 'IRN' }, {}],
  ['root 04, confidence ≥ 0.8', { root: '04', minConfidence: 0.8 }, {}],
  ['text "attack"', { text: 'attack' }, {}],
  ['text "election" + year 2023', { text: 'election', from: '2023', to: '2023' }, {}],
];

console.log(`\nqueryEvents latency, ${QUERY_RUNS} runs each, pages of 50 (cursor: the second page)`);
console.log(`  the store: synthetic documents of ${EVENTS_PER_SYNTHETIC_DOC} real coded events each, drawn from the ${pool.length} events`);
console.log(`  coded above, dates shifted by 0–${SHIFT_DAYS - 1} days, evidence sentences as text, ${SYNTHETIC_SOURCES} sources; stored until ${TARGET_EVENTS} event rows`);
for (const b of backends) {
  const store = await b.open();
  seed = 12345;
  t = performance.now();
  await store.startRun({ id: 'bench', startedAt: new Date().toISOString(), dyadVersion: docs[0].versions.dyad, dictionaries: docs[0].versions.dictionaries });
  let j = 0;
  let rows = 0;
  while (rows < TARGET_EVENTS) {
    // One document at a time near the end, so the store holds just over the target.
    const size = Math.min(BATCH, Math.ceil((TARGET_EVENTS - rows) / EVENTS_PER_SYNTHETIC_DOC));
    const results = await store.putDocuments(Array.from({ length: size }, () => syntheticDoc(j++)));
    rows += results.reduce((n, r) => n + r.newEvents, 0);
  }
  // As `dyad ingest` does at the end of a run: this also refreshes the planner's statistics.
  await store.finishRun('bench', { stored: j, skipped: 0, rejected: [] });
  const loadSeconds = (performance.now() - t) / 1000;
  console.log(`\n  ${b.name}: ${rows} events from ${j} documents (${j * EVENTS_PER_SYNTHETIC_DOC} mentions) loaded in ${loadSeconds.toFixed(0)} s (${(j * EVENTS_PER_SYNTHETIC_DOC / loadSeconds).toFixed(0)} mentions/s)`);
  console.log(`    ${'query'.padEnd(34)} ${'rows'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'next p50'.padStart(9)}`);
  for (const [name, filter, page] of QUERIES) {
    const first = await store.queryEvents(filter, { limit: 50, ...page });
    const times: number[] = [];
    const nextTimes: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i++) {
      let s = performance.now();
      await store.queryEvents(filter, { limit: 50, ...page });
      times.push(performance.now() - s);
      if (first.next) {
        s = performance.now();
        await store.queryEvents(filter, { limit: 50, ...page, cursor: first.next });
        nextTimes.push(performance.now() - s);
      }
    }
    const next = nextTimes.length ? percentile(nextTimes, 50).toFixed(1) : '-';
    console.log(`    ${name.padEnd(34)} ${String(first.rows.length).padStart(5)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${next.padStart(9)}`);
  }
  const aggregates: Array<[string, () => Promise<unknown>]> = [
    ['timeline month × quad', () => store.timeline({}, 'month', 'quad')],
    ['network, top 100 edges', () => store.network({}, 100)],
    ['country counts', () => store.countryCounts({})],
  ];
  for (const [name, run] of aggregates) {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      await run();
      times.push(performance.now() - s);
    }
    console.log(`    ${name.padEnd(34)} ${''.padStart(5)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}`);
  }
  await store.close();
}

rmSync(tmp, { recursive: true, force: true });
if (schemas.length) {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
}
