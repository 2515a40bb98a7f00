/** The Wikinews golden cases (test/fixtures/events/<slug>/): every predicted event of an article is scored. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../../src/coder.js';
import { parseJsonLine } from '../../src/ingest/jsonl-record.js';
import type { SeedGold } from '../gold-events.js';
import type { DataSetResult, EvalOptions } from './eval-options.js';
import { formatErrors, formatLevels, summarize } from './event-report.js';
import { goldItems, levelPrf, newTally, scoreDocument } from './event-score.js';

/** Scores every case folder under `dir` that has an expected.json. */
export function evalWikinews(coder: Coder, dir: string, options: EvalOptions): DataSetResult {
  if (!existsSync(dir)) return { lines: [`event golden cases: skipped (${dir} is absent)`], summary: { skipped: true } };
  const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'expected.json'))).sort();
  const total = newTally();
  const lines = [`event golden cases (test/fixtures/events, Wikinews): ${slugs.length} articles`];
  for (const slug of slugs) {
    const gold: SeedGold = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8'));
    const doc = coder.code(parseJsonLine(readFileSync(join(dir, slug, 'input.jsonl'), 'utf8').trim(), `file:${slug}`, slug));
    const one = newTally();
    for (const t of [one, total]) scoreDocument(t, slug, doc.events, goldItems(gold.events));
    const loose = one.get('dyad+root')!, full = one.get('full')!;
    lines.push(`    ${slug.padEnd(38)} dyad+root TP ${loose.tp} FP ${loose.fp} FN ${loose.fn} (F1 ${levelPrf(loose).f1.toFixed(2)}); full F1 ${levelPrf(full).f1.toFixed(2)}`);
  }
  lines.push(...formatLevels(total), ...formatErrors(total, 'dyad+root', options.verbose));
  return { lines, summary: { articles: slugs.length, ...summarize(total) } };
}
