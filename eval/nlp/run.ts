// Evaluates the shipped tagger and parser (data/models) on UD English test sets:
// UPOS, XPOS, lemma, UAS, LAS (universal label) with gold tokenization, and from raw text
// (our tokenizer, words aligned to gold words by character offsets).
//   npx tsx eval/nlp/run.ts [--ud DIR] [--models DIR] [--split test|dev] [--no-raw]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sentenceText } from '../../src/nlp/conllu/conllu.js';
import { readTreebank, type TreebankSentence } from '../../src/nlp/conllu/treebank.js';
import { DEFAULT_MODEL_DIR, loadSyntaxModels, type SyntaxModels } from '../../src/nlp/parser/index.js';
import { tokenize } from '../../src/nlp/tokenizer.js';
import { emptyCounts, f1, sentenceF1, universal, type SyntaxCounts } from './scoring.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values: opt } = parseArgs({
  options: {
    ud: { type: 'string', default: join(ROOT, '../shared/datasets/ud') },
    models: { type: 'string', default: DEFAULT_MODEL_DIR },
    split: { type: 'string', default: 'test' },
    'no-raw': { type: 'boolean', default: false },
  },
});

function scoreGoldTokens(m: SyntaxModels, sents: readonly TreebankSentence[]): SyntaxCounts {
  const c = emptyCounts();
  for (const s of sents) {
    const a = m.annotate(s.words);
    const n = s.words.length;
    c.gold += n;
    c.system += n;
    c.aligned += n;
    for (let i = 0; i < n; i++) {
      if (a.upos[i] === s.upos[i]) c.upos++;
      if (a.xpos[i] === s.xpos[i]) c.xpos++;
      if (a.lemma[i] === s.lemma[i]) c.lemma++;
      if (a.head[i] !== s.head[i]) continue;
      c.uas++;
      if (universal(a.rel[i]) === universal(s.rel[i])) c.las++;
      if (a.rel[i] === s.rel[i]) c.lasFull++;
    }
  }
  return c;
}

/** Character spans of a sentence's gold words in its text; words inside a multiword token split it when their forms spell it. */
function goldSpans(s: TreebankSentence, text: string): Array<[number, number] | null> {
  const spans: Array<[number, number] | null> = new Array(s.words.length).fill(null);
  const mw = new Map(s.source.multiwords.map((m) => [m.first, m]));
  let cursor = 0;
  for (let i = 0; i < s.words.length;) {
    const m = mw.get(i);
    const form = m ? m.columns[0] : s.words[i];
    const start = text.indexOf(form, cursor);
    if (start < 0) { i = m ? m.last + 1 : i + 1; continue; }
    cursor = start + form.length;
    if (!m) { spans[i] = [start, cursor]; i++; continue; }
    const parts = s.words.slice(m.first, m.last + 1);
    if (parts.join('') === form) {
      let p = start;
      parts.forEach((w, k) => { spans[m.first + k] = [p, p + w.length]; p += w.length; });
    }
    i = m.last + 1;
  }
  return spans;
}

const startsParagraph = (s: TreebankSentence): boolean => s.source.comments.some((c) => c.startsWith('# newpar'));

function scoreRawText(m: SyntaxModels, sents: readonly TreebankSentence[]): SyntaxCounts {
  const c = emptyCounts();
  const byDoc = new Map<string, TreebankSentence[]>();
  for (const s of sents) byDoc.set(s.doc || s.id, [...(byDoc.get(s.doc || s.id) ?? []), s]);
  for (const doc of byDoc.values()) {
    // Gold: document text as UD's conllu-to-text gives it: sentences joined by spaces, a blank line
    // before each new paragraph (`# newpar`); word spans and heads in document terms.
    let text = '';
    const goldStarts = new Set<number>();
    const gold: Array<{ span: [number, number] | null; head: number; s: TreebankSentence; i: number }> = [];
    for (const s of doc) {
      const t = sentenceText(s.source);
      if (text && startsParagraph(s)) text = `${text.trimEnd()}\n\n`;
      const base = text.length;
      goldStarts.add(base);
      const offset = gold.length;
      goldSpans(s, t).forEach((sp, i) => gold.push({ span: sp ? [sp[0] + base, sp[1] + base] : null, head: s.head[i] < 0 ? -1 : s.head[i] + offset, s, i }));
      text += `${t} `;
    }
    const goldAt = new Map<string, number>();
    gold.forEach((g, k) => { if (g.span) goldAt.set(`${g.span[0]}:${g.span[1]}`, k); });
    const { sentences, tokens } = tokenize(text);
    const sys: Array<{ key: string; upos: string; xpos: string; lemma: string; head: number; rel: string }> = [];
    for (const s of sentences) {
      const toks = tokens.slice(s.firstToken, s.endToken);
      const a = m.annotate(toks.map((t) => t.text));
      const offset = sys.length;
      toks.forEach((t, i) => sys.push({ key: `${t.start}:${t.end}`, upos: a.upos[i], xpos: a.xpos[i], lemma: a.lemma[i], head: a.head[i] < 0 ? -1 : a.head[i] + offset, rel: a.rel[i] }));
    }
    c.gold += gold.length;
    c.system += sys.length;
    c.goldSentences += goldStarts.size;
    c.systemSentences += sentences.length;
    c.sentenceStarts += sentences.filter((s) => goldStarts.has(s.start)).length;
    const sysToGold = sys.map((w) => goldAt.get(w.key) ?? -2);
    sys.forEach((w, k) => {
      const g = sysToGold[k];
      if (g < 0) return;
      const gw = gold[g];
      c.aligned++;
      if (w.upos === gw.s.upos[gw.i]) c.upos++;
      if (w.xpos === gw.s.xpos[gw.i]) c.xpos++;
      if (w.lemma === gw.s.lemma[gw.i]) c.lemma++;
      const headOk = w.head < 0 ? gw.head < 0 : sysToGold[w.head] === gw.head && gw.head >= 0;
      if (!headOk) return;
      c.uas++;
      const rel = gw.s.rel[gw.i];
      if (universal(w.rel) === universal(rel)) c.las++;
      if (w.rel === rel) c.lasFull++;
    });
  }
  return c;
}

const t0 = performance.now();
const models = loadSyntaxModels(opt.models);
const loadMs = performance.now() - t0;
const sets: Array<[string, TreebankSentence[]]> = [
  [`EWT ${opt.split}`, readTreebank(join(opt.ud!, `ewt/${opt.split}.conllu`))],
  [`GUM ${opt.split}`, readTreebank(join(opt.ud!, `gum/${opt.split}.conllu`))],
];
sets.push([`GUM ${opt.split} news`, sets[1][1].filter((s) => s.doc.startsWith('GUM_news_'))]);
console.log(`models: ${JSON.stringify(models.info.trainedOn ?? [])}, loaded in ${loadMs.toFixed(0)} ms`);
const row = (name: string, input: string, c: SyntaxCounts): string =>
  `| ${name} | ${input} | ${c.gold} | ${f1(c, 'upos').toFixed(2)} | ${f1(c, 'xpos').toFixed(2)} | ${f1(c, 'lemma').toFixed(2)} | ${f1(c, 'uas').toFixed(2)} | ${f1(c, 'las').toFixed(2)} | ${f1(c, 'lasFull').toFixed(2)} | ${f1(c, 'aligned').toFixed(2)} | ${sentenceF1(c).toFixed(2)} |`;
console.log('| set | input | words | UPOS | XPOS | lemma | UAS | LAS | LAS (full label) | words F1 | sentences F1 |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, sents] of sets) {
  console.log(row(name, 'gold tokenization', scoreGoldTokens(models, sents)));
  if (!opt['no-raw']) console.log(row(name, 'raw text', scoreRawText(models, sents)));
}
