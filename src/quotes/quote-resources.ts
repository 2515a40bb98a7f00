/** What the quotes stage needs: the reporting lexicon and the people nouns of data/claims/. */
import { loadPeopleLexicon, loadSpeechLexicon } from '../claims/claim-resources.js';
import type { SpeakerLexicons } from '../claims/speaker-phrase.js';

/** The quotes stage's resources: the same lexicons that name the sources of claims. */
export type QuoteResources = SpeakerLexicons;

/**
 * Loads the quote lexicons from `dataDir` (the speech verbs and people nouns that attribute claims too).
 * @example const res = loadQuoteResources(DEFAULT_DATA_DIR)
 */
export function loadQuoteResources(dataDir: string): QuoteResources {
  return Object.freeze({ speech: loadSpeechLexicon(dataDir), people: loadPeopleLexicon(dataDir) });
}
