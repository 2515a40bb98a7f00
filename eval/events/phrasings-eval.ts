/**
 * The codebook phrasings (eval/events/codebook-phrasings.tsv): one short sentence per row with the CAMEO code, and
 * the country parts of source and target, that a coder should give. A sentence is right when some asserted or
 * announced, non-negated event has the row's root, its source country and its target country (any target when the
 * row expects none; either way round for a mutual event).
 * The patterns were widened on these sentences, so the figure is coverage of the codebook, not held-out accuracy.
 */
import { fileURLToPath } from 'node:url';
import type { Coder } from '../../src/coder.js';
import { readTsv } from '../../src/dictionaries/tsv.js';
import type { DataSetResult, EvalOptions } from './eval-options.js';
import { round3 } from './event-report.js';

const PHRASINGS_FILE = fileURLToPath(new URL('./codebook-phrasings.tsv', import.meta.url));
/** The publication date the sentences are coded with: office holders are looked up on it. */
const PHRASINGS_DATE = '2005-06-01';
/** The target column's mark for "no target expected". */
const NO_TARGET = '-';

/** One phrasing: expected code, source and target country parts, and the sentence. */
export interface Phrasing { code: string; source: string; target: string | null; sentence: string }

/** Reads the phrasings file. */
export function readPhrasings(path = PHRASINGS_FILE): Phrasing[] {
  return readTsv(path, ['code', 'source', 'target', 'sentence']).map(({ fields: f }) => ({
    code: f.code!, source: f.source!, target: f.target === NO_TARGET || !f.target ? null : f.target, sentence: f.sentence!,
  }));
}

/** Whether the coder gives the phrasing's root between its two countries. */
export function codesPhrasing(coder: Coder, p: Phrasing): boolean {
  const events = coder.code({ uri: 'phrasing:', content: p.sentence, format: 'text' }, { date: PHRASINGS_DATE }).events;
  const between = (source: string, target: string | undefined, s: string, t: string | null) => source.slice(0, 3) === s && (t === null || target?.slice(0, 3) === t);
  // A mutual event ("the United States and Russia signed a treaty") may name either side first.
  return events.some((e) => !e.negated && e.code.slice(0, 2) === p.code.slice(0, 2)
    && (between(e.source.code, e.target?.code, p.source, p.target) || (e.symmetric && !!e.target && between(e.target.code, e.source.code, p.source, p.target))));
}

/** Scores every phrasing, by root. */
export function evalPhrasings(coder: Coder, options: EvalOptions, path = PHRASINGS_FILE): DataSetResult {
  const byRoot = new Map<string, { right: number; of: number }>();
  const missed: string[] = [];
  let right = 0;
  const phrasings = readPhrasings(path);
  for (const p of phrasings) {
    const ok = codesPhrasing(coder, p);
    const r = byRoot.get(p.code.slice(0, 2)) ?? { right: 0, of: 0 };
    r.of++;
    if (ok) { r.right++; right++; } else missed.push(`      ${p.code.padEnd(5)} ${p.source} ${p.target ?? NO_TARGET}  ${p.sentence}`);
    byRoot.set(p.code.slice(0, 2), r);
  }
  const roots = [...byRoot].sort(([a], [b]) => a.localeCompare(b));
  return {
    lines: [
      `codebook phrasings (${phrasings.length} sentences of our own, 3 or more per CAMEO code; patterns were widened on them): ${right} right (${((100 * right) / Math.max(1, phrasings.length)).toFixed(1)}%)`,
      `    by root: ${roots.map(([k, v]) => `${k} ${v.right}/${v.of}`).join(', ')}`,
      ...(options.verbose ? [`    missed (${Math.min(options.verbose, missed.length)} of ${missed.length}):`, ...missed.slice(0, options.verbose)] : []),
    ],
    summary: { sentences: phrasings.length, right, share: round3(right / Math.max(1, phrasings.length)), byRoot: Object.fromEntries(roots) },
  };
}
