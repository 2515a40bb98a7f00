import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type { Sentence, Token } from '../core/document.js';
import { cliticOf } from './clitics.js';
import { joinsWord } from './letter-joins.js';

/**
 * The wink annotations we read: sentences and POS (lemmas derive from POS). wink's default pipe
 * also runs NER, negation and sentiment, which change none of these and cost a third of its time.
 */
const WINK_PIPE = ['sbd', 'pos'];

// The wink model package reads its whole model when it is imported (0.4 s of CPU), so it is
// required on first use, not imported: a thread that never tokenizes (the main thread of
// `dyad code --jobs 2`, the server) never pays for it. Then it is loaded once per thread.
const requireModel = createRequire(import.meta.url);
let engine: ReturnType<typeof winkNLP> | null = null;
let docsRead = 0;

/**
 * Documents one wink engine reads before it is replaced by a fresh one. wink adds every word it has
 * not seen to its lexicon and never forgets it (about 1 MB per 1,000 news articles), which over
 * millions of articles in one worker would grow without bound. A fresh engine costs about 0.1 s;
 * tokens do not change (clitics.ts makes them independent of what the engine read before).
 */
export const WINK_DOCS_PER_ENGINE = 50_000;
let docsPerEngine = WINK_DOCS_PER_ENGINE;

/** Sets how many documents a wink engine reads before it is replaced (tests use a small number). */
export function setWinkDocsPerEngine(n: number = WINK_DOCS_PER_ENGINE): void {
  docsPerEngine = Math.max(1, n);
}

function wink(): ReturnType<typeof winkNLP> {
  if (++docsRead > docsPerEngine) {
    engine = null;
    docsRead = 1;
  }
  engine ??= winkNLP(requireModel('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0], WINK_PIPE);
  return engine;
}

/** Sentences and tokens of a text, with character offsets into it. */
export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

/** wink's reading of a text: its tokens' values and POS, and where each sits in the text. */
function readTokens(text: string) {
  const nlp = wink();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  // wink is lossless, so each token value appears in order.
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    let start = text.indexOf(values[i], cursor);
    // wink may normalise a token's value (rare: odd quotes); keep offsets monotone anyway.
    if (start < 0) start = cursor;
    starts[i] = start;
    ends[i] = cursor = Math.min(text.length, start + values[i].length);
  }
  return { nlp, doc, values, pos, starts, ends };
}

/** White space (wink keeps line breaks as tokens) is no token of ours. */
const isSpaceToken = (value: string, pos: string | undefined): boolean => pos === 'SPACE' || !value.trim();

/**
 * Splits text into sentences and tokens with POS tags and lemmas (wink-nlp), and gives every
 * token its character offsets in the original text.
 * @example tokenize('Blinken met Aliyev.').tokens.map((t) => t.lemma) // ['blinken', 'meet', 'aliyev', '.']
 */
export function tokenize(text: string): Tokenized {
  const { nlp, doc, values, pos, starts, ends } = readTokens(text);
  // The lemma getter's typing in wink-nlp is narrower than its runtime contract.
  const lemmas = doc.tokens().out(nlp.its.lemma as never) as string[];
  const tokens: Token[] = [];
  // wink keeps line breaks as SPACE tokens; we drop them, remember where paragraphs break,
  // and map wink's token indexes onto ours.
  const ours: number[] = new Array(values.length).fill(-1);
  // The last of our tokens a wink token became (a word and its clitic are two).
  const lastOurs: number[] = new Array(values.length).fill(-1);
  const paragraphBefore = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isSpaceToken(value, pos[i])) {
      if (/\n\s*\n/.test(value)) paragraphBefore.add(tokens.length);
      continue;
    }
    const start = starts[i];
    const end = ends[i];
    const prev = tokens[tokens.length - 1];
    if (prev && prev.end === start && lastOurs[i - 1] === tokens.length - 1 && joinsWord(prev.text, value)) {
      // One word wink cut at a letter beyond Latin-1 (letter-joins.ts): the pieces become one token.
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      prev.norm = prev.lemma = prev.text.toLowerCase();
      if (/^\p{Lu}/u.test(prev.text)) prev.pos = 'PROPN';
      ours[i] = lastOurs[i] = tokens.length - 1;
      continue;
    }
    ours[i] = tokens.length;
    const clitic = end - start === value.length ? cliticOf(value) : null;
    if (clitic) {
      const host = value.slice(0, clitic.at);
      tokens.push({ start, end: start + clitic.at, text: host, norm: host.toLowerCase(), lemma: host.toLowerCase(), pos: pos[i] ?? 'X', head: -1, rel: '' });
      tokens.push({ start: start + clitic.at, end, text: value.slice(clitic.at), norm: value.slice(clitic.at).toLowerCase(), lemma: clitic.lemma, pos: clitic.pos, head: -1, rel: '' });
    } else {
      tokens.push({
        start, end, text: text.slice(start, end), norm: value.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', head: -1, rel: '',
      });
    }
    lastOurs[i] = tokens.length - 1;
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
    let last = -1;
    for (let k = base; k < base + n; k++) if (lastOurs[k] > last) last = lastOurs[k];
    push(first, last + 1);
  });
  return { sentences, tokens };
}

/** What separates the texts of one batch: wink never joins tokens across a blank line. */
const BATCH_SEPARATOR = '\n\n';

/**
 * The token texts of many short texts (dictionary phrases), as `tokenize` would give them, read
 * by wink in one document: a document per phrase costs five times as much (wink's set-up per
 * document outweighs the phrase). A text whose tokens do not come out exactly as its own
 * characters (a token across the separator) is tokenized alone.
 * @example tokenTextsOf(['U.S.', "Côte d'Ivoire"]) // [['U.S.'], ['Côte', "d'Ivoire"]]
 */
export function tokenTextsOf(texts: readonly string[]): string[][] {
  const joined = texts.join(BATCH_SEPARATOR);
  const { values, pos, starts, ends } = readTokens(joined);
  const out: string[][] = texts.map(() => []);
  // Where each text starts in the joined document.
  const textStarts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    textStarts.push(offset);
    offset += t.length + BATCH_SEPARATOR.length;
  }
  const crossed = new Set<number>();
  let k = 0;
  // Where the last word pushed ends: a piece that starts there may continue it (letter-joins.ts).
  let lastWordEnd = -1;
  for (let i = 0; i < values.length; i++) {
    if (isSpaceToken(values[i], pos[i])) continue;
    while (k + 1 < textStarts.length && textStarts[k + 1] <= starts[i]) k++;
    if (ends[i] > textStarts[k] + texts[k].length) crossed.add(k);
    const word = joined.slice(starts[i], ends[i]);
    const words = out[k];
    if (words.length && lastWordEnd === starts[i] && joinsWord(words[words.length - 1], word)) {
      words[words.length - 1] += word;
      lastWordEnd = ends[i];
      continue;
    }
    lastWordEnd = ends[i];
    const clitic = cliticOf(word);
    if (clitic) out[k].push(word.slice(0, clitic.at), word.slice(clitic.at));
    else out[k].push(word);
  }
  return out.map((words, k) => (crossed.has(k) || words.join('') !== texts[k].replace(/\s+/g, '') ? tokenize(texts[k]).tokens.map((t) => t.text) : words));
}
