import { describe, expect, it } from 'vitest';
import { cliticOf } from './clitics.js';
import { setWinkDocsPerEngine, tokenize } from './tokenizer.js';

describe('clitics', () => {
  it('finds possessive, "is" and "am" clitics and a closing danda', () => {
    expect(cliticOf("else's")).toEqual({ at: 4, pos: 'PART', lemma: "'s", hostPos: 'NOUN' });
    expect(cliticOf("Iran's")).toMatchObject({ hostPos: 'PROPN' });
    expect(cliticOf('YESTERDAY’S')).toMatchObject({ at: 9 });
    expect(cliticOf("I'm")).toEqual({ at: 1, pos: 'AUX', lemma: 'be', hostPos: 'PRON' });
    expect(cliticOf('है।')).toMatchObject({ at: 2, pos: 'PUNCT' });
  });

  it('leaves words without a trailing clitic alone', () => {
    for (const w of ["'s", "O'Neill", 'its', "rock'n'roll", "Jim's'", "We'm"]) expect(cliticOf(w)).toBeNull();
  });

  it('tokenizes a word the same whatever the thread read before', () => {
    const text = "They met in someone else's office. YESTERDAY'S TALKS FAILED.";
    const first = tokenize(text).tokens.map((t) => t.text);
    // wink caches words it has kept whole; reading them in other contexts must not change our tokens.
    tokenize("else's else's. YESTERDAY'S, (YESTERDAY'S) someone-else's");
    expect(tokenize(text).tokens.map((t) => t.text)).toEqual(first);
    // …nor the host's tag: wink tags a word it kept whole as a name, one it split in context.
    const tags = (s: string) => tokenize(s).tokens.map((t) => t.pos);
    const fresh = tags("The government's plan failed.");
    tokenize("government's government's. The government's");
    expect(tags("The government's plan failed.")).toEqual(fresh);
    expect(fresh[1]).toBe('NOUN');
    expect(first).toEqual(['They', 'met', 'in', 'someone', 'else', "'s", 'office', '.', 'YESTERDAY', "'S", 'TALKS', 'FAILED', '.']);
  });

  it('gives the same tokens and sentences when the wink engine is replaced mid-run', () => {
    const text = "Iran's envoy met them. YESTERDAY'S TALKS FAILED. I'm told it's over.";
    const before = tokenize(text);
    setWinkDocsPerEngine(2);
    try {
      for (let i = 0; i < 5; i++) expect(tokenize(text)).toEqual(before);
    } finally {
      setWinkDocsPerEngine();
    }
  });
});
