import { describe, expect, it } from 'vitest';
import type { ActorMention, Token } from '../core/document.js';
import { loadSyntaxModels } from '../nlp/parser/index.js';
import { datelineLength, headOf, parseSentence, relOf } from './sentence-parse.js';

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

describe('parseSentence', () => {
  const models = loadSyntaxModels();
  /** A person mention over tokens [first, end). */
  const person = (t: Token[], first: number, end: number): ActorMention => ({
    start: t[first].start, end: t[end - 1].end, text: t.slice(first, end).map((x) => x.text).join(' '), code: 'USAGOV', name: 'x',
    country: 'USA', role: null, kind: 'person', sentence: 0, firstToken: first, endToken: end,
  });

  it('reads a titled name as one word, so the clause after it keeps its subject', () => {
    const t = tokens('Secretary of State Mike Pompeo , accompanied by U.S. Ambassador Sung Kim , had lunch with North Korean officials .');
    const p = parseSentence(models, t, 0, t.length, [person(t, 0, 5), person(t, 8, 12)])!;
    // "had" heads the sentence with the name's last word as its subject; the title hangs from the name.
    expect(headOf(p, 4)).toBe(13);
    expect(relOf(p, 4)).toBe('nsubj');
    expect(headOf(p, 0)).toBe(4);
    expect(headOf(p, 3)).toBe(4);
  });

  it('reads a title and the name after it as one name ("Libyan leader" + "Muammar Gaddafi")', () => {
    const t = tokens('Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov signed a treaty .');
    const title: ActorMention = { ...person(t, 0, 2), kind: 'government' };
    const p = parseSentence(models, t, 0, t.length, [title, person(t, 2, 4), person(t, 5, 9)])!;
    expect(relOf(p, 3)).toBe('nsubj');
    expect(headOf(p, 3)).toBe(9);
    expect([0, 1, 2].map((i) => headOf(p, i))).toEqual([3, 3, 3]);
    expect(relOf(p, 8)).toBe('conj');
  });

  it('hides a short parenthesis after a word from the parser and hangs it from that word ("Front (RUF) announced")', () => {
    const t = tokens('The rebel Revolutionary United Front ( RUF ) announced it will return the weapons .');
    const p = parseSentence(models, t, 0, t.length, [])!;
    expect([headOf(p, 5), relOf(p, 6), headOf(p, 6), headOf(p, 7)]).toEqual([6, 'appos', 4, 6]);
    expect(relOf(p, 4)).toBe('nsubj');
    expect(headOf(p, 4)).toBe(8);
    // A wire dateline's parenthesis is left to the parser.
    const d = tokens('SEOUL ( Reuters ) - North Korea accused the United States .');
    expect(relOf(parseSentence(models, d, 0, d.length, [])!, 2)).not.toBe('appos');
  });

  it('parses a relative clause between commas apart and hangs it from its noun ("Hamas, which advocates …, ran")', () => {
    const t = tokens("Israel threatened to ban voting in East Jerusalem if Hamas , which advocates Israel 's destruction , ran in the election .");
    const p = parseSentence(models, t, 0, t.length, [])!;
    // "ran" is the condition of the ban, with Hamas its subject; the clause (its words under "which") hangs from Hamas.
    expect([relOf(p, 9), headOf(p, 9), headOf(p, 17)]).toEqual(['nsubj', 17, 3]);
    expect([relOf(p, 11), headOf(p, 11), headOf(p, 12)]).toEqual(['acl:relcl', 9, 11]);
  });

  it('parses a participial phrase after the subject apart and hangs it from the main verb', () => {
    const t = tokens('The minister , accompanied by the ambassador , had lunch with North Korean officials .');
    const p = parseSentence(models, t, 0, t.length, [])!;
    expect([relOf(p, 1), headOf(p, 1)]).toEqual(['nsubj', 8]);
    expect([relOf(p, 3), headOf(p, 3)]).toEqual(['advcl', 8]);
  });

  it('reads a name ending on a word the parser knows otherwise ("Moon Jae|-|in") as a name', () => {
    const t = tokens('Trump and South Korean President Moon Jae|-|in held a phone call .');
    const p = parseSentence(models, t, 0, t.length, [person(t, 0, 1), person(t, 2, 9)])!;
    expect(relOf(p, 8)).toBe('conj');
    expect(headOf(p, 8)).toBe(0);
    expect(relOf(p, 0)).toBe('nsubj');
  });
});
