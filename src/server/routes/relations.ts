/** GET /api/relations (standing relations merged across articles) and GET /api/relations/{id} (with every statement). */
import { createRoute, z } from '@hono/zod-openapi';
import type { RelationFilter } from '../../storage/store.js';
import { ProblemError, problemResponses } from '../problem.js';
import { EventFilterQuery } from '../schemas/event-filter.js';
import { nextLinkHeader, pageOf, pageQuery, toPage } from '../schemas/page.js';
import { RelationRowSchema, RelationWithStatementsSchema } from '../schemas/relation-rows.js';
import type { RegisterRoutes } from './route-deps.js';

/** Longest relation id accepted in a path. */
const MAX_ID_LENGTH = 200;
/** A relation kind or label: lower-case words (the kinds are data/relations/kinds.tsv). */
const LABEL = /^[a-z][a-z -]{0,39}$/;

const { actor, source, target, dyad, from, to } = EventFilterQuery.shape;
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The relation filter as query parameters; codes, dyads and dates follow the rules of the event filter. */
export const RelationFilterQuery = z.object({
  actor: actor.openapi({ description: 'either side\'s code starts with this (ARM matches Armenia and ARMGOV people)' }),
  a: source.openapi({ description: 'side a\'s code starts with this: the backer, the member, the office holder, the sovereign' }),
  b: target.openapi({ description: 'side b\'s code starts with this: the backed, the organisation, the state of an office' }),
  dyad: dyad.openapi({ description: 'both sides, either order: RUS-ARM', example: 'RUS-ARM', type: 'string' }),
  kind: z.string().regex(LABEL, 'expected a relation kind such as allied, backs, member, ties, rivals, dispute, sovereign, controls, office')
    .optional().openapi({ description: 'relation kind (data/relations/kinds.tsv)', example: 'backs' }),
  label: z.string().regex(LABEL, 'expected a lower-case label such as defense pact').optional()
    .openapi({ description: 'a label some statement gives', example: 'defense pact' }),
  object: z.string().min(1).max(200).optional().openapi({ description: 'the object contains these words, any case', example: 'Karabakh' }),
  from: from.openapi({ description: 'stated by an article published on or after this date', example: '2022-01-01' }),
  to: to.openapi({ description: 'stated by an article published on or before this date (a month or year takes all its days)', example: '2022-12' }),
  text: z.string().min(1).max(200).optional().openapi({ description: 'some statement\'s evidence sentence contains these words', example: 'defense pact' }),
  conflicting: booleanFlag.optional().openapi({ description: 'only relations whose statements disagree (true) or agree (false)', type: 'boolean' }),
  minArticles: z.coerce.number().int().min(1).optional().openapi({ description: 'stated by at least this many articles', example: 2 }),
});

/** The Store's RelationFilter from a parsed query (drops absent fields). */
export function toRelationFilter(q: z.infer<typeof RelationFilterQuery>): RelationFilter {
  const f: RelationFilter = {
    actor: q.actor, a: q.a, b: q.b, dyad: q.dyad, kind: q.kind, label: q.label, object: q.object,
    from: q.from, to: q.to, text: q.text, conflicting: q.conflicting, minArticles: q.minArticles,
  };
  for (const k of Object.keys(f) as (keyof RelationFilter)[]) if (f[k] === undefined) delete f[k];
  return f;
}

export const registerRelationRoutes: RegisterRoutes = (app, { store, limits }) => {
  const list = createRoute({
    method: 'get', path: '/api/relations', tags: ['relations'],
    summary: 'Standing relations (alliances, backing, membership, ties, rivalry, disputes, control, offices) merged across articles; most stated first',
    request: { query: z.object({ ...RelationFilterQuery.shape, ...pageQuery(limits).shape }) },
    responses: {
      200: { description: 'a page of relations', content: { 'application/json': { schema: pageOf(RelationRowSchema, 'RelationPage') } } },
      ...problemResponses(400),
    },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await store.queryRelations(toRelationFilter(q), toPage(q));
    return c.json(page, 200, nextLinkHeader(c.req.url, page.next));
  });

  const one = createRoute({
    method: 'get', path: '/api/relations/{id}', tags: ['relations'],
    summary: 'One relation with every statement of it (article, sentence, evidence), conflicting ones side by side',
    request: { params: z.object({ id: z.string().min(1).max(MAX_ID_LENGTH).openapi({ example: 'rel-3f2a…' }) }) },
    responses: {
      200: { description: 'the relation and its statements', content: { 'application/json': { schema: RelationWithStatementsSchema } } },
      ...problemResponses(404),
    },
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const found = await store.getRelation(id);
    if (!found) throw new ProblemError(404, `no relation with id "${id}"`);
    return c.json(found, 200);
  });
};
