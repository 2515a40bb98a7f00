/**
 * The event filter as query parameters. The rules are those of `dyad events` (`parseFilter` in
 * src/cli/store-options.ts): `/api/events?quad=4` and `dyad events --quad 4` accept and reject the same
 * values, and test/server/filter-parity.test.ts keeps the two in step.
 */
import { z } from '@hono/zod-openapi';
import { parseIsoDate } from '../../nlp/iso-date.js';
import type { EventFilter } from '../../storage/store.js';

/** An actor or country code, or a code prefix: letters, digits and the `---` of an unknown country. */
const CODE = /^[A-Za-z0-9-]+$/;
/** Longest code or code prefix accepted. */
const MAX_CODE_LENGTH = 40;

/** A date bound is a year, a real month or a real day. */
function isDateBound(v: string): boolean {
  return /^\d{4}$/.test(v) || (/^\d{4}-\d{2}$/.test(v) && parseIsoDate(`${v}-01`) !== null) || parseIsoDate(v) !== null;
}

/** "USA-RUS", "---GOV-RUS" or "USA,RUS": split at the comma, else at the first '-' after a letter or digit. */
function splitDyad(v: string): [string, string] | null {
  const at = v.includes(',') ? v.indexOf(',') : [...v].findIndex((c, i) => c === '-' && i > 0 && /[A-Za-z0-9]/.test(v[i - 1]));
  const pair = at > 0 ? [v.slice(0, at), v.slice(at + 1)] : [];
  return pair.length === 2 && pair.every((p) => CODE.test(p)) ? [pair[0].toUpperCase(), pair[1].toUpperCase()] : null;
}

/** One help sentence per filter field, for the OpenAPI parameter descriptions. */
export const FILTER_HELP = {
  actor: 'either side\'s code starts with this (USA matches USAGOV)',
  source: 'the source\'s code starts with this',
  target: 'the target\'s code starts with this',
  dyad: 'both sides, either direction: USA-RUS',
  code: 'exact CAMEO event code, or a prefix ending in * (04*)',
  root: 'CAMEO root code, 01–20',
  quad: 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
  country: 'ISO3 country of either actor or of the location',
  from: 'first date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD',
  to: 'last date, inclusive (a month or year takes in all its days)',
  text: 'full-text search in the evidence sentences',
  minConfidence: 'lowest event confidence, 0–1',
  includeNegated: 'include negated events ("did not attack")',
} as const;

const actorCode = (what: string) =>
  z.string().max(MAX_CODE_LENGTH).regex(CODE, 'expected an actor or country code such as USA or ---GOV').transform((v) => v.toUpperCase()).optional()
    .openapi({ description: what, example: 'USA' });

const dateBound = (what: string) =>
  z.string().refine(isDateBound, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD').optional().openapi({ description: what, example: '2022-07-18' });

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The filter fields, every one optional; names as in the Store's EventFilter (`quad` for quadClass). */
export const EventFilterQuery = z.object({
  actor: actorCode(FILTER_HELP.actor),
  source: actorCode(FILTER_HELP.source),
  target: actorCode(FILTER_HELP.target),
  dyad: z.string().max(2 * MAX_CODE_LENGTH + 1).transform((v, ctx) => {
    const pair = splitDyad(v);
    if (!pair) ctx.addIssue({ code: 'custom', message: 'expected two actor codes as A-B, e.g. USA-RUS' });
    return pair ?? z.NEVER;
  }).optional().openapi({ description: FILTER_HELP.dyad, example: 'USA-RUS', type: 'string' }),
  code: z.string().regex(/^\d{2,4}\*?$/, 'expected a CAMEO code such as 190 or a prefix such as 19*').optional()
    .openapi({ description: FILTER_HELP.code, example: '04*' }),
  root: z.string().regex(/^(0?[1-9]|1\d|20)$/, 'expected a CAMEO root code 01–20').optional()
    .openapi({ description: FILTER_HELP.root, example: '19' }),
  quad: z.string().regex(/^[1-4]$/, 'expected a QuadClass 1–4').transform(Number).optional()
    .openapi({ description: FILTER_HELP.quad, example: '4' }),
  country: actorCode(FILTER_HELP.country),
  from: dateBound(FILTER_HELP.from),
  to: dateBound(FILTER_HELP.to),
  text: z.string().min(1).max(200).optional().openapi({ description: FILTER_HELP.text, example: 'ceasefire' }),
  minConfidence: z.string().regex(/^\d*\.?\d+$/, 'expected a number from 0 to 1').transform(Number)
    .refine((x) => x <= 1, 'expected a number from 0 to 1').optional().openapi({ description: FILTER_HELP.minConfidence, example: '0.8' }),
  includeNegated: booleanFlag.optional().openapi({ description: FILTER_HELP.includeNegated, type: 'boolean' }),
});

/** The parsed query, before it becomes an EventFilter. */
export type EventFilterInput = z.infer<typeof EventFilterQuery>;

/** The Store's EventFilter from a parsed query (drops absent fields). */
export function toEventFilter(q: EventFilterInput): EventFilter {
  const f: EventFilter = {
    actor: q.actor, source: q.source, target: q.target, dyad: q.dyad, code: q.code,
    root: q.root?.padStart(2, '0'),
    quadClass: q.quad, country: q.country, from: q.from, to: q.to, text: q.text,
    minConfidence: q.minConfidence, includeNegated: q.includeNegated,
  };
  for (const k of Object.keys(f) as (keyof EventFilter)[]) if (f[k] === undefined) delete f[k];
  return f;
}
