/**
 * Response schemas for the OpenAPI document. Each mirrors a type declared in src/storage/store.ts or
 * src/core/document.ts, and a compile-time check below fails when the two drift apart.
 */
import { z } from '@hono/zod-openapi';
import type { Attribution, Claim, DyadDocument, Quote } from '../../core/document.js';
import type {
  ActorRow, ArticleRow, CountryCount, DyadPoint, EventMention, EventRow, NetworkEdge, PutResult, TimelinePoint,
} from '../../storage/store.js';
import { RelationSchema } from './relation-rows.js';

const span = { start: z.number().int(), end: z.number().int() };
const evidence = z.object({ ...span, text: z.string() });

export const EventRowSchema = z.object({
  id: z.string(), date: z.string().nullable(), datePrecision: z.string().nullable(),
  sourceCode: z.string(), sourceName: z.string().nullable(), targetCode: z.string().nullable(), targetName: z.string().nullable(),
  code: z.string(), baseCode: z.string(), rootCode: z.string(), quadClass: z.number().int(), goldstein: z.number(),
  ploverType: z.string().nullable(), ploverMode: z.string().nullable(), negated: z.boolean(),
  locationName: z.string().nullable(), locationCountry: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable(),
  numMentions: z.number().int(), numArticles: z.number().int(), numSources: z.number().int(), confidence: z.number(),
  firstSeen: z.string(), sourceUrl: z.string(), dyadVersion: z.string(), dictionaries: z.string(),
}).openapi('Event');

export const EventMentionSchema = z.object({
  eventId: z.string(), articleId: z.string(), sentence: z.number().int(), ...span, text: z.string(), trigger: z.string(),
  sourceText: z.string(), targetText: z.string().nullable(), confidence: z.number(), modality: z.string(),
  uri: z.string(), title: z.string().nullable(), published: z.string().nullable(),
}).openapi('EventMention');

export const EventWithMentionsSchema = z.object({ event: EventRowSchema, mentions: z.array(EventMentionSchema) }).openapi('EventWithMentions');

export const ArticleRowSchema = z.object({
  id: z.string(), uri: z.string(), title: z.string().nullable(), published: z.string().nullable(), publisher: z.string().nullable(),
  events: z.number().int(), storedAt: z.string(),
}).openapi('ArticleSummary');

export const ActorRowSchema = z.object({
  code: z.string(), name: z.string(), mentions: z.number().int(), asSource: z.number().int(), asTarget: z.number().int(),
}).openapi('Actor');

const AttributionSchema = z.object({ text: z.string(), code: z.string().nullable(), ...span });

const ClaimSchema = z.object({
  kind: z.string(), value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable(),
  qualifier: z.string().nullable(), hedge: z.string().nullable(), subject: z.string().nullable(),
  attributedTo: AttributionSchema.nullable(), sentence: z.number().int(), event: z.number().int().nullable(),
  figure: evidence, evidence,
});

const QuoteSchema = z.object({
  text: z.string(), ...span, speaker: AttributionSchema.nullable(), via: AttributionSchema.nullable(), sentence: z.number().int(),
});

export const StoredClaimSchema = ClaimSchema.extend({ articleId: z.string() }).openapi('Claim');
export const StoredQuoteSchema = QuoteSchema.extend({ articleId: z.string() }).openapi('Quote');

const EventActorSchema = z.object({ code: z.string(), text: z.string(), ...span });
const LocationSchema = z.object({
  name: z.string(), country: z.string(), lat: z.number().nullable(), lon: z.number().nullable(), precision: z.enum(['country', 'region', 'city']),
});

const EventTellingSchema = z.object({
  source: EventActorSchema, target: EventActorSchema.nullable(),
  code: z.string(), baseCode: z.string(), rootCode: z.string(), quadClass: z.number().int(), goldstein: z.number(),
  plover: z.object({ type: z.string(), mode: z.string().nullable(), context: z.string().nullable() }).nullable(),
  date: z.string().nullable(), datePrecision: z.enum(['day', 'month', 'year', 'published']).nullable(),
  location: LocationSchema.nullable(), negated: z.boolean(),
  modality: z.enum(['asserted', 'intended', 'hypothetical', 'reported']), symmetric: z.boolean(), sentence: z.number().int(),
  trigger: z.object({ ...span, text: z.string(), pattern: z.string() }), evidence, confidence: z.number(),
}).openapi('EventTelling');

const CodedEventSchema = EventTellingSchema.extend({
  retellings: z.array(EventTellingSchema).optional()
    .describe('Later sentences of the article that tell the same event again (same sides, root, date, negation and footing)'),
}).openapi('CodedEvent');

const FurnitureSchema = z.object({
  kind: z.enum(['image', 'caption', 'credit', 'tags', 'copyright', 'navigation', 'updated', 'byline', 'dateline', 'other']),
  text: z.string(),
});

const ActorMentionSchema = z.object({
  ...span, text: z.string(), code: z.string(), name: z.string(), country: z.string().nullable(), role: z.string().nullable(),
  kind: z.enum(['person', 'state', 'government', 'igo', 'ngo', 'group', 'agent']), sentence: z.number().int(),
  firstToken: z.number().int(), endToken: z.number().int(), group: z.number().int().optional(),
});

const PlaceMentionSchema = z.object({
  ...span, text: z.string(), name: z.string(), country: z.string(), lat: z.number().nullable(), lon: z.number().nullable(),
  precision: z.enum(['country', 'region', 'city']), sentence: z.number().int(), firstToken: z.number().int(), endToken: z.number().int(),
});

/** The coded document as `dyad code --json` prints it (ARCHITECTURE.md §3). */
export const DocumentSchema = z.object({
  id: z.string(), hash: z.string(), uri: z.string(), title: z.string().nullable(), published: z.string().nullable(),
  publisher: z.string().nullable(), language: z.literal('en'), text: z.string(), furniture: z.array(FurnitureSchema),
  actors: z.array(ActorMentionSchema), places: z.array(PlaceMentionSchema), events: z.array(CodedEventSchema),
  claims: z.array(ClaimSchema), quotes: z.array(QuoteSchema), relations: z.array(RelationSchema),
  versions: z.object({ dyad: z.string(), dictionaries: z.string() }),
});

/** A stored article with every layer: the document, plus the store's id and time. */
export const AnnotatedArticleSchema = DocumentSchema.extend({
  articleId: z.string().openapi({ description: 'the store\'s id of the article (its content hash)' }),
  storedAt: z.string(),
}).openapi('AnnotatedArticle');

export const TimelinePointSchema = z.object({ period: z.string(), key: z.string(), events: z.number().int(), goldstein: z.number() }).openapi('TimelinePoint');
export const DyadPointSchema = z.object({ period: z.string(), direction: z.enum(['ab', 'ba']), events: z.number().int(), goldstein: z.number() }).openapi('DyadPoint');
export const NetworkEdgeSchema = z.object({ source: z.string(), target: z.string(), events: z.number().int(), meanGoldstein: z.number() }).openapi('NetworkEdge');
export const CountryCountSchema = z.object({ country: z.string(), events: z.number().int(), goldstein: z.number() }).openapi('CountryCount');

export const PutResultSchema = z.object({
  articleId: z.string(), inserted: z.boolean(), newEvents: z.number().int(), mergedEvents: z.number().int(),
});

// Compile-time checks: each schema's type and the declared type must be assignable both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof EventRowSchema>, EventRow>, Same<z.infer<typeof EventMentionSchema>, EventMention>,
  Same<z.infer<typeof ArticleRowSchema>, ArticleRow>, Same<z.infer<typeof ActorRowSchema>, ActorRow>,
  Same<z.infer<typeof ClaimSchema>, Claim>, Same<z.infer<typeof QuoteSchema>, Quote>,
  Same<z.infer<typeof AttributionSchema>, Attribution>, Same<z.infer<typeof DocumentSchema>, DyadDocument>,
  Same<z.infer<typeof TimelinePointSchema>, TimelinePoint>, Same<z.infer<typeof DyadPointSchema>, DyadPoint>,
  Same<z.infer<typeof NetworkEdgeSchema>, NetworkEdge>, Same<z.infer<typeof CountryCountSchema>, CountryCount>,
  Same<z.infer<typeof PutResultSchema>, PutResult>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true];
void checks;
