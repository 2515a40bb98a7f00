import type { Token } from '../core/document.js';
import { straightApostrophes } from '../nlp/apostrophes.js';
import { tokenTextsOf, tokenize } from '../nlp/tokenizer.js';

/** Short all-capital entries (US, UN, NATO) match only in capitals, so "us" is never a country. */
const CASE_SENSITIVE_MAX_LETTERS = 5;

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: Array<{ value: T; surface: string[] | null }>;
}

/** A longest-match found by the trie. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  values: T[];
}

/** Tokenizes a dictionary phrase the same way article text is tokenized. */
export function phraseTokens(phrase: string): string[] {
  return isPlain(phrase) ? plainWords(phrase) : tokenize(phrase).tokens.map((t) => t.text);
}

/** Tokenizes many dictionary phrases at once: those with punctuation go to the tokenizer in one batch. */
export function phraseTokensOf(phrases: readonly string[]): string[][] {
  const hard = phrases.filter((p) => !isPlain(p));
  const hardTokens = hard.length ? tokenTextsOf(hard) : [];
  let h = 0;
  return phrases.map((p) => (isPlain(p) ? plainWords(p) : hardTokens[h++]));
}

// Plain words split on spaces exactly as the tokenizer would, at a fraction of its cost; anything
// with punctuation ("U.S.", "cease-fire", "Côte d'Ivoire") goes through it.
const isPlain = (phrase: string): boolean => PLAIN_WORDS.test(phrase) && !UNSPLIT_WORDS.test(phrase);
const plainWords = (phrase: string): string[] => phrase.trim().split(/\s+/);

const PLAIN_WORDS = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF ]+$/;
/** Letter-only words the tokenizer still splits ("cannot" → can not). */
const UNSPLIT_WORDS = /\b(cannot|gonna|wanna|gotta)\b/i;

/** A trie over token sequences: dictionary phrases in, longest matches over tokens out. */
export class PhraseTrie<T> {
  private root: TrieNode<T> = { next: new Map(), values: [] };
  /**
   * Phrases added and not yet in the trie: they go in at the first look-up, tokenized in one
   * batch (the actor dictionary adds ten thousand, and one by one the tokenizer's cost per call
   * was a fifth of a worker thread's start-up).
   */
  private pending: Array<{ phrase: string; value: T }> = [];
  private count = 0;

  /** Phrases in the trie. */
  get size(): number {
    this.settle();
    return this.count;
  }

  /** Adds a phrase; all-capital short phrases keep their case. */
  add(phrase: string, value: T): void {
    this.pending.push({ phrase, value });
  }

  /** Puts the pending phrases into the trie. */
  private settle(): void {
    if (!this.pending.length) return;
    const pending = this.pending;
    this.pending = [];
    const tokens = phraseTokensOf(pending.map((p) => p.phrase));
    pending.forEach(({ phrase, value }, i) => this.insert(phrase, tokens[i], value));
  }

  private insert(phrase: string, words: string[], value: T): void {
    if (!words.length) return;
    const letters = phrase.replace(/[^\p{L}]/gu, '');
    const caseSensitive = letters.length <= CASE_SENSITIVE_MAX_LETTERS && letters === letters.toUpperCase() && !phrase.includes('.');
    let node = this.root;
    for (const w of words) {
      const key = w.toLowerCase().replace(/’/g, "'");
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push({ value, surface: caseSensitive ? words : null });
    this.count++;
  }

  /** The longest phrase starting at token `i` (not crossing `limit`), or null. */
  longestAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    if (this.pending.length) this.settle();
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(normKey(tokens[j]));
      if (!node) break;
      // Most nodes are inner words of longer phrases and hold no values: nothing to build there.
      if (!node.values.length) continue;
      const values: T[] = [];
      for (const v of node.values) if (!v.surface || surfaceMatches(v.surface, tokens, i)) values.push(v.value);
      if (values.length) best = { start: i, end: j + 1, values };
    }
    return best;
  }

  /**
   * For each phrase, the values of the entries that are exactly that phrase, as `longestAt` over
   * the phrase's own tokens finds them when its match spans them all. The phrases are tokenized
   * in one batch, as added phrases are: the 345 role names of people.tsv took 36 to 55 ms of CPU
   * tokenized one by one (the tokenizer's set-up per text), 9 to 10 ms in one batch.
   * @example trie.exactly(['Prime Minister'])[0] // [{ type: 'role', … }]
   */
  exactly(phrases: readonly string[]): T[][] {
    if (this.pending.length) this.settle();
    return phraseTokensOf(phrases).map((words) => {
      let node: TrieNode<T> | undefined = this.root;
      for (const w of words) if (node) node = node.next.get(straightApostrophes(w.toLowerCase()));
      if (!node || !words.length) return [];
      return node.values.filter((v) => !v.surface || v.surface.every((s, k) => s === words[k])).map((v) => v.value);
    });
  }
}

/** Whether the tokens from `i` on are written exactly as a case-sensitive entry ("US", not "us"). */
function surfaceMatches(surface: readonly string[], tokens: Token[], i: number): boolean {
  for (let k = 0; k < surface.length; k++) if (tokens[i + k].text !== surface[k]) return false;
  return true;
}

// Curly and straight apostrophes must meet in the trie ("Yerevan’s", "Côte d'Ivoire").
function normKey(t: Token): string {
  return straightApostrophes(t.norm);
}
