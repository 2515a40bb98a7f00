import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type { Sentence, Token } from '../core/document.js';
import { cliticOf, type Clitic } from './clitics.js';
import { joinBrokenSentences } from './sentence-joins.js';
import { continuesWord, endsAddress } from './word-joins.js';

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
 * One of our words: its span in the text and the wink tokens it comes from. wink's tokens are
 * repaired, the same way for running text and dictionary phrases: pieces that UD keeps as one
 * word are joined (word-joins.ts), and a clitic is split off (clitics.ts).
 */
interface WordPiece {
  start: number;
  end: number;
  firstWink: number;
  lastWink: number;
  /** The clitic when this piece is one, or 'host' for the word before it. */
  clitic: Clitic | 'host' | null;
  /** For a host, its POS when the clitic fixes it (see Clitic.hostPos). */
  hostPos?: string | null;
}

/** Our words from wink's tokens, and the words a paragraph break comes before. */
function wordPieces(text: string, { values, pos, starts, ends }: ReturnType<typeof readTokens>) {
  const pieces: WordPiece[] = [];
  const paragraphBefore = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    if (isSpaceToken(values[i], pos[i])) {
      if (/\n\s*\n/.test(values[i])) paragraphBefore.add(pieces.length);
      continue;
    }
    const start = starts[i];
    const end = ends[i];
    const word = text.slice(start, end);
    const prev = pieces[pieces.length - 1];
    if (prev && prev.end === start && continuesWord(text.slice(prev.start, prev.end), word, prev.clitic !== null)) {
      prev.end = end;
      prev.lastWink = i;
      continue;
    }
    const first = pieces[pieces.length - 2];
    if (prev && first && first.end === prev.start && prev.end === start && first.clitic === null
      && endsAddress(text.slice(first.start, first.end), text.slice(prev.start, prev.end), word)) {
      pieces.pop();
      first.end = end;
      first.lastWink = i;
      continue;
    }
    const clitic = cliticOf(word);
    if (clitic) {
      pieces.push({ start, end: start + clitic.at, firstWink: i, lastWink: i, clitic: 'host', hostPos: clitic.hostPos });
      pieces.push({ start: start + clitic.at, end, firstWink: i, lastWink: i, clitic });
    } else {
      pieces.push({ start, end, firstWink: i, lastWink: i, clitic: null });
    }
  }
  return { pieces, paragraphBefore };
}

/**
 * Splits text into sentences and tokens with POS tags and lemmas (wink-nlp), and gives every
 * token its character offsets in the original text.
 * @example tokenize('Blinken met Aliyev.').tokens.map((t) => t.lemma) // ['blinken', 'meet', 'aliyev', '.']
 */
export function tokenize(text: string): Tokenized {
  const read = readTokens(text);
  const { nlp, doc, values, pos } = read;
  // The lemma getter's typing in wink-nlp is narrower than its runtime contract.
  const lemmas = doc.tokens().out(nlp.its.lemma as never) as string[];
  const { pieces, paragraphBefore } = wordPieces(text, read);
  // wink's token indexes mapped onto ours: the first and the last of our tokens each became.
  const ours: number[] = new Array(values.length).fill(-1);
  const lastOurs: number[] = new Array(values.length).fill(-1);
  const tokens: Token[] = pieces.map((p, t) => {
    for (let i = p.firstWink; i <= p.lastWink; i++) {
      if (ours[i] < 0) ours[i] = t;
      lastOurs[i] = t;
    }
    const word = text.slice(p.start, p.end);
    const norm = word.toLowerCase();
    let lemma = norm;
    let tag = pos[p.firstWink] ?? 'X';
    if (p.clitic === 'host') tag = p.hostPos ?? tag;
    else if (p.clitic !== null) ({ lemma, pos: tag } = p.clitic);
    else if (p.lastWink > p.firstWink) { if (/^\p{Lu}/u.test(word)) tag = 'PROPN'; }
    else lemma = (lemmas[p.firstWink] ?? values[p.firstWink]).toLowerCase();
    return { start: p.start, end: p.end, text: word, norm, lemma, pos: tag, head: -1, rel: '' };
  });
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
    // A word made of several wink tokens that wink split between sentences stays in the first:
    // after "!!!" a capitalised word starts the next sentence, but "CBC.ca on Friday" and "but..." ".
    // go on.
    const done = sentences.length ? sentences[sentences.length - 1].endToken : 0;
    let startsInside = false;
    for (let k = base; k < base + n; k++) {
      if (ours[k] >= done) mapped.push(ours[k]);
      else if (ours[k] >= 0 && !mapped.length) startsInside = true;
    }
    if (!mapped.length) return;
    const goesOn = startsInside && !(SENTENCE_END.test(tokens[done - 1].text) && /^\p{Lu}/u.test(tokens[mapped[0]].text));
    // A paragraph break always ends a sentence (headlines and datelines have no final stop).
    let first = goesOn && !paragraphBefore.has(mapped[0]) ? sentences.pop()!.firstToken : mapped[0];
    for (const t of mapped.slice(goesOn ? 0 : 1)) {
      if (paragraphBefore.has(t)) { push(first, t); first = t; }
    }
    let last = -1;
    for (let k = base; k < base + n; k++) if (lastOurs[k] > last) last = lastOurs[k];
    push(first, last + 1);
  });
  return { sentences: joinBrokenSentences(text, tokens, sentences), tokens };
}

/** How a word that ends a sentence ends. */
const SENTENCE_END = /[.!?…]$/u;

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
  const { pieces } = wordPieces(joined, readTokens(joined));
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
  for (const p of pieces) {
    while (k + 1 < textStarts.length && textStarts[k + 1] <= p.start) k++;
    if (p.end > textStarts[k] + texts[k].length) crossed.add(k);
    out[k].push(joined.slice(p.start, p.end));
  }
  return out.map((words, k) => (crossed.has(k) || words.join('') !== texts[k].replace(/\s+/g, '') ? tokenize(texts[k]).tokens.map((t) => t.text) : words));
}
