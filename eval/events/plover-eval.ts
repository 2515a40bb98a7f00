/**
 * The PLOVER gold-standard records: each sentence is coded as a small document, and Dyad's PLOVER view of its
 * events is compared with the gold's event type and actor lists (compound lists expand to one dyad per pair).
 */
import { existsSync } from 'node:fs';
import type { Coder } from '../../src/coder.js';
import { loadCodeTables, type CodeTables } from '../../src/formats/code-tables.js';
import { ploverActor, type PloverActor } from '../../src/formats/plover-format.js';
import { prf } from '../prf.js';
import type { DataSetResult, EvalOptions } from './eval-options.js';
import { round3 } from './event-report.js';
import { readPloverGold, type PloverDyad, type PloverSide } from './plover-gold.js';

/** In the greedy assignment of predictions to gold dyads, a country that agrees outweighs a sector that agrees. */
const COUNTRY_WEIGHT = 2;
const SECTOR_WEIGHT = 1;

/** A predicted event in PLOVER terms. */
interface PloverView { type: string; code: string; actor: PloverActor; recipient: PloverActor | null }

/** How often one actor field agrees on matched events, out of the gold fields that are given. */
interface Agreement { right: number; of: number }

const fields = ['actor country', 'actor sector', 'recipient country', 'recipient sector'] as const;
type Field = (typeof fields)[number];

function compare(gold: PloverSide | null, pred: PloverActor | null, part: 'code' | 'sector'): boolean | null {
  if (!gold?.[part]) return null;
  return pred?.[part] === gold[part];
}

/** Agreement of a prediction with a gold dyad, field by field, in the dyad's orientation or (symmetric) the better one. */
function agreement(d: PloverDyad, p: PloverView): Record<Field, boolean | null> {
  const oriented = (actor: PloverSide | null, recipient: PloverSide | null) => ({
    'actor country': compare(actor, p.actor, 'code'), 'actor sector': compare(actor, p.actor, 'sector'),
    'recipient country': compare(recipient, p.recipient, 'code'), 'recipient sector': compare(recipient, p.recipient, 'sector'),
  });
  const a = oriented(d.actor, d.recipient);
  if (!d.symmetric) return a;
  const b = oriented(d.recipient, d.actor);
  return weight(b) > weight(a) ? b : a;
}

function weight(f: Record<Field, boolean | null>): number {
  return COUNTRY_WEIGHT * (Number(!!f['actor country']) + Number(!!f['recipient country'])) + SECTOR_WEIGHT * (Number(!!f['actor sector']) + Number(!!f['recipient sector']));
}

/** A gold dyad is found when a prediction of its type agrees on both country parts the gold gives. */
const found = (f: Record<Field, boolean | null>): boolean => f['actor country'] !== false && f['recipient country'] !== false;

/** A predicted side as a code: country part (--- when none) and sector. */
const side = (a: PloverActor): string => `${a.code ?? '---'}${a.sector ?? ''}`;

function view(coder: Coder, tables: CodeTables, id: string, text: string, date: string): PloverView[] {
  const doc = coder.code({ id, uri: `plover:${id}`, content: text, format: 'text' }, { date });
  return doc.events.filter((e) => !e.negated && e.plover).map((e) => ({
    type: e.plover!.type,
    code: e.code,
    actor: ploverActor(e.source.code, e.source.text, tables),
    recipient: e.target ? ploverActor(e.target.code, e.target.text, tables) : null,
  }));
}

/** How many gold dyads `candidates` find, one to one, agreeing on both countries the gold gives. */
function matchedOnRoot(golds: readonly PloverDyad[], candidates: readonly PloverView[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const d of golds) {
    const j = candidates.findIndex((p, k) => !used.has(k) && found(agreement(d, p)));
    if (j < 0) continue;
    used.add(j);
    n++;
  }
  return n;
}

/** Scores the PLOVER gold at `path`; skipped when it is absent. */
export function evalPlover(coder: Coder, path: string, options: EvalOptions): DataSetResult {
  if (!existsSync(path)) return { lines: [`PLOVER gold: skipped (${path} is absent)`], summary: { skipped: true } };
  const tables = loadCodeTables();
  const cases = readPloverGold(path);
  const agree = new Map<Field, Agreement>(fields.map((f) => [f, { right: 0, of: 0 }]));
  const byType = new Map<string, { right: number; of: number }>();
  const typeMisses: string[] = [];
  let typeRight = 0, typeTp = 0, typePredicted = 0, dyads = 0, dyadsFound = 0, dyadsMatched = 0;
  // dyad+root as held-out CAMEO gold is scored: a prediction is right when its CAMEO root is one the record's
  // older category covers and it agrees on both countries; each gold dyad and each prediction count once.
  let rootTp = 0, rootPredicted = 0, rootGold = 0;
  const seen = new Set<string>();
  // Per record: its predictions, and the gold dyads and CAMEO roots of all its cases, for listing wrong predictions.
  const records = new Map<string, { text: string; predicted: PloverView[]; dyads: PloverDyad[]; roots: string[] }>();
  for (const c of cases) {
    const predicted = view(coder, tables, c.id, c.text, c.date);
    const record = records.get(c.id) ?? { text: c.text, predicted, dyads: [], roots: [] };
    record.dyads.push(...c.dyads);
    record.roots.push(...c.cameoRoots);
    records.set(c.id, record);
    const types = new Set(predicted.map((p) => p.type));
    const t = byType.get(c.type) ?? { right: 0, of: 0 };
    t.of++;
    if (types.has(c.type)) { typeRight++; typeTp++; t.right++; } else typeMisses.push(`      ${c.id.padEnd(26)} ${c.type.padEnd(10)} got ${[...types].join(',') || '(none)'}  ${c.text.slice(0, 80)}`);
    byType.set(c.type, t);
    typePredicted += types.size;
    // Greedy one-to-one: the best-agreeing (gold dyad, prediction of the gold type) pairs first.
    const candidates = predicted.filter((p) => p.type === c.type);
    const pairs = c.dyads.flatMap((d, i) => candidates.map((p, j) => ({ i, j, f: agreement(d, p) })));
    pairs.sort((a, b) => weight(b.f) - weight(a.f));
    const usedGold = new Set<number>(), usedPred = new Set<number>();
    for (const { i, j, f } of pairs) {
      if (usedGold.has(i) || usedPred.has(j)) continue;
      usedGold.add(i); usedPred.add(j); dyadsMatched++;
      if (found(f)) dyadsFound++;
      for (const field of fields) if (f[field] !== null) { const a = agree.get(field)!; a.of++; if (f[field]) a.right++; }
    }
    dyads += c.dyads.length;
    // A record with several expected events is several cases of one sentence: its predictions count once.
    if (!seen.has(c.id)) { seen.add(c.id); rootPredicted += predicted.length; }
    rootGold += c.dyads.length;
    rootTp += matchedOnRoot(c.dyads, predicted.filter((p) => c.cameoRoots.includes(p.code.slice(0, 2))));
  }
  // Predictions that agree with no gold dyad of the record on a root its categories cover and both countries.
  const wrong = [...records].flatMap(([id, r]) => r.predicted
    .filter((p) => !(r.roots.includes(p.code.slice(0, 2)) && r.dyads.some((d) => found(agreement(d, p)))))
    .map((p) => `      ${id.padEnd(26)} ${side(p.actor)} ${p.code} ${p.recipient ? side(p.recipient) : '-'}  ${r.text.slice(0, 90)}`));
  const types = prf(typeTp, typePredicted, cases.length);
  const roots = prf(rootTp, rootPredicted, rootGold);
  const ratio = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '0.0'}%)`;
  const lines = [
    `PLOVER gold (plover_gsr.jsonl): ${cases.length} sentences, ${dyads} gold dyads`,
    `    event type accuracy  ${ratio(typeRight, cases.length)} sentences have an event of the gold type`,
    `    event types          P ${types.precision.toFixed(3)}  R ${types.recall.toFixed(3)}  F1 ${types.f1.toFixed(3)}  (distinct types per sentence: ${typeTp} right of ${typePredicted} predicted)`,
    `    events found         ${ratio(dyadsFound, dyads)} gold dyads (type, actor and recipient country); ${dyadsMatched} matched by type`,
    `    dyad+root (CAMEO)    P ${roots.precision.toFixed(3)}  R ${roots.recall.toFixed(3)}  F1 ${roots.f1.toFixed(3)}  (${rootTp} of ${rootGold} gold dyads with a CAMEO root of the record's older category and both countries; ${rootPredicted} events predicted)`,
    `    on matched events    ${fields.map((f) => `${f} ${ratio(agree.get(f)!.right, agree.get(f)!.of)}`).join(', ')}`,
    `    type accuracy by type: ${[...byType].sort((a, b) => b[1].of - a[1].of).map(([k, v]) => `${k} ${v.right}/${v.of}`).join(', ')}`,
    ...(options.verbose ? [`    sentences without the gold type (${Math.min(options.verbose, typeMisses.length)} of ${typeMisses.length}):`, ...typeMisses.slice(0, options.verbose)] : []),
    ...(options.verbose ? [`    predictions matching no gold dyad at dyad+root (${Math.min(options.verbose, wrong.length)} of ${wrong.length}):`, ...wrong.slice(0, options.verbose)] : []),
  ];
  return {
    lines,
    summary: {
      sentences: cases.length, typeAccuracy: round3(typeRight / Math.max(1, cases.length)),
      types: { precision: round3(types.precision), recall: round3(types.recall), f1: round3(types.f1), tp: typeTp, predicted: typePredicted },
      dyads, dyadsFound, eventRecall: round3(dyadsFound / Math.max(1, dyads)), dyadsMatched,
      dyadRoot: { precision: round3(roots.precision), recall: round3(roots.recall), f1: round3(roots.f1), tp: rootTp, predicted: rootPredicted, gold: rootGold },
      actors: Object.fromEntries([...agree].map(([f, a]) => [f, { right: a.right, of: a.of, accuracy: round3(a.right / Math.max(1, a.of)) }])),
    },
  };
}
