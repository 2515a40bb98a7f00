import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesDyadRoot, scoreAgainstGold, type SeedGold } from '../../eval/gold-events.js';
import { Coder } from '../../src/coder.js';
import { parseJsonLine } from '../../src/ingest/jsonl-record.js';
import { ROOT } from '../helpers/cli.js';

// Golden event cases from real Wikinews articles: test/fixtures/events/<slug>/{input.jsonl,expected.json}.
// Adding a case is adding a folder. The gate is on recall of required events at the
// country-dyad + CAMEO-root level, summed over all cases, and on precision against
// required + optional events, so one hard sentence does not sink the suite.
const FIXTURES = join(ROOT, 'test/fixtures/events');
const MIN_REQUIRED_RECALL = 0.5;
const MIN_PRECISION = 0.5;

const coder = new Coder();
const slugs = readdirSync(FIXTURES).filter((s) => existsSync(join(FIXTURES, s, 'expected.json'))).sort();

function run(slug: string) {
  const dir = join(FIXTURES, slug);
  const raw = parseJsonLine(readFileSync(join(dir, 'input.jsonl'), 'utf8').trim(), `file:${slug}`, slug);
  const gold: SeedGold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const doc = coder.code(raw);
  const asserted = doc.events.filter((e) => !e.negated);
  const found = gold.events.required.filter((g) => asserted.some((e) => matchesDyadRoot(e, g))).length;
  return { doc, gold, found, score: scoreAgainstGold(doc.events, gold.events) };
}

describe('golden events from real articles', () => {
  const results = slugs.map((slug) => ({ slug, ...run(slug) }));

  for (const r of results) {
    it(`${r.slug}: every event quotes its own sentence and carries versions`, () => {
      for (const e of r.doc.events) {
        expect(r.doc.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
        expect(e.evidence.text).toContain(e.trigger.text);
      }
      expect(r.doc.versions.dictionaries).toMatch(/^sha256:/);
    });
  }

  it(`finds at least ${MIN_REQUIRED_RECALL * 100}% of required events (dyad + root) with precision at least ${MIN_PRECISION * 100}%`, () => {
    const required = results.reduce((n, r) => n + r.gold.events.required.length, 0);
    const found = results.reduce((n, r) => n + r.found, 0);
    const predicted = results.reduce((n, r) => n + r.score.predicted, 0);
    const matched = results.reduce((n, r) => n + r.score.matchedAny, 0);
    const report = results.map((r) => `${r.slug}: required ${r.found}/${r.gold.events.required.length}, precision ${r.score.matchedAny}/${r.score.predicted}`).join('; ');
    expect(found / required, report).toBeGreaterThanOrEqual(MIN_REQUIRED_RECALL);
    expect(matched / Math.max(1, predicted), report).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
