/** Tells the language of an article's text (franc-min trigram profiles, 82 languages). */
import { franc } from 'franc-min';

/** Below this many characters of text, franc's guess is not trusted. */
export const LANGUAGE_MIN_CHARS = 200;
/** How much of the text franc reads: enough to be sure, little enough to be quick. */
export const LANGUAGE_SAMPLE_CHARS = 1500;

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The ISO 639-3 code of the text's language ("eng", "por", "rus"), or null when there is too
 * little text to tell.
 * @example detectLanguage('The ministers met in Marsovia on Tuesday and agreed…') // 'eng'
 */
export function detectLanguage(text: string): string | null {
  if (text.length < LANGUAGE_MIN_CHARS) return null;
  const code = franc(text.slice(0, LANGUAGE_SAMPLE_CHARS), { minLength: LANGUAGE_MIN_CHARS });
  return code === 'und' ? null : code;
}

/**
 * The English name of a language code (ISO 639-3 "por" or BCP 47 "pt-BR"), or `the language "xyz"`.
 * @example languageName('por') // 'Portuguese'
 */
export function languageName(code: string): string {
  let name: string | undefined;
  try {
    name = NAMES.of(code);
  } catch {
    name = undefined;
  }
  return name && name.toLowerCase() !== code.toLowerCase() ? name : `the language "${code}"`;
}

/** Whether a declared language tag ("en", "en-US", "EN_gb") is English. */
export function isEnglishTag(tag: string): boolean {
  return /^en(?:[-_]|$)/i.test(tag.trim());
}
