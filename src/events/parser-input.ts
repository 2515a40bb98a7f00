/**
 * What the parser reads of a sentence. Long names, short asides and relative clauses set off by commas
 * are where our greedy parser loses the clause around them, so they are read apart and hung back:
 * - a person's name of two words or more, with a title named apart right before it, is read as one
 *   plain name ("Smith") at its last word, its other words hung from it ("Secretary of State Mike
 *   Pompeo, accompanied by U.S. Ambassador Sung Kim, had lunch with …" keeps its subject; "Moon
 *   Jae-in", which ends on "in", is no preposition); a place's name of two words or more likewise, as
 *   "Paris" ("marched in Cape Town and the government recalled");
 * - a parenthesis of one to four words right after a word ("the Revolutionary United Front (RUF)
 *   announced") is parsed on its own and hung from that word as an apposition;
 * - a relative clause between commas ("Hamas, which advocates Israel's destruction, ran") is parsed on
 *   its own and hung from the noun before it, so the main clause is parsed whole ("Israel threatened
 *   to ban voting if Hamas ran");
 * - a participial phrase between commas after the subject ("Pompeo, accompanied by U.S. Ambassador
 *   Sung Kim, had lunch") is parsed on its own and hung from the main clause's root.
 */
import type { ActorMention } from '../core/document.js';
import type { SyntaxModels } from '../nlp/parser/index.js';
import { hashWords } from '../nlp/tagger/word-features.js';

/** The words the parser reads for a person's name and for a place's, and their lower-case hashes (computed once). */
const STAND_IN_NAME = 'Smith';
const STAND_IN_PLACE = 'Paris';
let standInHash: number | undefined;
let standInPlaceHash: number | undefined;
/** Kinds of mention that may be a title of the name right after them ("Libyan leader Muammar Gaddafi"). */
const TITLE_KINDS = new Set<ActorMention['kind']>(['person', 'government']);

/** Longest parenthesis, in words between the brackets, that is read as an aside. */
const MAX_ASIDE = 4;
/** Dashes that end a wire dateline ("SEOUL (Reuters) -"), whose parenthesis is left in place. */
const DASHES = new Set(['-', '–', '—', '--']);
/** Pronouns that open a relative clause read apart, and the longest such clause in words. */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);
const MAX_RELATIVE = 30;
/** Words that, inside a clause, make its end hard to find: it is left to the parser. */
const NESTING = new Set(['(', ')', '"', '“', '”', "''", '``']);
/** Tags of a word a relative clause may describe. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Sentence-final punctuation, which stays with the main clause. */
const FINAL = new Set(['.', '!', '?']);

/** Tags of a sentence's words, as the tagger gives them. */
export interface SentenceTags { upos: string[]; xpos: string[] }

/** A span of the sentence parsed on its own: its words, the brackets or commas around them, the word it hangs from (−1: the main clause's root) and how. */
interface Segment { inner: number[]; outer: number[]; anchor: number; rel: string }

/**
 * Heads (sentence token indexes, −1 for the root) and relations of the words [first, end) of a
 * sentence whose words, tags and lower-case hashes are given.
 */
export function parseSentenceInput(models: SyntaxModels, first: number, end: number, actors: readonly ActorMention[],
  words: readonly string[], tags: SentenceTags, lower: Uint32Array, places: readonly TokenSpan[] = []): { head: Int32Array; rel: string[] } {
  const n = end - first;
  const nameEnd = nameEnds(first, end, actors);
  const placeName = placeNames(first, end, places, nameEnd);
  const named = (i: number) => nameEnd[i] >= 0;
  const head = new Int32Array(n).fill(-1);
  const rel = new Array<string>(n).fill('dep');
  /** Whether word `i` is read by the parser: it is in no name, or ends one. */
  const read = (i: number) => !named(i) || nameEnd[i] === i;
  /** Parses the positions given (in order) and returns the one left as their root. */
  const parse = (positions: readonly number[]): number => {
    const kept = positions.filter(read);
    standInHash ??= hashWords([STAND_IN_NAME]).lower[0];
    standInPlaceHash ??= hashWords([STAND_IN_PLACE]).lower[0];
    const standIn = (i: number) => (placeName[i] ? STAND_IN_PLACE : STAND_IN_NAME);
    const a = models.parser.parse(kept.map((i) => (named(i) ? standIn(i) : words[i])), kept.map((i) => (named(i) ? 'PROPN' : tags.upos[i])),
      kept.map((i) => (named(i) ? 'NNP' : tags.xpos[i])), Uint32Array.from(kept, (i) => (named(i) ? (placeName[i] ? standInPlaceHash! : standInHash!) : lower[i])));
    let root = kept[0];
    kept.forEach((i, k) => {
      head[i] = a.head[k] < 0 ? -1 : kept[a.head[k]] + first;
      rel[i] = a.rel[k];
      if (a.head[k] < 0) root = i;
    });
    for (const i of positions) {
      if (read(i)) continue;
      head[i] = nameEnd[i] + first;
      rel[i] = tags.upos[i] === 'ADJ' ? 'amod' : tags.upos[i] === 'DET' ? 'det' : 'compound';
    }
    return root;
  };
  // Spans read apart, the first found winning where two overlap.
  const apart = new Uint8Array(n);
  const segments: Segment[] = [];
  for (const s of [...asides(words), ...relativeClauses(words, tags, nameEnd), ...participles(words, tags)]) {
    const span = [...s.inner, ...s.outer];
    if (span.some((i) => apart[i])) continue;
    for (const i of span) apart[i] = 1;
    segments.push(s);
  }
  const mainRoot = parse(Array.from({ length: n }, (_, i) => i).filter((i) => !apart[i]));
  for (const s of segments) {
    const root = parse(s.inner);
    const anchor = s.anchor < 0 ? mainRoot : s.anchor;
    head[root] = (named(anchor) ? nameEnd[anchor] : anchor) + first;
    rel[root] = s.rel;
    for (const i of s.outer) { head[i] = root + first; rel[i] = 'punct'; }
  }
  return { head, rel };
}

/** For each word of a person's name (with a title named apart right before it), the position of the name's last word; −1 elsewhere. */
function nameEnds(first: number, end: number, actors: readonly ActorMention[]): Int32Array {
  const nameEnd = new Int32Array(end - first).fill(-1);
  const sorted = [...actors].sort((a, b) => a.firstToken - b.firstToken);
  sorted.forEach((m, k) => {
    if (m.kind !== 'person') return;
    // A title named apart right before the name is part of it ("Libyan leader" + "Muammar Gaddafi").
    const title = sorted[k - 1];
    const start = title && TITLE_KINDS.has(title.kind) && title.endToken === m.firstToken ? title.firstToken : m.firstToken;
    const from = Math.max(start, first) - first, to = Math.min(m.endToken, end) - first;
    if (to - from < 2 || nameEnd.subarray(from, to).some((x) => x >= 0)) return;
    nameEnd.fill(to - 1, from, to);
  });
  return nameEnd;
}

/** A mention's token range. */
interface TokenSpan { firstToken: number; endToken: number }

/**
 * Marks the words of each place named in two words or more ("Cape Town", "Tel Aviv") as one name in
 * `nameEnd` (its last word), read as one place; returns which words are places'. A tagger that calls
 * "Cape" a noun makes "Town" the subject of the next clause.
 */
function placeNames(first: number, end: number, places: readonly TokenSpan[], nameEnd: Int32Array): Uint8Array {
  const isPlace = new Uint8Array(end - first);
  for (const m of places) {
    const from = Math.max(m.firstToken, first) - first, to = Math.min(m.endToken, end) - first;
    if (to - from < 2 || nameEnd.subarray(from, to).some((x) => x >= 0)) continue;
    nameEnd.fill(to - 1, from, to);
    isPlace.fill(1, from, to);
  }
  return isPlace;
}

/** Short parentheses right after a word ("Front ( RUF )"), not a wire dateline's. */
function asides(words: readonly string[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== '(') continue;
    const close = words.indexOf(')', i + 1);
    if (close < 0 || close - i - 1 < 1 || close - i - 1 > MAX_ASIDE || words.slice(i + 1, close).includes('(') || words[i - 1] === ',') continue;
    if (DASHES.has(words[close + 1] ?? '')) continue;
    out.push({ inner: range(i + 1, close), outer: [i, close], anchor: i - 1, rel: 'appos' });
    i = close;
  }
  return out;
}

/** Relative clauses set off by a comma after a noun, up to the next comma or the end of the sentence. */
function relativeClauses(words: readonly string[], tags: SentenceTags, nameEnd: Int32Array): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== ',' || !RELATIVE_PRONOUNS.has(words[i + 1].toLowerCase())) continue;
    if (!NOMINAL.has(tags.upos[i - 1]) && nameEnd[i - 1] < 0) continue;
    let close = words.indexOf(',', i + 2);
    const last = FINAL.has(words[words.length - 1]) ? words.length - 1 : words.length;
    if (close < 0) close = last;
    const inner = range(i + 1, close);
    if (inner.length < 2 || inner.length > MAX_RELATIVE || inner.some((k) => NESTING.has(words[k]))) continue;
    out.push({ inner, outer: close < last ? [i, close] : [i], anchor: i - 1, rel: 'acl:relcl' });
    i = close;
  }
  return out;
}

/** Participle tags that open a participial phrase. */
const PARTICIPLES = new Set(['VBG', 'VBN']);
const MAX_PARTICIPIAL = 20;

/**
 * A participial phrase between commas after the subject, before the sentence's first verb ("Pompeo,
 * accompanied by U.S. Ambassador Sung Kim, had lunch"): it hangs from the main clause's root.
 */
function participles(words: readonly string[], tags: SentenceTags): Segment[] {
  for (let i = 1; i + 1 < words.length; i++) {
    if (tags.upos[i] === 'VERB' || tags.upos[i] === 'AUX') return [];
    if (words[i] !== ',' || !PARTICIPLES.has(tags.xpos[i + 1]) || !NOMINAL.has(tags.upos[i - 1])) continue;
    const close = words.indexOf(',', i + 2);
    const inner = range(i + 1, close);
    if (close < 0 || inner.length > MAX_PARTICIPIAL || inner.some((k) => NESTING.has(words[k]))) return [];
    return [{ inner, outer: [i, close], anchor: -1, rel: 'advcl' }];
  }
  return [];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
