/** Errors as RFC 9457 problem details (`application/problem+json`): type, title, status, detail. */
import { STATUS_CODES } from 'node:http';
import { z } from '@hono/zod-openapi';

/** The media type of every error response. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A problem document; `errors` lists the invalid parameters of a 400. */
export const ProblemSchema = z.object({
  type: z.string().openapi({ example: 'about:blank' }),
  title: z.string().openapi({ example: 'Not Found' }),
  status: z.number().int().openapi({ example: 404 }),
  detail: z.string().openapi({ example: 'no event with id "ev-123"' }),
  errors: z.array(z.object({ in: z.string(), name: z.string(), message: z.string() })).optional(),
}).openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;

/**
 * A problem response. The type is `about:blank` (RFC 9457 §4.2.1): the status says what went wrong,
 * the detail says what was found and what was expected.
 * @example problem(404, 'no event with id "ev-1"')
 */
export function problem(status: number, detail: string, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): Response {
  const body: Problem = { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, ...extra };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': PROBLEM_MEDIA_TYPE, ...headers } });
}

/** OpenAPI response entries for the given error statuses. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, {
    description: STATUS_CODES[s] ?? 'Error',
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
  }]));
}

/** Thrown by a route handler to answer with a problem; the app's error handler turns it into the response. */
export class ProblemError extends Error {
  constructor(readonly status: number, readonly detail: string, readonly extra: Partial<Problem> = {}) {
    super(detail);
    this.name = 'ProblemError';
  }
}
