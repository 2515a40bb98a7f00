import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../core/document.js';

// Loading the wink model costs ~100 ms, so it happens once per process, on first use.
let engine: ReturnType<typeof winkNLP> | null = null;
function wink(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model);
  return engine;
}

/** Sentences and tokens of a text, with character offsets into it. */
export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * Splits text into sentences and tokens with POS tags and lemmas (wink-nlp), and gives every
 * token its character offsets by walking the original text (wink is lossless, so each token
 * value appears in order).
 * @example tokenize('Blinken met Aliyev.').tokens.map((t) => t.lemma) // ['blinken', 'meet', 'aliyev', '.']
 */
export function tokenize(text: string): Tokenized {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The lemma getter's typing in wink-nlp is narrower than its runtime contract.
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = text.indexOf(value, cursor);
    // wink may normalise a token's value (rare: odd quotes); keep offsets monotone anyway.
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    tokens.push({
      start, end, text: text.slice(start, end), norm: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', head: -1, rel: '',
    });
  }
  const sentences: Sentence[] = [];
  doc.sentences().each((s: any) => {
    const ts = s.tokens();
    const first = ts.itemAt(0);
    const n = ts.length();
    if (!first || n === 0) return;
    const firstToken = first.index();
    const endToken = firstToken + n;
    sentences.push({ start: tokens[firstToken].start, end: tokens[endToken - 1].end, firstToken, endToken });
  });
  return { sentences, tokens };
}
