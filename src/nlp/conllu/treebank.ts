/** Reading UD treebank files into the shapes the tagger and parser train on. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readConllu, type ConlluSentence } from './conllu.js';

/** A sentence with its gold annotation, as the trainers and the evaluator use it. */
export interface TreebankSentence {
  id: string;
  /** The document id (`# newdoc id`) in force, '' if none. */
  doc: string;
  words: string[];
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** 0-based head index, -1 for the root. */
  head: number[];
  rel: string[];
  source: ConlluSentence;
}

/** Reads a CoNLL-U file; `keep(docId)` can drop whole documents (e.g. non-commercial genres). */
export function readTreebank(path: string, keep: (doc: string) => boolean = () => true): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  let doc = '';
  readConllu(readFileSync(path, 'utf8'), basename(path)).forEach((s, i) => {
    for (const c of s.comments) if (c.startsWith('# newdoc id = ')) doc = c.slice('# newdoc id = '.length).trim();
    if (!keep(doc)) return;
    const id = s.comments.find((c) => c.startsWith('# sent_id = '))?.slice('# sent_id = '.length) ?? `${basename(path)}#${i + 1}`;
    out.push({
      id, doc, source: s,
      words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos),
      lemma: s.words.map((w) => w.lemma), head: s.words.map((w) => w.head), rel: s.words.map((w) => w.deprel),
    });
  });
  return out;
}

/** GUM genres whose texts are licensed non-commercially (CC BY-NC-SA); left out of shipped models. */
export const GUM_NON_COMMERCIAL = ['essay', 'fiction', 'letter', 'podcast', 'whow'] as const;

/** True if a GUM document id belongs to a genre that may ship ("GUM_news_iodine" → news). */
export function gumShippable(doc: string): boolean {
  const genre = doc.split('_')[1] ?? '';
  return !(GUM_NON_COMMERCIAL as readonly string[]).includes(genre);
}
