/** The seed article (../shared/fixtures/seed): extraction checks and the event metric at every level, with dates. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../../src/coder.js';
import type { SeedGold } from '../gold-events.js';
import type { DataSetResult, EvalOptions } from './eval-options.js';
import { formatExtras, formatLevels, formatMisses, summarize } from './event-report.js';
import { goldItems, newTally, scoreDocument } from './event-score.js';
import { LEVELS } from './match-levels.js';

const TEXT = 'blinken-armenia-azerbaijan.txt';
const GOLD = 'blinken-armenia-azerbaijan.gold.json';
/** How many seed misses and extras are listed without --verbose. */
const SEED_LIST_LIMIT = 50;

/** Scores the seed article in `dir`; skipped when the folder is absent. */
export function evalSeed(coder: Coder, dir: string, options: EvalOptions): DataSetResult {
  const textPath = join(dir, TEXT);
  if (!existsSync(textPath)) return { lines: [`seed: skipped (${dir} is absent)`], summary: { skipped: true } };
  const gold: SeedGold = JSON.parse(readFileSync(join(dir, GOLD), 'utf8'));
  const doc = coder.code({ uri: `file:${textPath}`, content: readFileSync(textPath, 'utf8'), format: 'text' }, { date: gold.document.published });
  const d = gold.document;
  const notBodyOut = d.not_body.filter((l) => !doc.text.includes(l)).length;
  const tally = newTally([...LEVELS, 'full+date']);
  scoreDocument(tally, 'seed', doc.events, goldItems(gold.events));
  const dated = tally.get('full+date')!;
  const right = (ok: boolean) => (ok ? 'right' : 'WRONG');
  const lines = [
    `seed article (${dir})`,
    `  extraction  title ${right(doc.title === d.title)}, body start ${right(doc.text.startsWith(d.body_first_words))}, body end ${right(doc.text.trimEnd().endsWith(d.body_last_words))}, furniture kept out of body ${notBodyOut}/${d.not_body.length}`,
    `  events      required found ${dated.tp}/${dated.tp + dated.fn} (code, dyad and date); ${doc.events.filter((e) => !e.negated).length} asserted events predicted`,
    ...formatLevels(tally),
    // The seed is small: its misses (with dates) and its extras (at the loosest level) are always listed.
    ...formatMisses(dated.misses, 'full+date', options.verbose || SEED_LIST_LIMIT),
    ...formatExtras(tally.get('dyad+root')!.falsePositives, 'dyad+root', options.verbose || SEED_LIST_LIMIT),
  ];
  return { lines, summary: { requiredWithDate: { found: dated.tp, of: dated.tp + dated.fn }, ...summarize(tally) } };
}
