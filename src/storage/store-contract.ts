import { afterEach, describe, expect, it } from 'vitest';
import type { CodedEvent, DyadDocument } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { runAggregateContract } from './contract/aggregate-contract.js';
import { corpus } from './contract/corpus.js';
import { runQueryContract } from './contract/query-contract.js';
import { runRelationContract } from './contract/relation-contract.js';
import { runRollupContract } from './contract/rollup-contract.js';
import type { EventRow, Store, StoreOptions } from './store.js';

/** Opens a fresh, empty, migrated store; the options must reach the adapter. */
export type NewStore = (options?: StoreOptions) => Promise<Store>;

/** The id both adapters give the 2022-02-24 attack (RUS|UKR|190|0 on that day): proof that ids do not depend on the database. */
const ATTACK_EVENT_ID = 'ev-ee1cef6804d8b058f24325f8';

/** "SOURCE CODE TARGET", a readable handle on an event. */
export function label(e: Pick<EventRow, 'sourceCode' | 'code' | 'targetCode'>): string {
  return `${e.sourceCode} ${e.code} ${e.targetCode ?? '-'}`;
}

/** Every event of a store, as labels, negated ones included. */
export async function allEvents(store: Store): Promise<EventRow[]> {
  return (await store.queryEvents({ includeNegated: true }, { limit: 1000, sort: 'date' })).rows;
}

function attackOf(rows: EventRow[]): EventRow {
  const e = rows.find((r) => label(r) === 'RUS 190 UKR' && r.date === '2022-02-24');
  if (!e) throw new Error(`no RUS 190 UKR event on 2022-02-24 among ${rows.map(label).join(', ')}`);
  return e;
}

/**
 * The contract every Store adapter passes (hono's runTest pattern): storing, idempotency,
 * merging across articles, filters, pagination, aggregates, exports, runs, claims, quotes and relations,
 * on documents coded by the real Coder.
 * @example runStoreContract('sqlite', (options) => openStore(`sqlite:${tmp}/a.db`, options))
 */
export function runStoreContract(name: string, newStore: NewStore): void {
  describe(`Store contract: ${name}`, () => {
    const open: Store[] = [];
    const fresh = async (options?: StoreOptions) => {
      const s = await newStore(options);
      open.push(s);
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it(`reports its kind and migrates idempotently`, async () => {
      const store = await fresh();
      expect(store.kind).toBe(name.split(' ')[0]);
      expect(await store.migrate()).toBe(0);
    });

    it('stores an article and gives back the whole document', async () => {
      const store = await fresh();
      const doc = corpus().talks;
      expect(await store.hasArticle(doc.hash)).toBe(false);
      expect(await store.putDocument(doc, undefined)).toEqual({ articleId: doc.hash, inserted: true, newEvents: doc.events.length, mergedEvents: 0 });
      expect(await store.hasArticle(doc.hash)).toBe(true);
      const stored = await store.getArticle(doc.hash);
      expect(stored).toMatchObject({ id: doc.hash, uri: doc.uri, title: doc.title, published: doc.published, publisher: doc.publisher, text: doc.text, furniture: doc.furniture });
      expect(stored!.document).toEqual(doc);
      expect(Date.parse(stored!.storedAt)).not.toBeNaN();
      expect(await store.getArticle('sha256:nothing')).toBeNull();
    });

    it('finds an article by the input\'s own id too', async () => {
      const store = await fresh();
      const doc: DyadDocument = { ...corpus().sanctions, id: 'wire-0042' };
      await store.putDocument(doc);
      expect((await store.getArticle('wire-0042'))?.id).toBe(doc.hash);
    });

    it('ingesting the same article twice changes nothing', async () => {
      const store = await fresh();
      const { attackA, attackB } = corpus();
      await store.putDocuments([attackA, attackB]);
      const before = await allEvents(store);
      expect(await store.putDocument(attackA)).toEqual({ articleId: attackA.hash, inserted: false, newEvents: 0, mergedEvents: 0 });
      // The same text under another id and URI is the same article: the hash decides.
      expect((await store.putDocument({ ...attackB, id: 'copy', uri: 'https://mirror.example/x' })).inserted).toBe(false);
      expect(await allEvents(store)).toEqual(before);
      expect((await store.queryArticles({}, { limit: 10 })).rows).toHaveLength(2);
    });

    it('stores a batch in order and skips a repeat inside it', async () => {
      const store = await fresh();
      const { attackA, sanctions } = corpus();
      const results = await store.putDocuments([attackA, sanctions, attackA]);
      expect(results.map((r) => [r.articleId, r.inserted])).toEqual([[attackA.hash, true], [sanctions.hash, true], [attackA.hash, false]]);
      expect(await store.putDocuments([])).toEqual([]);
    });

    it('writes a batch all or nothing: a failing document leaves no half-written article', async () => {
      const store = await fresh();
      const { attackA, sanctions } = corpus();
      const broken = { ...sanctions, events: [{ ...sanctions.events[0], source: { ...sanctions.events[0].source, code: null } } as unknown as CodedEvent] };
      await expect(store.putDocuments([attackA, broken])).rejects.toThrow();
      expect(await store.hasArticle(attackA.hash)).toBe(false);
      expect(await store.hasArticle(sanctions.hash)).toBe(false);
      expect(await allEvents(store)).toEqual([]);
      expect((await store.putDocument(attackA)).inserted).toBe(true);
    });

    it('merges one event reported by three articles from two sites, keeping every mention', async () => {
      const store = await fresh();
      const { attackA, attackB, attackC } = corpus();
      expect((await store.putDocument(attackA)).newEvents).toBe(3);
      expect(await store.putDocument(attackB)).toMatchObject({ newEvents: 1, mergedEvents: 1 });
      expect(await store.putDocument(attackC)).toMatchObject({ newEvents: 1, mergedEvents: 1 });
      const attack = attackOf(await allEvents(store));
      expect(attack).toMatchObject({
        id: ATTACK_EVENT_ID, date: '2022-02-24', sourceCode: 'RUS', sourceName: 'Russia', targetCode: 'UKR', rootCode: '19', quadClass: 4,
        numMentions: 3, numArticles: 3, numSources: 2, sourceUrl: attackA.uri, negated: false,
        dyadVersion: attackA.versions.dyad, dictionaries: attackA.versions.dictionaries,
      });
      const full = await store.getEvent(attack.id);
      expect(full!.event).toEqual(attack);
      expect(full!.mentions.map((m) => m.articleId)).toEqual([attackA.hash, attackB.hash, attackC.hash]);
      const docs = new Map([attackA, attackB, attackC].map((d) => [d.hash, d]));
      for (const m of full!.mentions) {
        const doc = docs.get(m.articleId)!;
        expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        expect(m).toMatchObject({ eventId: attack.id, trigger: 'attacked', sourceText: 'Russia', targetText: 'Ukraine', modality: 'asserted', uri: doc.uri, title: doc.title, published: doc.published });
      }
      expect(await store.getEvent('ev-missing')).toBeNull();
    });

    it('merges undated events only within their own article', async () => {
      const store = await fresh();
      const { undatedA, undatedB } = corpus();
      await store.putDocuments([undatedA, undatedB]);
      const rows = (await allEvents(store)).filter((r) => label(r) === 'ISR 111 IRN');
      expect(rows.map((r) => [r.date, r.numMentions, r.numArticles]).sort()).toEqual([[null, 1, 1], [null, 2, 1]]);
      // The article tells its event twice: one event with a retelling, each sentence a mention.
      expect(undatedA.events.filter((e) => e.source.code === 'ISR').map((e) => e.retellings?.length)).toEqual([1]);
      const told = await store.getEvent(rows.find((r) => r.numMentions === 2)!.id);
      expect(told!.mentions.map((m) => m.text)).toEqual(['Israel criticized Iran.', 'Israel criticized Iran again, the minister said.']);
    });

    it('gives the same event ids whatever the order of storing', async () => {
      const { attackA, attackB, attackC } = corpus();
      const one = await fresh();
      await one.putDocuments([attackA, attackB, attackC]);
      const two = await fresh();
      await two.putDocuments([attackC, attackB, attackA]);
      const ids = async (s: Store) => (await allEvents(s)).map((r) => `${label(r)} ${r.id} ${r.numMentions}`).sort();
      expect(await ids(two)).toEqual(await ids(one));
    });

    it('keeps counts right when writers store overlapping batches at the same time', async () => {
      const { attackA, attackB, attackC, talks } = corpus();
      const together = await fresh();
      const results = await Promise.all([
        together.putDocuments([attackA, attackB]), together.putDocuments([attackC, attackB]),
        together.putDocument(attackA), together.putDocuments([talks, attackC]),
      ]);
      expect(results.flat().filter((r) => r.inserted).map((r) => r.articleId).sort()).toEqual([attackA.hash, attackB.hash, attackC.hash, talks.hash].sort());
      const oneByOne = await fresh();
      for (const doc of [attackA, attackB, attackC, talks]) await oneByOne.putDocument(doc);
      const counts = async (s: Store) => (await allEvents(s)).map((r) => `${r.id} ${r.numMentions} ${r.numArticles} ${r.numSources}`).sort();
      expect(await counts(together)).toEqual(await counts(oneByOne));
    });

    it('merges events a day apart only inside a merge window', async () => {
      const { attackA, nextDay } = corpus();
      const sameDay = await fresh();
      await sameDay.putDocuments([attackA, nextDay]);
      expect((await allEvents(sameDay)).filter((r) => label(r) === 'RUS 190 UKR').map((r) => r.numMentions)).toEqual([1, 1]);
      const windowed = await fresh({ mergeWindowDays: 1 });
      expect(await windowed.putDocuments([attackA, nextDay])).toMatchObject([{ newEvents: 3 }, { newEvents: 0, mergedEvents: 1 }]);
      const merged = (await allEvents(windowed)).filter((r) => label(r) === 'RUS 190 UKR');
      expect(merged.map((r) => [r.id, r.date, r.numMentions, r.numArticles, r.numSources])).toEqual([[ATTACK_EVENT_ID, '2022-02-24', 2, 2, 2]]);
      const mentions = (await windowed.getEvent(ATTACK_EVENT_ID))!.mentions;
      expect(mentions.map((m) => m.date)).toEqual(['2022-02-24', '2022-02-25']);
    });

    it('records runs with their rejected inputs', async () => {
      const store = await fresh();
      const { attackA } = corpus();
      await store.startRun({ id: 'run-1', startedAt: '2024-05-01T10:00:00.000Z', dyadVersion: attackA.versions.dyad, dictionaries: attackA.versions.dictionaries });
      expect(await store.getRun('run-1')).toMatchObject({ id: 'run-1', finishedAt: null, stored: 0, skipped: 0, rejected: [] });
      await store.putDocument(attackA, 'run-1');
      const rejected = [{ input: 'a.txt', reason: 'E002 a.txt: the input is empty (0 bytes)' }, { input: 'b.bin', reason: 'E003 b.bin: binary' }];
      await store.finishRun('run-1', { stored: 1, skipped: 2, rejected });
      const run = await store.getRun('run-1');
      expect(run).toMatchObject({ id: 'run-1', startedAt: '2024-05-01T10:00:00.000Z', stored: 1, skipped: 2, rejected });
      expect(Date.parse(run!.finishedAt!)).toBeGreaterThan(Date.parse(run!.startedAt));
      expect(await store.getRun('run-0')).toBeNull();
    });

    it('passes its integrity check when sound, with the row count of every table', async () => {
      const store = await fresh();
      expect(await store.check()).toMatchObject({ ok: true, counts: { articles: 0, events: 0 } });
      const { attackA, attackB, attackC, talks, sanctions } = corpus();
      const broken = { ...sanctions, events: [{ ...sanctions.events[0], source: { ...sanctions.events[0].source, code: null } } as unknown as CodedEvent] };
      await expect(store.putDocuments([talks, broken])).rejects.toThrow();
      await store.putDocuments([attackA, attackB, attackC, talks, attackA]);
      const report = await store.check();
      expect(report.checks.filter((c) => c.rows > 0)).toEqual([]);
      expect(report.ok).toBe(true);
      const docs = [attackA, attackB, attackC, talks];
      expect(report.counts).toMatchObject({
        articles: 4, events: (await allEvents(store)).length, event_mentions: docs.reduce((n, d) => n + d.events.length, 0),
        mentions: docs.reduce((n, d) => n + d.actors.length, 0), quotes: docs.reduce((n, d) => n + d.quotes.length, 0),
      });
      expect(report.checks.map((c) => c.check)).toEqual(expect.arrayContaining([
        expect.stringMatching(/no orphan events/), expect.stringMatching(/no duplicate content hash/), expect.stringMatching(/sha256 content hash/),
        expect.stringMatching(/event_mentions\.event_id names a row of events/),
      ]));
    });

    it('rejects a cursor it did not issue with a coded error', async () => {
      const store = await fresh();
      await expect(store.queryEvents({}, { limit: 5, cursor: 'not-a-cursor' })).rejects.toThrow(DyadError);
      await expect(store.queryEvents({}, { limit: 5, cursor: 'not-a-cursor' })).rejects.toThrow(/^E030 /);
    });

    runQueryContract(newStore);
    runAggregateContract(newStore);
    runRollupContract(newStore);
    runRelationContract(newStore);
  });
}
