/** GET /api/articles (filtered, paged) and GET /api/articles/{id} (the stored document with every layer). */
import { createRoute, z } from '@hono/zod-openapi';
import { ProblemError, problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import { nextLinkHeader, pageOf, pageQuery, toPage } from '../schemas/page.js';
import { AnnotatedArticleSchema, ArticleRowSchema } from '../schemas/rows.js';
import type { RegisterRoutes } from './route-deps.js';

/** Longest article id accepted in a path ("sha256:" and 64 hex digits, or an input's own id). */
const MAX_ID_LENGTH = 200;

export const registerArticleRoutes: RegisterRoutes = (app, { store, limits }) => {
  const list = createRoute({
    method: 'get', path: '/api/articles', tags: ['articles'],
    summary: 'Stored articles, newest first; event filters keep the articles that report a matching event',
    request: { query: z.object({ ...EventFilterQuery.shape, ...pageQuery(limits).shape }) },
    responses: {
      200: { description: 'a page of articles', content: { 'application/json': { schema: pageOf(ArticleRowSchema, 'ArticlePage') } } },
      ...problemResponses(400),
    },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await store.queryArticles(toEventFilter(q), toPage(q));
    return c.json(page, 200, nextLinkHeader(c.req.url, page.next));
  });

  const one = createRoute({
    method: 'get', path: '/api/articles/{id}', tags: ['articles'],
    summary: 'One article annotated: text, furniture, actors, places, events, claims and quotes, all with offsets into the text',
    request: { params: z.object({ id: z.string().min(1).max(MAX_ID_LENGTH).openapi({ example: 'sha256:9f86d08…' }) }) },
    responses: {
      200: { description: 'the stored document', content: { 'application/json': { schema: AnnotatedArticleSchema } } },
      ...problemResponses(404),
    },
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const stored = await store.getArticle(id);
    if (!stored) throw new ProblemError(404, `no article with id "${id}"`);
    return c.json({ ...stored.document, articleId: stored.id, storedAt: stored.storedAt }, 200);
  });
};
