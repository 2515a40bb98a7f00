import type { Sentence } from '../core/document.js';

/**
 * What may start a real sentence that touches the previous one with no space between: a capital
 * ("end.Next", sloppy but real) or an opening quote or bracket. Anything else after a stop with no
 * space is inside a name or a number: "CBC.ca", "Amazon.com", "Guaranty.doc", "EY4096.1", "Ont.;",
 * "(spelling??)", where wink ends a sentence at the stop.
 */
const MAY_START_TOUCHING_SENTENCE = /^[\p{Lu}"“‘'«(\[]/u;

/**
 * Joins each sentence that starts where the previous one ends, with no white space between, to
 * that previous sentence unless it starts like a sentence (see above).
 * @example joinUnspacedBreaks('See CBC.ca now.', sentences) // one sentence, not "See CBC." + "ca now."
 */
export function joinUnspacedBreaks(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.end === s.start && prev.endToken === s.firstToken && !MAY_START_TOUCHING_SENTENCE.test(text.slice(s.start, s.start + 1))) {
      prev.end = s.end;
      prev.endToken = s.endToken;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
