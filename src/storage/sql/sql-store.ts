import type { Claim, DyadDocument, Quote } from '../../core/document.js';
import type { Migration } from '../migrations/migrations.js';
import type {
  ActorRow, ArticleRow, CountryCount, DyadPoint, EventFilter, EventMention, EventRow, EventTotals, Interval, NetworkEdge, Page,
  IntegrityReport, PageResult, PutResult, QueryLimits, RelationFilter, RelationRow, RelationStatement, RunRecord, Store, StoreOptions, StoredArticle, TimelinePoint,
} from '../store.js';
import { queryActors } from './actor-queries.js';
import { countryCounts, dyadSeries, network, timeline } from './aggregate-queries.js';
import { getArticle, hasArticle, queryArticles, queryClaims, queryQuotes } from './article-queries.js';
import { lockKeys, writeDocument } from './document-writer.js';
import { DEFAULT_QUERY_LIMITS } from './event-plans.js';
import { exportEvents, getEvent, queryEvents } from './event-queries.js';
import { checkIntegrity } from './integrity-check.js';
import { applyMigrations } from './migrator.js';
import { totalsRollup } from './rollup-queries.js';
import { getRelation, queryRelations } from './relation-queries.js';
import { finishRun, getRun, startRun } from './run-queries.js';
import type { SqlDriver } from './sql-driver.js';

/** Merge window when the options give none: events merge only on the same date. */
export const DEFAULT_MERGE_WINDOW_DAYS = 0;

/**
 * The Store over any SQL driver: the SQLite and PostgreSQL adapters differ only in their driver
 * and dialect, so both run this same code and pass the same contract suite.
 */
export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  private readonly mergeWindowDays: number;
  private readonly limits: QueryLimits;

  constructor(
    private readonly db: SqlDriver,
    private readonly migrations: Migration[],
    /** The database as printed in messages (no password). */
    readonly where: string,
    options: StoreOptions = {},
  ) {
    this.kind = db.kind;
    this.mergeWindowDays = Math.max(0, Math.floor(options.mergeWindowDays ?? DEFAULT_MERGE_WINDOW_DAYS));
    this.limits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  }

  migrate(): Promise<number> {
    return applyMigrations(this.db, this.migrations, this.where);
  }

  async putDocument(doc: DyadDocument, runId?: string): Promise<PutResult> {
    return (await this.putDocuments([doc], runId))[0];
  }

  /** All documents in one transaction: a killed batch leaves nothing of any of them. */
  async putDocuments(docs: DyadDocument[], runId?: string): Promise<PutResult[]> {
    if (!docs.length) return [];
    return this.db.transaction(async (tx) => {
      await tx.lock(docs.flatMap(lockKeys));
      const ctx = { runId: runId ?? null, mergeWindowDays: this.mergeWindowDays, now: new Date().toISOString() };
      const results: PutResult[] = [];
      for (const doc of docs) results.push(await writeDocument(tx, doc, ctx));
      return results;
    });
  }

  hasArticle(hash: string): Promise<boolean> {
    return hasArticle(this.db, hash);
  }

  getArticle(id: string): Promise<StoredArticle | null> {
    return getArticle(this.db, id);
  }

  queryArticles(filter: EventFilter, page: Page): Promise<PageResult<ArticleRow>> {
    return queryArticles(this.db, filter, page);
  }

  queryEvents(filter: EventFilter, page: Page): Promise<PageResult<EventRow>> {
    return queryEvents(this.db, filter, page, this.limits);
  }

  getEvent(id: string): Promise<{ event: EventRow; mentions: EventMention[] } | null> {
    return getEvent(this.db, id);
  }

  queryActors(filter: EventFilter & { name?: string }, page: Page): Promise<PageResult<ActorRow>> {
    return queryActors(this.db, filter, page, this.limits.maxAggregatedRows);
  }

  totals(filter: EventFilter): Promise<EventTotals | null> {
    return totalsRollup(this.db, filter);
  }

  queryClaims(filter: EventFilter & { kind?: string }, page: Page): Promise<PageResult<Claim & { articleId: string }>> {
    return queryClaims(this.db, filter, page);
  }

  queryQuotes(filter: EventFilter & { speaker?: string }, page: Page): Promise<PageResult<Quote & { articleId: string }>> {
    return queryQuotes(this.db, filter, page);
  }

  queryRelations(filter: RelationFilter, page: Page): Promise<PageResult<RelationRow>> {
    return queryRelations(this.db, filter, page);
  }

  getRelation(id: string): Promise<{ relation: RelationRow; statements: RelationStatement[] } | null> {
    return getRelation(this.db, id);
  }

  timeline(filter: EventFilter, interval: Interval, split: 'quad' | 'root'): Promise<TimelinePoint[]> {
    return timeline(this.db, filter, interval, split, this.limits.maxAggregatedRows);
  }

  dyadSeries(a: string, b: string, filter: EventFilter, interval: Interval): Promise<DyadPoint[]> {
    return dyadSeries(this.db, a, b, filter, interval, this.limits.maxAggregatedRows);
  }

  network(filter: EventFilter, limit: number): Promise<NetworkEdge[]> {
    return network(this.db, filter, limit, this.limits.maxAggregatedRows);
  }

  countryCounts(filter: EventFilter): Promise<CountryCount[]> {
    return countryCounts(this.db, filter, this.limits.maxAggregatedRows);
  }

  exportEvents(filter: EventFilter): AsyncIterable<EventRow> {
    return exportEvents(this.db, filter, this.limits);
  }

  startRun(run: Omit<RunRecord, 'finishedAt' | 'stored' | 'skipped' | 'rejected'>): Promise<void> {
    return startRun(this.db, run);
  }

  finishRun(id: string, result: Pick<RunRecord, 'stored' | 'skipped' | 'rejected'>): Promise<void> {
    return finishRun(this.db, id, result);
  }

  getRun(id: string): Promise<RunRecord | null> {
    return getRun(this.db, id);
  }

  check(): Promise<IntegrityReport> {
    return checkIntegrity(this.db);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
