// Scores the claims and quotes stages against eval/claims-quotes/gold.jsonl, a hand-annotated
// development set over articles of ../shared/datasets/news/politics.jsonl (lines 201 onward).
// The gold refers to articles by id and quotes only evidence sentences; texts are read at eval time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimsStage, loadClaimResources } from '../../src/claims/claims-stage.js';
import type { Claim, Quote } from '../../src/core/document.js';
import type { WorkingDoc } from '../../src/core/stage.js';
import { loadDictionaries } from '../../src/dictionaries/dictionaries.js';
import { createPipeline } from '../../src/pipeline.js';
import { loadQuoteResources, quotesStage } from '../../src/quotes/quotes-stage.js';
import { prf, type PRF } from '../prf.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The gold file, beside this scorer. */
export const GOLD_PATH = join(ROOT, 'eval/claims-quotes/gold.jsonl');
/** The corpus the gold annotates (never copied into the repository). */
export const CORPUS_PATH = join(ROOT, '../shared/datasets/news/politics.jsonl');
/** A predicted quote matches a gold one when it covers at least this share of the gold quote's characters. */
export const QUOTE_OVERLAP = 0.5;

/** A claim of the gold, as annotated (see GUIDELINE.md). */
export interface GoldClaim {
  kind: string;
  value: number | null;
  low?: number;
  high?: number;
  qualifier?: string;
  hedge?: string;
  attributedTo: string | null;
  evidence: string;
}
/** A quotation of the gold: its words and its speaker's name as the article gives it. */
export interface GoldQuote { text: string; speaker: string | null }
/** One annotated article; `split` is "dev" (tuned on) or "holdout" (annotated after tuning, never tuned on). */
export interface GoldArticle { id: string; line: number; split: 'dev' | 'holdout'; claims: GoldClaim[]; quotes: GoldQuote[] }

/** Precision, recall and F1 with the counts behind them. */
export type { PRF };

/** One disagreement, for reading what went wrong. */
export interface Miss { id: string; what: 'missed' | 'extra' | 'wrong-source' | 'wrong-speaker'; detail: string }

/** The scores of one set of articles. */
export interface Scores {
  articles: number;
  /** Claims matched on kind and value, with the figure inside the gold evidence sentence. */
  claims: PRF;
  /** Non-null sources: a predicted source is right when it names the gold one (surname or head word). */
  attribution: PRF;
  /** On matched claims: sources that agree, null included. */
  attributionAgreement: { agree: number; of: number };
  qualifierAgreement: { agree: number; of: number };
  /** Quotes matched on overlap of at least QUOTE_OVERLAP of the gold quote. */
  quotes: PRF;
  /** Speakers of matched quotes, against every predicted and every gold quote with a speaker. */
  speakers: PRF;
  misses: Miss[];
}

/** What scoreClaimsQuotes returns: all articles, and each split apart. */
export interface Report extends Scores {
  /** Why nothing was scored (../shared absent), or null. */
  skipped: string | null;
  /** The same scores for the development articles and for the held-out ones. */
  bySplit: Record<'dev' | 'holdout', Scores>;
}

function words(s: string): string[] {
  return s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'the');
}

/**
 * True when a predicted source or speaker names the gold one: the prediction contains the gold's
 * last word (a surname, or the head of "the Indian army"), or the gold contains the prediction's.
 */
export function sameSource(gold: string, predicted: string): boolean {
  const g = words(gold);
  const p = words(predicted);
  if (!g.length || !p.length) return false;
  return p.includes(g[g.length - 1]) || g.includes(p[p.length - 1]);
}

function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
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

/** Runs the whole pipeline, adding the claims and quotes stages when the pipeline does not run them yet. */
function coder(): (r: CorpusRecord) => { text: string; claims: Claim[]; quotes: Quote[] } {
  const dicts = loadDictionaries();
  const pipeline = createPipeline(dicts);
  const claims = claimsStage.create(loadClaimResources(dicts.dataDir));
  const quotes = quotesStage.create(loadQuoteResources(dicts.dataDir));
  return (r) => {
    let doc: WorkingDoc = pipeline({ raw: { id: r.id, uri: `jsonl:${r.id}`, content: r.text, format: 'text', title: r.title ?? undefined, date: r.date ?? undefined } });
    if (!doc.claims) doc = { ...doc, ...claims(doc) };
    if (!doc.quotes) doc = { ...doc, ...quotes(doc) };
    return { text: doc.article!.text, claims: doc.claims!, quotes: doc.quotes! };
  };
}

function show(c: Claim): string {
  return `${c.kind} ${c.value ?? `${c.low}-${c.high}`}${c.qualifier ? ` (${c.qualifier})` : ''} «${c.evidence.text.slice(0, 100)}»`;
}

type Coded = { text: string; claims: Claim[]; quotes: Quote[] };

function emptyScores(): Scores {
  const empty = prf(0, 0, 0);
  return {
    articles: 0, claims: empty, attribution: empty, attributionAgreement: { agree: 0, of: 0 },
    qualifierAgreement: { agree: 0, of: 0 }, quotes: empty, speakers: empty, misses: [],
  };
}

/** Scores coded documents against their gold articles. */
function scoreArticles(articles: Array<{ gold: GoldArticle; doc: Coded }>): Scores {
  const report = emptyScores();
  const n = { claimTp: 0, claimPred: 0, claimGold: 0, srcTp: 0, srcPred: 0, srcGold: 0, quoteTp: 0, quotePred: 0, quoteGold: 0, spkTp: 0, spkPred: 0, spkGold: 0 };
  for (const { gold: g, doc } of articles) {
    report.articles++;
    // Claims: kind and value equal, the figure inside an occurrence of the gold evidence sentence.
    const usedClaims = new Set<number>();
    n.claimPred += doc.claims.length;
    n.claimGold += g.claims.length;
    n.srcPred += doc.claims.filter((c) => c.attributedTo).length;
    n.srcGold += g.claims.filter((c) => c.attributedTo).length;
    for (const gc of g.claims) {
      const spans = occurrences(doc.text, gc.evidence);
      const k = doc.claims.findIndex((c, i) => !usedClaims.has(i) && c.kind === gc.kind && c.value === gc.value
        && spans.some(([a, b]) => a <= c.figure.start && c.figure.end <= b));
      if (k < 0) {
        report.misses.push({ id: g.id, what: 'missed', detail: `${gc.kind} ${gc.value ?? `${gc.low}-${gc.high}`} «${gc.evidence.slice(0, 100)}»${spans.length ? '' : ' (sentence not in the extracted text)'}` });
        continue;
      }
      usedClaims.add(k);
      n.claimTp++;
      const p = doc.claims[k];
      const src = p.attributedTo?.text ?? null;
      const agree = gc.attributedTo === null ? src === null : src !== null && sameSource(gc.attributedTo, src);
      report.attributionAgreement.of++;
      if (agree) report.attributionAgreement.agree++;
      else report.misses.push({ id: g.id, what: 'wrong-source', detail: `gold ${gc.attributedTo ?? 'none'}, got ${src ?? 'none'} for ${show(p)}` });
      if (agree && src !== null) n.srcTp++;
      report.qualifierAgreement.of++;
      if ((gc.qualifier ?? null) === p.qualifier) report.qualifierAgreement.agree++;
    }
    doc.claims.forEach((c, i) => { if (!usedClaims.has(i)) report.misses.push({ id: g.id, what: 'extra', detail: show(c) }); });
    // Quotes: a predicted quote covering at least QUOTE_OVERLAP of an occurrence of the gold quote.
    const usedQuotes = new Set<number>();
    n.quotePred += doc.quotes.length;
    n.quoteGold += g.quotes.length;
    n.spkPred += doc.quotes.filter((q) => q.speaker).length;
    n.spkGold += g.quotes.filter((q) => q.speaker).length;
    for (const gq of g.quotes) {
      const spans = occurrences(doc.text, gq.text);
      const k = doc.quotes.findIndex((q, i) => !usedQuotes.has(i)
        && spans.some(([a, b]) => Math.min(q.end, b) - Math.max(q.start, a) >= QUOTE_OVERLAP * (b - a)));
      if (k < 0) {
        report.misses.push({ id: g.id, what: 'missed', detail: `quote «${gq.text.slice(0, 80)}» (${gq.speaker ?? 'no speaker'})` });
        continue;
      }
      usedQuotes.add(k);
      n.quoteTp++;
      const sp = doc.quotes[k].speaker?.text ?? null;
      if (gq.speaker && sp && sameSource(gq.speaker, sp)) n.spkTp++;
      else if (gq.speaker || sp) report.misses.push({ id: g.id, what: 'wrong-speaker', detail: `gold ${gq.speaker ?? 'none'}, got ${sp ?? 'none'} for «${gq.text.slice(0, 60)}»` });
    }
    doc.quotes.forEach((q, i) => { if (!usedQuotes.has(i)) report.misses.push({ id: g.id, what: 'extra', detail: `quote «${q.text.slice(0, 80)}» (${q.speaker?.text ?? 'no speaker'})` }); });
  }
  report.claims = prf(n.claimTp, n.claimPred, n.claimGold);
  report.attribution = prf(n.srcTp, n.srcPred, n.srcGold);
  report.quotes = prf(n.quoteTp, n.quotePred, n.quoteGold);
  report.speakers = prf(n.spkTp, n.spkPred, n.spkGold);
  return report;
}

/**
 * Scores the gold of eval/claims-quotes/: claims on (kind, value), their sources, quotes on
 * overlap and their speakers, over all articles and per split. Reports itself skipped when
 * ../shared is absent.
 * @example const r = scoreClaimsQuotes(); console.log(r.claims.f1, r.bySplit.holdout.quotes.f1)
 */
export function scoreClaimsQuotes(): Report {
  if (!existsSync(CORPUS_PATH)) {
    return { ...emptyScores(), skipped: `${CORPUS_PATH} is absent`, bySplit: { dev: emptyScores(), holdout: emptyScores() } };
  }
  const gold = readGold();
  const corpus = readCorpus(new Set(gold.map((g) => g.id)));
  const code = coder();
  const coded: Array<{ gold: GoldArticle; doc: Coded }> = [];
  const absent: Miss[] = [];
  for (const g of gold) {
    const record = corpus.get(g.id);
    if (record) coded.push({ gold: g, doc: code(record) });
    else absent.push({ id: g.id, what: 'missed', detail: 'article not in the corpus' });
  }
  const all = scoreArticles(coded);
  return {
    ...all, misses: [...absent, ...all.misses], skipped: null,
    bySplit: {
      dev: scoreArticles(coded.filter((c) => c.gold.split !== 'holdout')),
      holdout: scoreArticles(coded.filter((c) => c.gold.split === 'holdout')),
    },
  };
}
