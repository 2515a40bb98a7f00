/**
 * English clitics that UD splits (and a Hindi full stop) from their host word ("Iran's" → "Iran" "'s", "I'm" → "I" "'m").
 *
 * Why here and not in wink: wink splits them only the first time it reads a word. It caches every
 * new word it has split or kept, so a word it once kept whole ("else's", "YESTERDAY'S") stays whole
 * for the rest of the thread, and the tokens of a document depended on which documents the same
 * thread had read before it (`--jobs 2` gave other token indexes than `--jobs 1`). Splitting the
 * clitic again after wink makes the tokens a function of the document alone.
 */

/**
 * A possessive or "is" clitic after a letter, the "am" of "I'm" (straight or curly apostrophe),
 * or a danda closing a Hindi word (wink keeps "है।" whole or not, as the cache has it).
 */
const CLITIC = /(?:\p{L}(['’][sS])|^[iI](['’][mM])|[\p{L}\p{M}]([।॥]))$/u;

/** The clitic's POS and lemma, as wink gives them when it splits the word itself. */
export interface Clitic {
  /** Where the clitic starts in the word (the host is the part before). */
  at: number;
  pos: string;
  lemma: string;
  /**
   * The host's POS, or null to keep wink's. wink tags the whole word it kept ("government's") as
   * an unknown name, and keeps it whole or not as its cache has it, so its tag for the host is not
   * a function of the document: a possessive's host is a noun, a name when capitalised.
   */
  hostPos: 'NOUN' | 'PROPN' | 'PRON' | null;
}

/**
 * The clitic ending a word, or null when it has none (or is nothing but the clitic).
 * @example cliticOf("else's") // { at: 4, pos: 'PART', lemma: "'s", hostPos: 'NOUN' }
 */
export function cliticOf(word: string): Clitic | null {
  const m = CLITIC.exec(word);
  if (!m) return null;
  if (m[1]) return { at: word.length - m[1].length, pos: 'PART', lemma: "'s", hostPos: /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN' };
  if (m[2]) return { at: 1, pos: 'AUX', lemma: 'be', hostPos: 'PRON' };
  return { at: word.length - 1, pos: 'PUNCT', lemma: m[3], hostPos: null };
}
