/** The event metric of issue 4: micro-averaged P/R/F1 at each match level, each gold event matched at most once. */
import type { CodedEvent, Span } from '../../src/core/document.js';
import type { GoldEvent, GoldEvents } from '../gold-events.js';
import { prf, type PRF } from '../prf.js';
import { assignOneToOne } from './assign.js';
import { LEVELS, matchesAt, ROOT_PART, type Level } from './match-levels.js';

/** A gold event to score against; `span`, when given, limits it to predictions whose evidence overlaps it. */
export interface GoldItem {
  event: GoldEvent;
  required: boolean;
  span?: Span;
}

/** A missed required gold event, with the document it came from (for --verbose). */
export interface Miss { doc: string; gold: GoldEvent }
/** A false positive, with the document it came from (for --verbose). */
export interface Extra { doc: string; event: CodedEvent }

/** Counts at one level: optional matches are `excluded` (neither TP nor FP). */
export interface LevelTally {
  tp: number;
  fp: number;
  fn: number;
  excluded: number;
  /** False positives that have no target (they can never match a gold event). */
  fpNoTarget: number;
  misses: Miss[];
  falsePositives: Extra[];
  /** Per CAMEO root of a required gold event: how many there are and how many were found. */
  goldByRoot: Map<string, { gold: number; found: number }>;
  /** Per CAMEO root of a predicted event: how many were false positives. */
  fpByRoot: Map<string, number>;
  /** The confidence of every scored prediction and whether it was right (optional matches are not scored). */
  scored: Array<{ confidence: number; right: boolean }>;
}

/** Counts at every level scored, summed over documents. */
export type EventTally = Map<Level, LevelTally>;

/** An empty tally for the given levels. */
export function newTally(levels: readonly Level[] = LEVELS): EventTally {
  return new Map(levels.map((l) => [l, { tp: 0, fp: 0, fn: 0, excluded: 0, fpNoTarget: 0, misses: [], falsePositives: [], goldByRoot: new Map(), fpByRoot: new Map(), scored: [] }]));
}

/** Gold items of a document's required and optional events, with no span limit. */
export function goldItems(events: GoldEvents): GoldItem[] {
  return [...events.required.map((event) => ({ event, required: true })), ...events.optional.map((event) => ({ event, required: false }))];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const bump = <K>(m: Map<K, number>, k: K): void => { m.set(k, (m.get(k) ?? 0) + 1); };

/**
 * Scores one document's predicted events against its gold items and adds the counts to `tally`.
 * Negated predictions are not predictions. Required items are assigned first, so they win a prediction
 * that could match an optional item too.
 * @example scoreDocument(tally, 'seed', doc.events, goldItems(gold.events))
 */
export function scoreDocument(tally: EventTally, doc: string, events: readonly CodedEvent[], gold: readonly GoldItem[]): void {
  const predicted = events.filter((e) => !e.negated);
  const ordered = [...gold.filter((g) => g.required), ...gold.filter((g) => !g.required)];
  for (const [level, t] of tally) {
    const assigned = assignOneToOne(ordered.length, predicted.length, (g, p) => {
      const item = ordered[g]!, e = predicted[p]!;
      return matchesAt(level, e, item.event) && (!item.span || overlaps(e.evidence, item.span));
    });
    const used = new Set<number>();
    ordered.forEach((item, g) => {
      const p = assigned[g]!;
      if (p >= 0) used.add(p);
      if (!item.required) { if (p >= 0) t.excluded++; return; }
      if (p >= 0) t.scored.push({ confidence: predicted[p]!.confidence, right: true });
      const root = item.event.code.slice(0, ROOT_PART);
      const r = t.goldByRoot.get(root) ?? { gold: 0, found: 0 };
      r.gold++;
      if (p >= 0) { t.tp++; r.found++; } else { t.fn++; t.misses.push({ doc, gold: item.event }); }
      t.goldByRoot.set(root, r);
    });
    predicted.forEach((e, p) => {
      if (used.has(p)) return;
      t.fp++;
      t.scored.push({ confidence: e.confidence, right: false });
      if (!e.target) t.fpNoTarget++;
      bump(t.fpByRoot, e.rootCode);
      t.falsePositives.push({ doc, event: e });
    });
  }
}

/** Precision, recall and F1 of one level's counts. */
export function levelPrf(t: LevelTally): PRF {
  return prf(t.tp, t.tp + t.fp, t.tp + t.fn);
}
