// Scores the relations stage against eval/relations/gold.jsonl, a hand-annotated development set over
// articles of ../shared/datasets/news/politics.jsonl (lines 201 onward), and against the six relations
// of the seed article's gold. The gold refers to articles by id and quotes only evidence sentences.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Coder } from '../../src/coder.js';
import type { Relation } from '../../src/core/document.js';
import { prf, type PRF } from '../prf.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The gold file, beside this scorer. */
export const GOLD_PATH = join(ROOT, 'eval/relations/gold.jsonl');
/** The corpus the gold annotates (never copied into the repository). */
export const CORPUS_PATH = join(ROOT, '../shared/datasets/news/politics.jsonl');
/** The seed article and its gold (read from ../shared, never copied). */
export const SEED_TEXT = join(ROOT, '../shared/fixtures/seed/blinken-armenia-azerbaijan.txt');
export const SEED_GOLD = SEED_TEXT.replace(/\.txt$/, '.gold.json');
/** Kinds whose object is part of what the relation is (a place, for b is absent). */
const OBJECT_KINDS = new Set(['sovereign', 'controls']);
/** Kinds whose sides are ordered (a → b). */
const DIRECTED = new Set(['backs', 'member', 'sovereign', 'controls', 'office']);
/** Words of a name too common to tell parties apart. */
const GENERIC = new Set(['the', 'of', 'and', 'forces', 'fighters', 'government', 'group', 'state', 'states', 'rebels', 'people']);

/** A side of a gold relation: CAMEO code, the name the article gives it, and its actor kind. */
export interface GoldParty { code: string; name: string; kind: string }
/** A relation of the gold, as annotated (see GUIDELINE.md). */
export interface GoldRelation {
  kind: string; a: GoldParty; b: GoldParty | null; label?: string; object?: string; negated?: boolean;
  time?: 'past' | 'stated'; asserted: boolean; attributedTo?: string | null; evidence: string;
}
/** One annotated article; `split` is "dev" (tuned on) or "holdout" (never looked at while tuning). */
export interface GoldArticle { id: string; line: number; split: 'dev' | 'holdout'; relations: GoldRelation[] }

/** Precision, recall and F1 with the counts behind them. */
export type { PRF };
/** One disagreement, for reading what went wrong. */
export interface Miss { id: string; split: string; what: 'missed' | 'extra'; detail: string }
/** The scores of one set of articles: all kinds together and kind by kind. */
export interface Scores {
  articles: number;
  all: PRF;
  byKind: Record<string, PRF>;
  /** On matched relations: the voice (asserted or reported) agrees; the object agrees when the gold gives one. */
  voice: { agree: number; of: number };
  object: { agree: number; of: number };
  misses: Miss[];
}
/** What scoreRelations returns. */
export interface Report extends Scores {
  skipped: string | null;
  bySplit: Record<'dev' | 'holdout', Scores>;
}

function words(s: string): string[] {
  return s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !GENERIC.has(w));
}

/** A state and its government are one party: ARMGOV → ARM. */
export function normCode(code: string): string {
  return /^[A-Z]{3}GOV$/.test(code) ? code.slice(0, 3) : code;
}

/** A predicted side as the scorer compares it. */
interface Side { code: string; name: string; text: string; kind: string }

/**
 * True when a predicted side names the gold party: for a person, the same country, the surname
 * and (when both give one) the first name; otherwise the same code (a government is its state), or the same first three letters
 * and a word of the gold name ("Houthi forces" and "Houthis" both hold "houthi…").
 */
export function sameParty(g: GoldParty, p: Side): boolean {
  const said = words(`${p.name} ${p.text}`);
  if (g.kind === 'person') {
    // The surname, and the first name too when both give one ("Khalid bin Salman" is not "Mohammad bin Salman").
    const names = words(g.name);
    const predicted = words(p.name);
    const firstAgrees = names.length < 2 || predicted.length < 2 || said.includes(names[0]);
    return g.code.slice(0, 3) === p.code.slice(0, 3) && said.includes(names[names.length - 1] ?? '') && firstAgrees;
  }
  if (p.kind === 'person') return false;
  if (normCode(g.code) === normCode(p.code)) return true;
  const gw = words(g.name);
  return g.code.slice(0, 3) === p.code.slice(0, 3) && gw.some((w) => said.some((x) => x.startsWith(w.slice(0, 5)) || w.startsWith(x.slice(0, 5))));
}

/** True when two objects name the same thing: one holds the other's last word. */
export function sameObject(gold: string, predicted: string): boolean {
  const g = words(gold);
  const p = words(predicted);
  return !!g.length && !!p.length && (p.includes(g[g.length - 1]) || g.includes(p[p.length - 1]));
}

function side(p: Relation['a']): Side {
  return { code: p.code, name: p.name, text: p.text, kind: p.kind };
}

function matches(g: GoldRelation, r: Relation): boolean {
  if (g.kind !== r.kind || (g.negated ?? false) !== r.negated) return false;
  if (OBJECT_KINDS.has(g.kind) && !(g.object && r.object && sameObject(g.object, r.object.text))) return false;
  const a = side(r.a);
  const b = r.b ? side(r.b) : null;
  const forward = sameParty(g.a, a) && (g.b === null ? b === null : b !== null && sameParty(g.b, b));
  if (forward || DIRECTED.has(g.kind) || !g.b || !b) return forward;
  return sameParty(g.a, b) && sameParty(g.b, a);
}

/** One prediction per distinct relation of an article: its first statement stands for it. */
export function distinctRelations(relations: Relation[]): Relation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const parties = [r.a, r.b].map((p) => (p ? `${normCode(p.code)}:${p.kind === 'person' ? p.name : ''}` : ''));
    if (!DIRECTED.has(r.kind)) parties.sort();
    const key = [r.kind, ...parties, OBJECT_KINDS.has(r.kind) ? (r.object?.text ?? '').toLowerCase() : '', r.negated].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function show(r: Relation): string {
  const arrow = DIRECTED.has(r.kind) ? '->' : '<>';
  return `${r.negated ? 'NOT ' : ''}${r.kind}/${r.label} ${r.a.code}(${r.a.text}) ${arrow} ${r.b ? `${r.b.code}(${r.b.text})` : '-'}${r.object ? ` [${r.object.text}]` : ''} «${r.evidence.text.slice(0, 90)}»`;
}

function showGold(g: GoldRelation): string {
  const arrow = DIRECTED.has(g.kind) ? '->' : '<>';
  return `${g.negated ? 'NOT ' : ''}${g.kind} ${g.a.code}(${g.a.name}) ${arrow} ${g.b ? `${g.b.code}(${g.b.name})` : '-'}${g.object ? ` [${g.object}]` : ''} «${g.evidence.slice(0, 90)}»`;
}

/** Reads the gold file. */
export function readGold(path = GOLD_PATH): GoldArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
}

interface CorpusRecord { id: string; title: string | null; date: string | null; text: string }

function readCorpus(ids: Set<string>): Map<string, CorpusRecord> {
  const out = new Map<string, CorpusRecord>();
  for (const line of readFileSync(CORPUS_PATH, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CorpusRecord;
    if (ids.has(r.id)) out.set(r.id, r);
  }
  return out;
}

function emptyScores(): Scores {
  return { articles: 0, all: prf(0, 0, 0), byKind: {}, voice: { agree: 0, of: 0 }, object: { agree: 0, of: 0 }, misses: [] };
}

/** Scores coded articles against their gold: one to one, per article, kind by kind. */
export function scoreArticles(articles: Array<{ gold: GoldArticle; relations: Relation[] }>): Scores {
  const report = emptyScores();
  const counts = new Map<string, { tp: number; predicted: number; gold: number }>();
  const count = (kind: string) => counts.get(kind) ?? counts.set(kind, { tp: 0, predicted: 0, gold: 0 }).get(kind)!;
  for (const { gold, relations } of articles) {
    report.articles++;
    const predicted = distinctRelations(relations);
    const used = new Set<number>();
    for (const r of predicted) count(r.kind).predicted++;
    for (const g of gold.relations) {
      count(g.kind).gold++;
      const k = predicted.findIndex((r, i) => !used.has(i) && matches(g, r));
      if (k < 0) {
        report.misses.push({ id: gold.id, split: gold.split, what: 'missed', detail: showGold(g) });
        continue;
      }
      used.add(k);
      count(g.kind).tp++;
      const r = predicted[k];
      report.voice.of++;
      if (r.asserted === g.asserted) report.voice.agree++;
      if (g.object && !OBJECT_KINDS.has(g.kind) && g.kind !== 'office') {
        report.object.of++;
        if (r.object && sameObject(g.object, r.object.text)) report.object.agree++;
      }
    }
    predicted.forEach((r, i) => { if (!used.has(i)) report.misses.push({ id: gold.id, split: gold.split, what: 'extra', detail: show(r) }); });
  }
  let tp = 0, p = 0, g = 0;
  for (const [kind, c] of [...counts.entries()].sort()) {
    report.byKind[kind] = prf(c.tp, c.predicted, c.gold);
    tp += c.tp; p += c.predicted; g += c.gold;
  }
  report.all = prf(tp, p, g);
  return report;
}

/**
 * Codes every gold article with the whole pipeline and scores its relations, over all articles
 * and per split. Reports itself skipped when ../shared is absent.
 * @example const r = scoreRelations(); console.log(r.all.f1, r.bySplit.holdout.byKind.backs)
 */
export function scoreRelations(coder = new Coder()): Report {
  if (!existsSync(CORPUS_PATH)) {
    return { ...emptyScores(), skipped: `${CORPUS_PATH} is absent`, bySplit: { dev: emptyScores(), holdout: emptyScores() } };
  }
  const gold = readGold();
  const corpus = readCorpus(new Set(gold.map((g) => g.id)));
  const coded = gold.flatMap((g) => {
    const r = corpus.get(g.id);
    if (!r) return [];
    const doc = coder.code({ id: r.id, uri: `jsonl:${r.id}`, content: r.text, format: 'text', title: r.title ?? undefined, date: r.date ?? undefined });
    return [{ gold: g, relations: doc.relations }];
  });
  return {
    ...scoreArticles(coded), skipped: null,
    bySplit: { dev: scoreArticles(coded.filter((c) => c.gold.split === 'dev')), holdout: scoreArticles(coded.filter((c) => c.gold.split === 'holdout')) },
  };
}

/** A relation of the seed gold: codes, its own kind names, the words that state it. */
interface SeedRelation { a: string; b: string; kind: string; evidence?: string; also?: string; over?: string }

/** The seed gold's kind names in our kinds (data/relations/kinds.tsv). */
export const SEED_KINDS: Record<string, { kinds: string[]; labels?: string[] }> = {
  ally: { kinds: ['allied', 'backs'] },
  'strategic ties': { kinds: ['ties'], labels: ['strategic ties'] },
  mistrust: { kinds: ['rivals'], labels: ['mistrust'] },
  conflict: { kinds: ['dispute'] },
};

/** One seed relation and whether it was found with the right kind and direction (and its object, when the gold names one). */
export interface SeedResult { gold: SeedRelation; found: Relation | null; objectFound: boolean | null }

/**
 * Finds each of the seed gold's relations among the seed article's: a relation of a mapped kind
 * (and label) between the same states, a → b for a directed kind.
 */
export function scoreSeed(coder = new Coder()): SeedResult[] | null {
  if (!existsSync(SEED_TEXT) || !existsSync(SEED_GOLD)) return null;
  const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { document: { published: string }; relations: SeedRelation[] };
  const doc = coder.code({ uri: `file:${SEED_TEXT}`, content: readFileSync(SEED_TEXT, 'utf8'), format: 'text' }, { date: gold.document.published });
  return gold.relations.map((g) => {
    const map = SEED_KINDS[g.kind];
    const fits = (r: Relation) => {
      if (!map || !map.kinds.includes(r.kind) || (map.labels && !map.labels.includes(r.label)) || r.negated || !r.b) return false;
      const [a, b] = [normCode(r.a.code), normCode(r.b.code)];
      return (a === g.a && b === g.b) || (!DIRECTED.has(r.kind) && a === g.b && b === g.a);
    };
    const all = doc.relations.filter(fits);
    const withObject = g.over ? all.find((r) => r.object && sameObject(g.over!, r.object.text)) : undefined;
    return { gold: g, found: withObject ?? all[0] ?? null, objectFound: g.over ? !!withObject : null };
  });
}
