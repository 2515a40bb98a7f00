/** Hedges on figures: "it is unclear how many…", "could not be independently verified". */
import type { Sentence } from '../core/document.js';

/** A hedge found in a sentence: its text runs from the phrase to the end of its clause. */
export interface Hedge {
  start: number;
  end: number;
  text: string;
}

/** Where a hedge's clause ends: a comma, semicolon, colon, dash or "but". */
const CLAUSE_END = /[,;:—–]|\s(?:but|bu|while|although)\s/u;

/** Compiles the hedge phrases (lower case, straight apostrophes) into one pattern, once per stage. */
export function compileHedges(phrases: readonly string[]): RegExp {
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<!\\p{L})(?:${escaped.join('|')})(?!\\p{L})`, 'u');
}

/**
 * The first hedge phrase in a sentence, extended to the end of its clause, or null.
 * @example findHedge(compileHedges(["it's unclear how many"]), text, sentence) // { text: 'It’s unclear how many Armenians are detained in Azerbaijan', … }
 */
export function findHedge(pattern: RegExp, text: string, s: Sentence): Hedge | null {
  const sentence = text.slice(s.start, s.end);
  // One-for-one replacements keep offsets: lower case, curly apostrophes straightened.
  const folded = sentence.toLowerCase().replace(/’/g, "'");
  const best = folded.search(pattern);
  if (best < 0) return null;
  const rest = sentence.slice(best);
  const stop = rest.search(CLAUSE_END);
  const clause = (stop > 0 ? rest.slice(0, stop) : rest).replace(/[.!?]+$/, '').trimEnd();
  return { start: s.start + best, end: s.start + best + clause.length, text: clause };
}
