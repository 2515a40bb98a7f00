/**
 * Response schemas of the relations layer and of `/api/relations`: each mirrors a type declared in
 * src/core/document.ts or src/storage/store.ts, and a compile-time check below fails when they drift.
 */
import { z } from '@hono/zod-openapi';
import type { Relation, RelationParty } from '../../core/document.js';
import type { RelationRow, RelationStance, RelationStatement } from '../../storage/store.js';

const span = { start: z.number().int(), end: z.number().int() };
const evidence = z.object({ ...span, text: z.string() });
const polarity = z.enum(['positive', 'negative', 'neutral']);
const basis = z.enum(['published', 'stated', 'past', 'future']);
const direction = z.enum(['directed', 'mutual']);

const RelationPartySchema = z.object({
  code: z.string(), name: z.string(), kind: z.enum(['person', 'state', 'government', 'igo', 'ngo', 'group', 'agent']), text: z.string(), ...span,
});

/** A standing relation as the document carries it (`relations` in `dyad code --json`). */
export const RelationSchema = z.object({
  kind: z.string(), label: z.string(), a: RelationPartySchema, b: RelationPartySchema.nullable(),
  direction, polarity, negated: z.boolean(), object: evidence.nullable(),
  time: z.object({ basis, date: z.string().nullable(), text: z.string().nullable() }),
  asserted: z.boolean(), attributedTo: z.object({ text: z.string(), code: z.string().nullable(), ...span }).nullable(),
  sentence: z.number().int(), cue: z.object({ ...span, text: z.string(), pattern: z.string() }), evidence, confidence: z.number(),
}).openapi('Relation');

const RelationStanceSchema = z.object({
  label: z.string(), polarity, negated: z.boolean(), basis, statements: z.number().int(), articles: z.number().int(),
});

export const RelationRowSchema = z.object({
  id: z.string(), kind: z.string(), direction,
  aCode: z.string(), aName: z.string(), aKind: z.string(),
  bCode: z.string().nullable(), bName: z.string().nullable(), bKind: z.string().nullable(), object: z.string().nullable(),
  label: z.string(), polarity, conflicting: z.boolean().openapi({ description: 'some statements deny it, say it ended, or give the opposite polarity' }),
  numStatements: z.number().int(), numArticles: z.number().int(), numSources: z.number().int(),
  firstSeen: z.string().nullable(), lastSeen: z.string().nullable(),
  stances: z.array(RelationStanceSchema).openapi({ description: 'each distinct thing said about the relation, most stated first' }),
  storedAt: z.string(), dyadVersion: z.string(), dictionaries: z.string(),
}).openapi('StandingRelation');

export const RelationStatementSchema = z.object({
  relationId: z.string(), articleId: z.string(), sentence: z.number().int(), ...span, text: z.string(), relation: RelationSchema,
  uri: z.string(), title: z.string().nullable(), published: z.string().nullable(),
}).openapi('RelationStatement');

export const RelationWithStatementsSchema = z.object({ relation: RelationRowSchema, statements: z.array(RelationStatementSchema) })
  .openapi('StandingRelationWithStatements');

// Compile-time checks: each schema's type and the declared type must be assignable both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof RelationPartySchema>, RelationParty>, Same<z.infer<typeof RelationSchema>, Relation>,
  Same<z.infer<typeof RelationStanceSchema>, RelationStance>, Same<z.infer<typeof RelationRowSchema>, RelationRow>,
  Same<z.infer<typeof RelationStatementSchema>, RelationStatement>,
] = [true, true, true, true, true];
void checks;
