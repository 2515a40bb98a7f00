/**
 * The API's shapes, as the UI sees them. Rows and documents are the store's and the pipeline's own types
 * (src/storage/store.ts, src/core/document.ts); only the response envelopes are spelled out here.
 */
import type { DyadDocument } from '../../core/document.js';
import type {
  ActorRow, ArticleRow, CountryCount, DyadPoint, EventMention, EventRow, NetworkEdge, PageResult, TimelinePoint,
} from '../../storage/store.js';
import type { CodebookEntry, EventSummary, PlacePoint } from '../../server/schemas/explorer-types.js';

export type {
  ActorMention, Claim, CodedEvent, DyadDocument, Furniture, Quote,
} from '../../core/document.js';
export type {
  ActorRow, ArticleRow, CountryCount, DyadPoint, EventMention, EventRow, NetworkEdge, PageResult, TimelinePoint,
} from '../../storage/store.js';
export type { CodebookEntry, EventSummary, PlacePoint } from '../../server/schemas/explorer-types.js';

/** GET /api/events/{id}. */
export interface EventWithMentions {
  event: EventRow;
  mentions: EventMention[];
}

/** GET /api/articles/{id}: the stored document with the store's id and time. */
export type AnnotatedArticle = DyadDocument & { articleId: string; storedAt: string };

/** What each GET path answers; `api()` is typed by it. */
export interface ApiResponses {
  '/api/events': PageResult<EventRow>;
  '/api/articles': PageResult<ArticleRow>;
  '/api/actors': PageResult<ActorRow>;
  '/api/aggregates/timeline': { points: TimelinePoint[] };
  '/api/aggregates/dyad': { a: string; b: string; points: DyadPoint[] };
  '/api/aggregates/network': { edges: NetworkEdge[] };
  '/api/aggregates/map': { countries: CountryCount[] };
  '/api/aggregates/summary': EventSummary;
  '/api/aggregates/places': { places: PlacePoint[] };
  '/api/codebook': { codes: CodebookEntry[] };
}
