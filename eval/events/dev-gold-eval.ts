/**
 * The development gold (eval/events/dev-gold.jsonl): each article of politics.jsonl is coded whole, and
 * only the predictions whose evidence overlaps an annotated sentence are scored, each against the gold
 * events of the sentence it overlaps. Annotated sentences with no events count in precision only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Coder } from '../../src/coder.js';
import type { CodedEvent, Span } from '../../src/core/document.js';
import { tellings } from '../../src/core/tellings.js';
import { parseJsonLine } from '../../src/ingest/jsonl-record.js';
import { readDevGold, type DevArticle } from './dev-gold.js';
import type { DataSetResult, EvalOptions } from './eval-options.js';
import { formatCalibration, formatErrors, formatLevels, formatRoots, summarize } from './event-report.js';
import { newTally, scoreDocument, type GoldItem } from './event-score.js';

/** How many reading problems are printed before "and N more". */
const PROBLEMS_SHOWN = 5;
/** A span no evidence overlaps: the gold events of a sentence not found in the coded text can only be missed. */
const NOWHERE: Span = { start: -1, end: -1 };

/** Corpora read so far, by path: the dev gold and every check set read the same one. */
const corpora = new Map<string, Map<string, { text: string; n: number }>>();

/** The corpus lines by the id of their record, with their 1-based line numbers (read once per path). */
function corpusById(path: string): Map<string, { text: string; n: number }> {
  let byId = corpora.get(path);
  if (!byId) corpora.set(path, (byId = linesById(readFileSync(path, 'utf8'))));
  return byId;
}

/** The corpus lines by the id of their record, with their 1-based line numbers. */
function linesById(corpus: string): Map<string, { text: string; n: number }> {
  const byId = new Map<string, { text: string; n: number }>();
  corpus.split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    const id = (JSON.parse(text) as { id?: unknown }).id;
    if (typeof id === 'string') byId.set(id, { text, n: i + 1 });
  });
  return byId;
}

/** Scores the dev gold at `goldPath` against the articles of `corpusPath`. */
export function evalDevGold(coder: Coder, goldPath: string, corpusPath: string, options: EvalOptions, label = 'dev gold'): DataSetResult {
  const gold = readDevGold(goldPath);
  if (!gold) return { lines: [`${label}: skipped (${goldPath} does not exist yet)`], summary: { skipped: true } };
  if (!existsSync(corpusPath)) return { lines: [`${label}: skipped (${corpusPath} is absent)`], summary: { skipped: true } };
  const corpus = corpusById(corpusPath);
  const problems = [...gold.problems];
  const tally = newTally();
  let articles = 0, sentences = 0, empty = 0, required = 0, optional = 0;
  for (const a of gold.articles) {
    // The id is the key; `line` is for people reading the file.
    const line = corpus.get(a.id);
    if (!line) { problems.push(`${a.id}: not found in ${corpusPath} (line ${a.line}), skipped`); continue; }
    if (line.n !== a.line) problems.push(`${a.id}: is on line ${line.n} of the corpus, not ${a.line}`);
    const doc = coder.code(parseJsonLine(line.text, `politics.jsonl:${line.n}`, `${corpusPath}:${line.n}`), { date: a.published });
    const items: GoldItem[] = [];
    const spans: Span[] = [];
    for (const s of a.sentences) {
      const start = doc.text.indexOf(s.text);
      if (start < 0) problems.push(`${a.id}: sentence not in the coded text, its events count as missed: «${s.text.slice(0, 60)}»`);
      const span = start < 0 ? NOWHERE : { start, end: start + s.text.length };
      spans.push(span);
      const withEvidence = (required: boolean) => (g: (typeof s.events.required)[number]): GoldItem => ({ event: { ...g, evidence: g.evidence ?? s.text }, required, span });
      items.push(...s.events.required.map(withEvidence(true)), ...s.events.optional.map(withEvidence(false)));
      sentences++; required += s.events.required.length; optional += s.events.optional.length;
      if (!s.events.required.length && !s.events.optional.length) empty++;
    }
    const inAnnotated = (e: CodedEvent) => spans.some((s) => e.evidence.start < s.end && s.start < e.evidence.end);
    scoreDocument(tally, a.id.replace(/^[a-z]+-/, ''), tellings(doc.events).filter(inAnnotated), items);
    articles++;
  }
  const lines = [
    `${label} (${basename(goldPath)}): ${articles} articles, ${sentences} sentences (${empty} with no event), ${required} required and ${optional} optional events`,
    ...problems.slice(0, PROBLEMS_SHOWN).map((p) => `    ! ${p}`),
    ...(problems.length > PROBLEMS_SHOWN ? [`    ! and ${problems.length - PROBLEMS_SHOWN} more problems`] : []),
    ...formatLevels(tally),
    '    recall per CAMEO root of the required events, false positives per predicted root:',
    ...formatRoots(tally),
    ...formatCalibration(tally),
    ...formatErrors(tally, 'dyad+root', options.verbose),
  ];
  return { lines, summary: { articles, sentences, required, optional, problems: problems.length, ...summarize(tally) } };
}
