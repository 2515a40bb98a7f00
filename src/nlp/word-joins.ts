import { abbreviationKind } from './abbreviations.js';
import { joinsWord } from './letter-joins.js';

/**
 * A run of one punctuation mark: "!!!", "???", "----", "**". Not quote marks: "``" and "''" (old
 * wire quotes) as single words are unknown to the parser, trained on text with real quotes.
 */
const MARK_RUN = /^([^\P{P}'"]|[^\P{S}`])\1*$/u;
/** The part of a web address or file name after a stop: "com" of "Space.com", "doc" of "Guaranty.doc". */
const ADDRESS_PART = /^\p{Ll}[\p{Ll}\p{N}]*$/u;
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

/**
 * Whether a wink token that touches the word before it (no space between) belongs to that word,
 * as UD tokenizes: letters wink cut beyond Latin-1 (letter-joins.ts), a stop after a known
 * abbreviation ("Maj." for wink's "Maj" "."), and one mark repeated ("!!!" for wink's "!" "!" "!").
 * @example continuesWord('Maj', '.', false) // true
 */
export function continuesWord(before: string, word: string, beforeIsClitic: boolean): boolean {
  if (joinsWord(before, word)) return true;
  if (beforeIsClitic) return false;
  if (word === '.' && abbreviationKind(before) !== null) return true;
  // Most touching pairs are a word and its punctuation; only the same mark on both sides can be a run.
  return before[before.length - 1] === word[0] && MARK_RUN.test(before + word);
}

/**
 * Whether `word` ends a web address or file name with the two words before it, all touching:
 * "Space" "." "com" is "Space.com", "alt.animals" "." "cat" is "alt.animals.cat".
 * @example endsAddress('Space', '.', 'com') // true
 */
export function endsAddress(first: string, stop: string, word: string): boolean {
  return stop === '.' && ADDRESS_PART.test(word) && ENDS_IN_WORD.test(first);
}
