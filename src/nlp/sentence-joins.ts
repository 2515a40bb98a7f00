import type { Sentence, Token } from '../core/document.js';
import { abbreviationKind } from './abbreviations.js';

/**
 * What may start a real sentence that touches the previous one with no space between: a capital
 * ("end.Next", sloppy but real) or an opening quote or bracket. Anything else after a stop with no
 * space is inside a name or a number: "CBC.ca", "Amazon.com", "Guaranty.doc", "EY4096.1", "Ont.;",
 * "(spelling??)", where wink ends a sentence at the stop.
 */
const MAY_START_TOUCHING_SENTENCE = /^[\p{Lu}"“‘'«(\[]/u;
const LOWER_CASE = /^\p{Ll}/u;
/** A question or exclamation mark ending a quote before its attribution: "“Why?” she asked". */
const EXCLAIMED = /^[?!]+$/u;
const CLOSING_QUOTE = /^["”’']$/u;
/** Closing brackets and quotes after an abbreviation's stop: "(D-Calif.) criticized". */
const CLOSER = /^[)\]}"”’']$/u;

/** The word that ends sentence `s`, closing brackets and quotes passed over. */
function lastWord(tokens: readonly Token[], s: Sentence): Token | undefined {
  let k = s.endToken - 1;
  while (k > s.firstToken && CLOSER.test(tokens[k].text)) k--;
  return tokens[k];
}

/**
 * Whether sentence `next` goes on sentence `prev` (wink ended one where none ends):
 * - they touch with no space and `next` does not start like a sentence ("CBC.ca");
 * - `prev` ends with an abbreviation's stop ("Univ.", "et al.", "(D-Calif.)") or with a question or
 *   exclamation mark closing a quote ("“Why?” she asked", "“Enough!” and left") and `next` starts
 *   lower-case;
 * - `prev` ends with a title ("Maj.", "Vice Adm.") and `next` starts with a name.
 */
function goesOn(text: string, tokens: readonly Token[], prev: Sentence, next: Sentence): boolean {
  const gap = text.slice(prev.end, next.start);
  if (gap === '') return !MAY_START_TOUCHING_SENTENCE.test(text.slice(next.start, next.start + 1));
  if (/\n\s*\n/.test(gap)) return false;
  const word = lastWord(tokens, prev);
  if (!word) return false;
  const first = tokens[next.firstToken];
  if (LOWER_CASE.test(first.text)) {
    const quoted = CLOSING_QUOTE.test(tokens[prev.endToken - 1].text);
    return (quoted && EXCLAIMED.test(word.text)) || (word.text.length > 1 && word.text.endsWith('.'));
  }
  return word.text.endsWith('.') && abbreviationKind(word.text.slice(0, -1)) === 'title' && first.pos === 'PROPN';
}

/**
 * Joins each sentence that goes on the one before it (see goesOn) to that one.
 * @example joinBrokenSentences('See CBC.ca now.', tokens, sentences) // one sentence, not "See CBC." + "ca now."
 */
export function joinBrokenSentences(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.endToken === s.firstToken && goesOn(text, tokens, prev, s)) {
      prev.end = s.end;
      prev.endToken = s.endToken;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
