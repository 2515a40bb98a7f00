import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldItems, levelPrf, newTally, scoreDocument } from '../../eval/events/event-score.js';
import type { SeedGold } from '../../eval/gold-events.js';
import { Coder } from '../../src/coder.js';
import { parseJsonLine } from '../../src/ingest/jsonl-record.js';
import { ROOT } from '../helpers/cli.js';

// Golden event cases from real Wikinews articles: test/fixtures/events/<slug>/{input.jsonl,expected.json}.
// Adding a case is adding a folder. The gate is on the issue 4 metric at the dyad+root level (country
// parts, CAMEO root, each gold event matched at most once), summed over all cases, so one hard sentence
// does not sink the suite: recall of required events and precision (a prediction matching an optional
// event is neither right nor wrong).
const FIXTURES = join(ROOT, 'test/fixtures/events');
const MIN_REQUIRED_RECALL = 0.5;
const MIN_PRECISION = 0.5;

const coder = new Coder();
const slugs = readdirSync(FIXTURES).filter((s) => existsSync(join(FIXTURES, s, 'expected.json'))).sort();

function run(slug: string) {
  const dir = join(FIXTURES, slug);
  const raw = parseJsonLine(readFileSync(join(dir, 'input.jsonl'), 'utf8').trim(), `file:${slug}`, slug);
  const gold: SeedGold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  return { doc: coder.code(raw), gold };
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
    const tally = newTally(['dyad+root']);
    for (const r of results) scoreDocument(tally, r.slug, r.doc.events, goldItems(r.gold.events));
    const t = tally.get('dyad+root')!;
    const s = levelPrf(t);
    const report = `TP ${t.tp} FP ${t.fp} FN ${t.fn}; missed: ${t.misses.map((m) => `${m.doc} ${m.gold.source} ${m.gold.code} ${m.gold.target}`).join('; ')}`;
    expect(s.recall, report).toBeGreaterThanOrEqual(MIN_REQUIRED_RECALL);
    expect(s.precision, report).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
