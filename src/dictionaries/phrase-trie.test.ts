import { describe, expect, it } from 'vitest';
import { tokenize } from '../nlp/tokenizer.js';
import { PhraseTrie } from './phrase-trie.js';

/** What `longestAt` finds over the phrase's own tokens when its match spans them all. */
function wholeMatch(trie: PhraseTrie<string>, phrase: string): string[] {
  const tokens = tokenize(phrase).tokens;
  const m = trie.longestAt(tokens, 0);
  return m && m.end === tokens.length ? m.values : [];
}

describe('PhraseTrie.exactly', () => {
  const trie = new PhraseTrie<string>();
  trie.add('Prime Minister', 'role');
  trie.add('US', 'country');
  trie.add('Côte d’Ivoire', 'country');
  trie.add('U.S.', 'country');
  const phrases = ['Prime Minister', 'prime minister', 'Prime Minister of Iraq', 'Prime', 'US', 'us', "Côte d'Ivoire", 'U.S.', ''];

  it('finds the entries a phrase is exactly, case-sensitive entries in their case only', () => {
    expect(trie.exactly(phrases)).toEqual([['role'], ['role'], [], [], ['country'], [], ['country'], ['country'], []]);
  });

  it('agrees with longestAt over each phrase tokenized alone', () => {
    expect(trie.exactly(phrases)).toEqual(phrases.map((p) => wholeMatch(trie, p)));
  });
});
