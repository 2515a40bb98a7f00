/** Text and JSON views of an event tally: one block of P/R/F1 per data set, misses and false positives on demand. */
import { levelPrf, type EventTally, type Extra, type LevelTally, type Miss } from './event-score.js';
import type { Level } from './match-levels.js';

/** One level's numbers as the JSON summary writes them. */
export interface LevelSummary { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; optionalMatched: number }

/** A ratio rounded to three decimals for the JSON summary. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const f3 = (x: number): string => x.toFixed(3);

/** The tally as plain numbers per level. */
export function summarize(tally: EventTally): Record<string, LevelSummary> {
  const out: Record<string, LevelSummary> = {};
  for (const [level, t] of tally) {
    const s = levelPrf(t);
    out[level] = { precision: round3(s.precision), recall: round3(s.recall), f1: round3(s.f1), tp: t.tp, fp: t.fp, fn: t.fn, optionalMatched: t.excluded };
  }
  return out;
}

/** The P/R/F1 table of a tally, one line per level, indented under a data set's title. */
export function formatLevels(tally: EventTally): string[] {
  const lines = ['    level        P      R      F1      TP   FP   FN  optional matched'];
  for (const [level, t] of tally) {
    const s = levelPrf(t);
    lines.push(`    ${level.padEnd(10)} ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${String(t.tp).padStart(5)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${t.excluded}`);
  }
  const loose = tally.values().next().value as LevelTally | undefined;
  if (loose?.fpNoTarget) lines.push(`    (${loose.fpNoTarget} of the ${loose.fp} ${[...tally.keys()][0]} false positives have no target)`);
  return lines;
}

/** Confidence thresholds at which precision and the share of events kept are reported. */
const THRESHOLDS = [0.9, 0.8, 0.7, 0.6, 0.5, 0.3, 0.1];

/**
 * Precision of the predictions at or above each confidence threshold, and how many of the
 * correct ones are kept: how far a user trades recall for precision with --min-confidence.
 */
export function formatCalibration(tally: EventTally, level: Level = 'dyad+root'): string[] {
  const t = tally.get(level);
  if (!t || !t.scored.length) return [];
  const right = t.scored.filter((s) => s.right).length;
  const lines = [`    confidence (${level}): threshold, predictions kept, precision, share of correct ones kept`];
  for (const th of THRESHOLDS) {
    const kept = t.scored.filter((s) => s.confidence >= th - 1e-9);
    const ok = kept.filter((s) => s.right).length;
    lines.push(`      >= ${th.toFixed(1)}  ${String(kept.length).padStart(5)}  ${kept.length ? f3(ok / kept.length) : '  -  '}  ${right ? f3(ok / right) : '-'}`);
  }
  return lines;
}

/** Recall per CAMEO root of the required gold events, and false positives per predicted root, at two levels. */
export function formatRoots(tally: EventTally, loose = 'dyad+root', strict = 'full'): string[] {
  const a = [...tally].find(([l]) => l === loose)?.[1], b = [...tally].find(([l]) => l === strict)?.[1];
  if (!a || !b) return [];
  const roots = [...new Set([...a.goldByRoot.keys(), ...a.fpByRoot.keys()])].sort();
  const lines = [`    root  gold  found ${loose}  found ${strict}  FP ${loose}`];
  for (const root of roots) {
    const g = a.goldByRoot.get(root) ?? { gold: 0, found: 0 };
    const found = `${g.found}`.padStart(4) + (g.gold ? ` (${((100 * g.found) / g.gold).toFixed(0)}%)` : '');
    lines.push(`    ${root.padEnd(4)}  ${String(g.gold).padStart(4)}  ${found.padEnd(16)}${String(b.goldByRoot.get(root)?.found ?? 0).padStart(10)}  ${String(a.fpByRoot.get(root) ?? 0).padStart(13)}`);
  }
  return lines;
}

/** Up to `limit` missed required gold events, with the document each comes from. */
export function formatMisses(misses: readonly Miss[], level: string, limit: number): string[] {
  if (!misses.length) return [];
  const lines = [`    missed at ${level} (${Math.min(limit, misses.length)} of ${misses.length}):`];
  for (const { doc, gold: g } of misses.slice(0, limit)) {
    lines.push(`      ${doc.slice(0, 30).padEnd(30)} ${g.source} ${g.code} ${g.target}${g.symmetric ? ' (sym)' : ''} ${g.date ?? ''} ${(g.evidence ?? g.note ?? '').slice(0, 90)}`);
  }
  return lines;
}

/** Up to `limit` false positives, with their trigger and evidence sentence. */
export function formatExtras(extras: readonly Extra[], level: string, limit: number): string[] {
  if (!extras.length) return [];
  const lines = [`    false positives at ${level} (${Math.min(limit, extras.length)} of ${extras.length}):`];
  for (const { doc, event: e } of extras.slice(0, limit)) {
    lines.push(`      ${doc.slice(0, 30).padEnd(30)} ${e.source.code} ${e.code} ${e.target?.code ?? '(none)'} «${e.trigger.text}» ${e.evidence.text.slice(0, 80)}`);
  }
  return lines;
}

/** Misses and false positives of one level of a tally, when `limit` asks for them. */
export function formatErrors(tally: EventTally, level: Level, limit: number): string[] {
  const t = tally.get(level);
  return t && limit > 0 ? [...formatMisses(t.misses, level, limit), ...formatExtras(t.falsePositives, level, limit)] : [];
}
