/**
 * Letters wink cuts apart. wink's tokenizer knows the letters of Latin-1 only, so it cuts a word at
 * every other letter: "Erdoğan" → "Erdo" "ğ" "an", "Vučić" → "Vu" "č" "i" "ć", "Łódź", "Nguyễn",
 * "Şanlıurfa", and Cyrillic or Greek words letter by letter. Names of that kind are common in
 * news, and cut up they match no dictionary entry and mislead the tagger.
 */

const LETTERS = /^[\p{L}\p{M}]+$/u;
/** The last code unit of Latin-1, the letters wink reads as part of a word. */
const LATIN1_END = 0xff;

/**
 * Whether two pieces wink cut with nothing between them are one word: both are letters only and
 * the cut falls next to a letter beyond Latin-1 (so "gon" "na" and "can" "not", which UD splits
 * too, stay two words).
 * @example joinsWord('Erdo', 'ğ') // true
 */
export function joinsWord(left: string, right: string): boolean {
  if (!left || !right) return false;
  const beyond = left.charCodeAt(left.length - 1) > LATIN1_END || right.charCodeAt(0) > LATIN1_END;
  return beyond && LETTERS.test(left) && LETTERS.test(right);
}
