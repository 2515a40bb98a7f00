/** Multi-word phrases matched against tokens by lower-case form or lemma, longest first. */
import type { Token } from '../core/document.js';
import { straightApostrophes } from '../nlp/apostrophes.js';

/** A phrase found at a token position, with what the lexicon stores for it. */
export interface PhraseMatch<T> {
  /** First token of the match. */
  start: number;
  /** One past the last token. */
  end: number;
  value: T;
}

interface Entry<T> {
  words: string[];
  value: T;
}

/** Splits a phrase into the words a tokenizer would give ("a half-million" → a, half, -, million). */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+|(?=[-’'])|(?<=[-])/u).filter((w) => w !== '');
}

/**
 * A lookup of phrases by their first word. A token matches a phrase word when its lower-case form
 * or its lemma equals it, so "killed" matches "kill" and "arrests" matches "arrest".
 */
export class PhraseLexicon<T> {
  private byFirst = new Map<string, Entry<T>[]>();
  /** The longest phrase, in words. */
  private maxLength = 0;

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (!words.length) return;
    this.maxLength = Math.max(this.maxLength, words.length);
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    // Longest phrases first, so "hundreds of thousands" wins over "hundreds".
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** Every phrase starting at token `i` and ending before `limit`, longest first. */
  matchesAt(tokens: Token[], i: number, limit: number): PhraseMatch<T>[] {
    const t = tokens[i];
    if (!t) return [];
    // A token is looked up by its straightened lower-case form, then by its lemma when that differs.
    const norm = straightApostrophes(t.norm);
    const byNorm = this.byFirst.get(norm);
    const byLemma = norm === t.lemma ? undefined : this.byFirst.get(t.lemma);
    if (!byNorm && !byLemma) return [];
    const found: PhraseMatch<T>[] = [];
    for (const entries of [byNorm, byLemma]) {
      for (const e of entries ?? []) {
        if (i + e.words.length > limit) continue;
        if (e.words.every((w, k) => hasKey(tokens[i + k], w))) found.push({ start: i, end: i + e.words.length, value: e.value });
      }
    }
    return found.sort((a, b) => b.end - a.end);
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: Token[], i: number, limit: number): PhraseMatch<T> | null {
    return this.matchesAt(tokens, i, limit)[0] ?? null;
  }

  /** The longest phrase ending right before token `end` (and starting at or after `floor`), or null. */
  matchEndingAt(tokens: Token[], end: number, floor: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (let s = end - 1; s >= floor && end - s <= this.maxLength; s--) {
      for (const m of this.matchesAt(tokens, s, end)) {
        if (m.end === end && (!best || m.end - m.start > best.end - best.start)) best = m;
      }
    }
    return best;
  }
}

/**
 * Whether a token can be looked up by `key`: by its lower-case text (with curly apostrophes
 * straightened) or by its lemma.
 */
function hasKey(t: Token | undefined, key: string): boolean {
  return t !== undefined && (t.lemma === key || straightApostrophes(t.norm) === key);
}
