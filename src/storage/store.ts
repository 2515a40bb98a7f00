import type { Claim, DyadDocument, Furniture, Quote, Relation, RelationTime } from '../core/document.js';

/** Filters shared by the CLI, the HTTP API and exports. Every field is optional. */
export interface EventFilter {
  /** Either side's code starts with this ("USA" matches USAGOV). */
  actor?: string;
  source?: string;
  target?: string;
  /** Both sides, either direction: "USA-RUS". */
  dyad?: [string, string];
  /** Exact CAMEO code, or a prefix when it ends in '*'. */
  code?: string;
  root?: string;
  quadClass?: number;
  /** ISO3 country of either actor or of the location. */
  country?: string;
  from?: string;
  to?: string;
  /** Full-text search in the evidence sentences. */
  text?: string;
  minConfidence?: number;
  /** Negated events ("did not attack") are left out unless this is true. */
  includeNegated?: boolean;
}

/** Cursor pagination: `cursor` is opaque, returned as `next` by the previous page. */
export interface Page {
  limit: number;
  cursor?: string | null;
  /** Default '-date': newest first (undated events last); ties go by id. */
  sort?: 'date' | '-date' | 'mentions' | '-mentions';
}

export interface PageResult<T> {
  rows: T[];
  next: string | null;
  /**
   * True when the store stopped reading rows before it had them all. Events: the page may be short
   * or empty (a filter that matches few of the rows it looked at), and `next` goes on from where it
   * stopped. Actors: the counts were taken over the first rows read only. Absent otherwise.
   */
  truncated?: boolean;
}

/** One distinct real-world event, merged across the articles that report it. */
export interface EventRow {
  id: string;
  date: string | null;
  datePrecision: string | null;
  sourceCode: string;
  sourceName: string | null;
  targetCode: string | null;
  targetName: string | null;
  code: string;
  baseCode: string;
  rootCode: string;
  quadClass: number;
  goldstein: number;
  ploverType: string | null;
  ploverMode: string | null;
  negated: boolean;
  locationName: string | null;
  locationCountry: string | null;
  lat: number | null;
  lon: number | null;
  numMentions: number;
  numArticles: number;
  numSources: number;
  confidence: number;
  /** When the event was first stored (ISO timestamp). */
  firstSeen: string;
  /** The first article's URI. */
  sourceUrl: string;
  dyadVersion: string;
  dictionaries: string;
}

/** One report of an event: an article, a sentence, offsets. Never deleted by deduplication. */
export interface EventMention {
  eventId: string;
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  trigger: string;
  sourceText: string;
  targetText: string | null;
  confidence: number;
  modality: string;
  /** The date this sentence gives the event (it may differ from the event's date within a merge window). */
  date?: string | null;
  uri: string;
  title: string | null;
  published: string | null;
}

export interface StoredArticle {
  id: string;
  uri: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  text: string;
  furniture: Furniture[];
  /** The whole coded document as it was stored. */
  document: DyadDocument;
  storedAt: string;
}

export interface ArticleRow {
  id: string;
  uri: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  events: number;
  storedAt: string;
}

export interface ActorRow {
  code: string;
  name: string;
  mentions: number;
  asSource: number;
  asTarget: number;
}

export type Interval = 'day' | 'week' | 'month';

export interface TimelinePoint {
  period: string;
  /** QuadClass (1–4) or root code, as chosen by `split`. */
  key: string;
  events: number;
  goldstein: number;
}

export interface DyadPoint {
  period: string;
  direction: 'ab' | 'ba';
  events: number;
  goldstein: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  meanGoldstein: number;
}

/** Totals over the events that match a filter (the shape of /api/aggregates/summary). */
export interface EventTotals {
  events: number;
  /** Sentences that reported them (an event reported twice counts twice). */
  mentions: number;
  /** Distinct actor codes, sources and targets together. */
  actors: number;
  /** Distinct countries events happened in (of the events with a location). */
  countries: number;
  /** Events with coordinates. */
  located: number;
  /** Events per QuadClass, keys '1'…'4'. */
  byQuad: Record<string, number>;
  /** The earliest and latest event dated to the day (YYYY-MM-DD). */
  firstDay: string | null;
  lastDay: string | null;
  /** Mean Goldstein score, null without events. */
  meanGoldstein: number | null;
}

export interface CountryCount {
  country: string;
  events: number;
  goldstein: number;
}

/** Filters for standing relations (`dyad relations`, `/api/relations`). Every field is optional. */
export interface RelationFilter {
  /** Either side's code starts with this ("ARM" matches Armenia and ARMGOV people). */
  actor?: string;
  /** Side a's code starts with this: the backer, the member, the office holder, the sovereign. */
  a?: string;
  /** Side b's code starts with this: the backed, the organisation, the state of an office. */
  b?: string;
  /** Both sides, either order: "RUS-ARM". */
  dyad?: [string, string];
  /** A kind of data/relations/kinds.tsv (allied, backs, member, ties, rivals, dispute, sovereign, controls, office). */
  kind?: string;
  /** A label some statement gives ("defense pact", "severed"). */
  label?: string;
  /** The object contains these words, any case ("karabakh"). */
  object?: string;
  /** Stated by an article published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  /** Stated by an article published on or before this date; a month or year takes all its days. */
  to?: string;
  /** Some statement's evidence sentence contains these words, any case. */
  text?: string;
  /** Only relations whose statements disagree (true) or agree (false). */
  conflicting?: boolean;
  /** Stated by at least this many articles. */
  minArticles?: number;
}

/** One thing said about a relation, with how many statements and articles say it. */
export interface RelationStance {
  label: string;
  polarity: Relation['polarity'];
  negated: boolean;
  basis: RelationTime['basis'];
  statements: number;
  articles: number;
}

/**
 * One distinct relation, merged across the articles that state it. A state's government is the
 * state (ARMGOV → ARM); a mutual relation lists its sides in code order. Statements that disagree
 * stay side by side in `stances`; the relation is `conflicting` when some deny it, say it ended,
 * or give it the opposite polarity (allies / not allies, strategic ties / severed ties).
 */
export interface RelationRow {
  id: string;
  kind: string;
  direction: Relation['direction'];
  aCode: string;
  aName: string;
  aKind: string;
  bCode: string | null;
  bName: string | null;
  bKind: string | null;
  object: string | null;
  /** The label most statements give. */
  label: string;
  polarity: Relation['polarity'];
  conflicting: boolean;
  numStatements: number;
  numArticles: number;
  numSources: number;
  /** Publication dates of the first and the last article stating it; null when they are undated. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Each distinct thing said about it, most stated first. */
  stances: RelationStance[];
  /** When the relation was first stored (ISO timestamp). */
  storedAt: string;
  dyadVersion: string;
  dictionaries: string;
}

/** One statement of a relation: an article, a sentence, the relation as coded there. Never merged away. */
export interface RelationStatement {
  relationId: string;
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  /** The evidence sentence. */
  text: string;
  relation: Relation;
  uri: string;
  title: string | null;
  published: string | null;
}

/** A run of `dyad ingest`: versions, inputs, timings and rejected inputs with reasons. */
export interface RunRecord {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  dyadVersion: string;
  dictionaries: string;
  stored: number;
  skipped: number;
  rejected: Array<{ input: string; reason: string }>;
}

/** What storing one document did. */
export interface PutResult {
  articleId: string;
  /** False when an article with the same content hash was already stored (nothing changed). */
  inserted: boolean;
  /** Event rows this document created. */
  newEvents: number;
  /** Event mentions that joined an event row already there; newEvents + mergedEvents = doc.events.length. */
  mergedEvents: number;
}

/** One check of `Store.check()`: how many rows break it, and a few of them by id. */
export interface IntegrityProblem {
  check: string;
  rows: number;
  examples: string[];
}

/** What `Store.check()` found: row counts per table, and every check with the rows that break it. */
export interface IntegrityReport {
  /** True when no check found a row. */
  ok: boolean;
  counts: Record<string, number>;
  checks: IntegrityProblem[];
}

/** Options that change how events merge across articles. */
export interface StoreOptions {
  /** Events with the same source, target and code this many days apart merge into one (0: same day). */
  mergeWindowDays?: number;
  /** Bounds of the event query plans (tests lower them to reach both plans on a small store). */
  queryLimits?: Partial<QueryLimits>;
}

/** How much work one page of events may do; see src/storage/sql/event-plans.ts. */
export interface QueryLimits {
  /** Matching events at most that a filter's own indexes collect and sort; with more, the sort index is walked. */
  selectiveMatches: number;
  /** Events one page examines at most while walking the sort index before it answers a short page. */
  maxExaminedEvents: number;
  /** The same when each event's sentences are tested against the full-text index (a costlier test). */
  maxExaminedWithText: number;
  /** Rows an aggregate or the actor list reads at most when no rollup answers its filter; past it the answer says `truncated`. */
  maxAggregatedRows: number;
}

/**
 * The one storage interface: SQLite and PostgreSQL adapters both pass the same contract
 * suite (src/storage/store-contract.ts). SQL lives only inside the adapters.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending numbered migrations; also done on open. */
  migrate(): Promise<number>;
  /** Stores a coded document in one transaction, merging its events with stored ones. Idempotent by content hash. */
  putDocument(doc: DyadDocument, runId?: string): Promise<PutResult>;
  /** Stores many documents; each one is atomic, a batch shares one transaction where the adapter can. */
  putDocuments(docs: DyadDocument[], runId?: string): Promise<PutResult[]>;
  hasArticle(hash: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  queryArticles(filter: EventFilter, page: Page): Promise<PageResult<ArticleRow>>;
  queryEvents(filter: EventFilter, page: Page): Promise<PageResult<EventRow>>;
  getEvent(id: string): Promise<{ event: EventRow; mentions: EventMention[] } | null>;
  queryActors(filter: EventFilter & { name?: string }, page: Page): Promise<PageResult<ActorRow>>;
  /** Totals from the counts kept at write time, or null when the filter needs the events read (then stream `exportEvents`). */
  totals(filter: EventFilter): Promise<EventTotals | null>;
  queryClaims(filter: EventFilter & { kind?: string }, page: Page): Promise<PageResult<Claim & { articleId: string }>>;
  queryQuotes(filter: EventFilter & { speaker?: string }, page: Page): Promise<PageResult<Quote & { articleId: string }>>;
  /** Standing relations merged across articles; sorted by statements (`-mentions`, the default) or by the last article's date. */
  queryRelations(filter: RelationFilter, page: Page): Promise<PageResult<RelationRow>>;
  /** One relation with every statement of it, conflicting ones included, in the order they were stored. */
  getRelation(id: string): Promise<{ relation: RelationRow; statements: RelationStatement[] } | null>;
  timeline(filter: EventFilter, interval: Interval, split: 'quad' | 'root'): Promise<TimelinePoint[]>;
  dyadSeries(a: string, b: string, filter: EventFilter, interval: Interval): Promise<DyadPoint[]>;
  network(filter: EventFilter, limit: number): Promise<NetworkEdge[]>;
  countryCounts(filter: EventFilter): Promise<CountryCount[]>;
  /** Streams every matching event, in date order, for exports. */
  exportEvents(filter: EventFilter): AsyncIterable<EventRow>;
  startRun(run: Omit<RunRecord, 'finishedAt' | 'stored' | 'skipped' | 'rejected'>): Promise<void>;
  finishRun(id: string, result: Pick<RunRecord, 'stored' | 'skipped' | 'rejected'>): Promise<void>;
  getRun(id: string): Promise<RunRecord | null>;
  /**
   * Checks the store's integrity (`dyad db check`): references, orphan events and relations,
   * articles stored once under the hash of their text and whole, merged counts; reads only.
   */
  check(): Promise<IntegrityReport>;
  close(): Promise<void>;
}
