import type { Token } from '../core/document.js';
import { isGluedHyphen } from '../nlp/hyphens.js';
import type { ActorDictionary, ActorEntry } from '../dictionaries/actor-dictionary.js';

/** A candidate found in one sentence: a dictionary phrase or a run of capitalised names. */
export type Atom =
  | { kind: 'entry'; start: number; end: number; entries: ActorEntry[] }
  | { kind: 'name'; start: number; end: number };

/** Longest run of capitalised proper-noun tokens taken as one unknown name ("Ned Price"); hyphens inside a name do not count. */
const MAX_NAME_TOKENS = 4;
/** Name particles that may sit inside a personal name ("Mohammed bin Salman"); before a place they make it part of a name ("al-Sabah"). */
export const NAME_PARTICLES = new Set(['bin', 'al', 'el', 'de', 'van', 'von', 'da', 'di', 'ibn', 'abu', 'bani', 'ben']);

/** Calendar words are capitalised but never part of a name ("on Tuesday Mitsotakis met"). */
const CALENDAR_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

export function isNameToken(t: Token): boolean {
  if (CALENDAR_WORDS.test(t.text)) return false;
  return (t.pos === 'PROPN' || t.pos === 'X') && /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) && t.text.length > 1;
}

/** A hyphen written without spaces between two parts of a name ("al-Shaheen", "Jafari-Dowlatabadi"). */
function gluedHyphen(tokens: Token[], j: number, to: number): boolean {
  return j + 1 < to && isGluedHyphen(tokens, j) && isNameToken(tokens[j + 1]);
}

/** A word written with one capital and then lower case ("Moon", "King"). */
export function isCapitalisedWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** Tags after a word that make it part of a compound ("the Moon landing"). */
const COMPOUND_TAGS = new Set(['NOUN', 'PROPN', 'X']);

function lowerCaseNounSurname(t: Token, dict: ActorDictionary): boolean {
  return t.pos === 'NOUN' && isCapitalisedWord(t) && !CALENDAR_WORDS.test(t.text) && dict.surnames.has(t.norm);
}

/**
 * Proposes actor candidates in tokens [from, to): the longest dictionary phrase at each
 * position, else a run of capitalised proper nouns. `resolve` decides what they mean.
 */
export function matchAtoms(tokens: Token[], from: number, to: number, dict: ActorDictionary): Atom[] {
  const atoms: Atom[] = [];
  let i = from;
  while (i < to) {
    const m = dict.trie.longestAt(tokens, i, to);
    if (m) {
      atoms.push({ kind: 'entry', start: m.start, end: m.end, entries: m.values });
      i = m.end;
      continue;
    }
    if (isNameToken(tokens[i])) {
      let j = i + 1;
      let hyphens = 0;
      while (j < to && j - i - hyphens < MAX_NAME_TOKENS && !dict.trie.longestAt(tokens, j, to)
        && (isNameToken(tokens[j]) || (NAME_PARTICLES.has(tokens[j].norm) && j + 1 < to && (isNameToken(tokens[j + 1]) || gluedHyphen(tokens, j + 1, to)))
          || gluedHyphen(tokens, j, to))) {
        if (tokens[j].text === '-') hyphens++;
        j++;
      }
      atoms.push({ kind: 'name', start: i, end: j });
      i = j;
      continue;
    }
    // "Moon met Trump": the tagger may take a capitalised surname for a common noun; a lone one
    // that the people dictionary knows is proposed as a name (the resolver checks the date).
    // Not so "the Moon landing": a determiner before it or a noun after it makes it a common noun.
    if (lowerCaseNounSurname(tokens[i], dict) && tokens[i - 1]?.pos !== 'DET' && !COMPOUND_TAGS.has(tokens[i + 1]?.pos ?? '')) atoms.push({ kind: 'name', start: i, end: i + 1 });
    i++;
  }
  return atoms;
}
