import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../core/document.js';

/**
 * The wink annotations we read: sentences and POS (lemmas derive from POS). wink's default pipe
 * also runs NER, negation and sentiment, which change none of these and cost a third of its time.
 */
const WINK_PIPE = ['sbd', 'pos'];

// Loading the wink model costs ~100 ms, so it happens once per process, on first use.
let engine: ReturnType<typeof winkNLP> | null = null;
function wink(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model, WINK_PIPE);
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
  // wink keeps line breaks as SPACE tokens; we drop them, remember where paragraphs break,
  // and map wink's token indexes onto ours.
  const ours: number[] = new Array(values.length).fill(-1);
  const paragraphBefore = new Set<number>();
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = text.indexOf(value, cursor);
    // wink may normalise a token's value (rare: odd quotes); keep offsets monotone anyway.
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    if (pos[i] === 'SPACE' || !value.trim()) {
      if (/\n\s*\n/.test(value)) paragraphBefore.add(tokens.length);
      continue;
    }
    ours[i] = tokens.length;
    tokens.push({
      start, end, text: text.slice(start, end), norm: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', head: -1, rel: '',
    });
  }
  const sentences: Sentence[] = [];
  const push = (firstToken: number, endToken: number) => {
    if (endToken > firstToken) sentences.push({ start: tokens[firstToken].start, end: tokens[endToken - 1].end, firstToken, endToken });
  };
  doc.sentences().each((s: any) => {
    const ts = s.tokens();
    const n = ts.length();
    if (n === 0) return;
    const mapped: number[] = [];
    const base = ts.itemAt(0).index();
    for (let k = base; k < base + n; k++) if (ours[k] >= 0) mapped.push(ours[k]);
    if (!mapped.length) return;
    // A paragraph break always ends a sentence (headlines and datelines have no final stop).
    let first = mapped[0];
    for (const t of mapped.slice(1)) {
      if (paragraphBefore.has(t)) { push(first, t); first = t; }
    }
    push(first, mapped[mapped.length - 1] + 1);
  });
  return { sentences, tokens };
}
