import type { Claim, DyadDocument, Quote } from '../../core/document.js';
import { Coder } from '../../coder.js';

/** A hand-written article: where it was published, when, and its text (title on the first line). */
interface CorpusText {
  uri: string;
  date?: string;
  text: string;
}

/**
 * Fictional but realistic reports, coded by the real Coder. Three articles from two sites report
 * the same attack on 2022-02-24; two undated articles criticize Iran; one article carries a
 * place, a quote and a casualty figure (claims and quotes are set by hand, see below).
 */
export const CORPUS_TEXTS = {
  attackA: { uri: 'https://www.kyivwire.example/2022/02/24/attack', date: '2022-02-24', text: 'Russia attacks Ukraine\n\nRussia attacked Ukraine on Thursday. The United States condemned Russia. Germany called for talks with Russia.' },
  attackB: { uri: 'https://eastnews.example/invasion', date: '2022-02-24', text: 'Invasion begins\n\nRussia attacked Ukraine on Thursday, officials said. Ukraine accused Russia of war crimes.' },
  attackC: { uri: 'https://www.kyivwire.example/2022/02/25/day-two', date: '2022-02-25', text: 'Day two of the war\n\nRussia attacked Ukraine on Thursday. China did not condemn Russia.' },
  talks: {
    uri: 'https://news.example/talks', date: '2022-03-02',
    text: 'Talks in Belarus\n\nUkrainian and Russian delegations met in Belarus on Monday. France urged Russia to withdraw its troops. "We will never surrender," said Ukrainian President Volodymyr Zelenskyy. At least 12 people were killed in Kharkiv, officials said.',
  },
  sanctions: { uri: 'https://news.example/sanctions', date: '2022-03-15', text: 'Japan acts\n\nJapan imposed sanctions on Russia on Tuesday. Ukraine accused Russia of shelling civilians.' },
  undatedA: { uri: 'file:notes/iran.txt', text: 'Tension in the Gulf\n\nIsrael criticized Iran. Israel criticized Iran again, the minister said.' },
  undatedB: { uri: 'file:notes/iran-2.txt', text: 'Television\n\nIsrael criticized Iran on state television.' },
  nextDay: { uri: 'https://eastnews.example/day-two', date: '2022-02-25', text: 'Second day\n\nRussia attacked Ukraine on Friday.' },
} satisfies Record<string, CorpusText>;

export type CorpusName = keyof typeof CORPUS_TEXTS;

function span(doc: DyadDocument, words: string): { start: number; end: number; text: string } {
  const start = doc.text.indexOf(words);
  if (start < 0) throw new Error(`corpus: "${words}" is not in ${doc.uri}`);
  return { start, end: start + words.length, text: words };
}

function sentenceOf(doc: DyadDocument, words: string): { start: number; end: number; text: string } {
  const at = doc.text.indexOf(words);
  const start = doc.text.lastIndexOf('. ', at) + 2;
  const end = doc.text.indexOf('.', at + words.length) + 1;
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * The talks article's casualty figure and quote, written by hand: the contract tests storing
 * these layers, so it must not change when the claims and quotes stages learn more.
 */
function withClaimsAndQuotes(doc: DyadDocument): DyadDocument {
  const officials = span(doc, 'officials');
  const claim: Claim = {
    kind: 'killed', value: 12, low: 12, high: null, qualifier: 'at least', hedge: null, subject: 'people',
    attributedTo: { text: 'officials', code: '---GOV', start: officials.start, end: officials.end },
    sentence: 3, event: null, figure: span(doc, '12'), evidence: sentenceOf(doc, 'At least 12 people'),
  };
  const words = span(doc, 'We will never surrender');
  const speaker = span(doc, 'Ukrainian President Volodymyr Zelenskyy');
  const quote: Quote = {
    text: words.text, start: words.start, end: words.end, via: null, sentence: 2,
    speaker: { text: speaker.text, code: 'UKRGOV', start: speaker.start, end: speaker.end },
  };
  return { ...doc, claims: [claim], quotes: [quote] };
}

let coded: Record<CorpusName, DyadDocument> | undefined;

/** The corpus coded once per process (dictionaries load once). */
export function corpus(): Record<CorpusName, DyadDocument> {
  if (coded) return coded;
  const coder = new Coder();
  const docs = Object.fromEntries(Object.entries(CORPUS_TEXTS).map(([name, t]) => {
    const text = t as CorpusText;
    const doc: DyadDocument = { ...coder.code({ uri: text.uri, content: text.text, format: 'text' }, { date: text.date }), claims: [], quotes: [] };
    return [name, doc];
  })) as Record<CorpusName, DyadDocument>;
  docs.talks = withClaimsAndQuotes(docs.talks);
  coded = docs;
  return docs;
}

/** The documents stored for the query tests, in this order (nextDay is kept for the merge-window tests). */
export const QUERY_CORPUS: CorpusName[] = ['attackA', 'attackB', 'attackC', 'talks', 'sanctions', 'undatedA', 'undatedB'];
