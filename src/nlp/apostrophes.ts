/** Apostrophe folding shared by the stages that look words up in dictionaries. */

const CURLY = '’';
const CURLY_ALL = /’/g;

/**
 * The text with curly apostrophes straightened ("yerevan’s" → "yerevan's"). Most words have none,
 * and for them the test is cheaper than running the replacement.
 * @example straightApostrophes('don’t') // "don't"
 */
export function straightApostrophes(text: string): string {
  return text.includes(CURLY) ? text.replace(CURLY_ALL, "'") : text;
}
