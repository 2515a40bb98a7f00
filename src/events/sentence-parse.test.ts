import { describe, expect, it } from 'vitest';
import type { Token } from '../core/document.js';
import { datelineLength } from './sentence-parse.js';

/** Tokens of `text` split at spaces, with offsets; "|" glues two tokens with no space between. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const chunk of text.split(' ')) {
    for (const word of chunk.split('|')) {
      out.push({ start: at, end: at + word.length, text: word, norm: word.toLowerCase(), lemma: word.toLowerCase(), pos: 'X', head: -1, rel: '' });
      at += word.length;
    }
    at++;
  }
  return out;
}

describe('datelineLength', () => {
  it('finds a wire dateline up to its dash', () => {
    const t1 = tokens('ATHENS , March 2 - Greece said today it had the right .');
    expect(datelineLength(t1, 0, t1.length)).toBe(5);
    const t2 = tokens('Cairo ( AFP ) - Abbas announced a cut of ties .');
    expect(datelineLength(t2, 0, t2.length)).toBe(5);
  });

  it('leaves a sentence with no dateline whole', () => {
    const joined = tokens('Israel|-|Hamas talks resumed in Cairo .');
    expect(datelineLength(joined, 0, joined.length)).toBe(0);
    const prose = tokens('The talks - which began Monday - resumed .');
    expect(datelineLength(prose, 0, prose.length)).toBe(0);
  });
});
