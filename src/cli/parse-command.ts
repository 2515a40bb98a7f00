import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DyadError } from '../core/errors.js';
import { readConllu, writeConllu, type ConlluSentence } from '../nlp/conllu/conllu.js';
import { loadSyntaxModels, type SyntaxModels } from '../nlp/parser/index.js';
import { tokenize } from '../nlp/tokenizer.js';
import { out } from './output.js';

interface ParseFlags {
  input?: string;
  json?: boolean;
}

function readSource(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new DyadError('E001', `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
  }
}

/** Raw text → sentences of predicted words, with offsets kept in MISC (TokenRange, SpaceAfter). */
export function parseText(text: string, models: SyntaxModels): ConlluSentence[] {
  const { sentences, tokens } = tokenize(text);
  return sentences.map((s, si) => {
    const toks = tokens.slice(s.firstToken, s.endToken);
    const a = models.annotate(toks.map((t) => t.text));
    return {
      comments: [`# sent_id = ${si + 1}`, `# text = ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`],
      multiwords: [],
      empty: [],
      words: toks.map((t, i) => {
        const next = toks[i + 1];
        const misc = [next && next.start === t.end ? 'SpaceAfter=No' : '', `TokenRange=${t.start}:${t.end}`].filter(Boolean).join('|');
        return {
          form: t.text, lemma: a.lemma[i], upos: a.upos[i], xpos: a.xpos[i], feats: '_',
          head: a.head[i], deprel: a.rel[i], deps: '_', misc,
        };
      }),
    };
  });
}

/** Gold-tokenized CoNLL-U → the same lines with predicted UPOS, XPOS, HEAD and DEPREL. */
export function parseConllu(sentences: ConlluSentence[], models: SyntaxModels): ConlluSentence[] {
  return sentences.map((s) => {
    const a = models.annotate(s.words.map((w) => w.form));
    return { ...s, words: s.words.map((w, i) => ({ ...w, upos: a.upos[i], xpos: a.xpos[i], head: a.head[i], deprel: a.rel[i] })) };
  });
}

/** `dyad parse FILE|-`: tags and parses text (or gold-tokenized CoNLL-U) and prints CoNLL-U. */
export function runParse(file: string, flags: ParseFlags): number {
  const format = flags.input ?? 'text';
  if (format !== 'text' && format !== 'conllu') {
    throw new DyadError('E030', `--input is "${format}", expected text or conllu`);
  }
  const source = readSource(file);
  const models = loadSyntaxModels();
  const sentences = format === 'conllu'
    ? parseConllu(readConllu(source, file === '-' ? 'stdin' : file), models)
    : parseText(source, models);
  if (flags.json) {
    for (const s of sentences) {
      out(JSON.stringify({
        text: s.comments.find((c) => c.startsWith('# text = '))?.slice(9) ?? null,
        words: s.words.map((w) => ({ form: w.form, lemma: w.lemma, upos: w.upos, xpos: w.xpos, head: w.head, rel: w.deprel })),
      }));
    }
  } else {
    const text = writeConllu(sentences);
    if (text) process.stdout.write(text);
  }
  return 0;
}

/** Registers the `parse` command. */
export function registerParse(program: Command, done: (code: number) => void): void {
  program
    .command('parse')
    .description('tag and parse text into CoNLL-U (UPOS, XPOS, lemma, head, relation)')
    .argument('[file]', 'a text file, a CoNLL-U file with --input conllu, or - for standard input', '-')
    .option('--input <format>', 'text (raw text, default) or conllu (keep the given words)', 'text')
    .option('--json', 'one JSON object per sentence instead of CoNLL-U')
    .action((file: string, flags: ParseFlags) => done(runParse(file, flags)));
}
