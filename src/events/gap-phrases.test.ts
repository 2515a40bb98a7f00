import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../core/document.js';
import { fillerPhrases, sentenceGaps } from './gap-phrases.js';

/** Tokens of a space-separated text, each word tagged by the given tags (NOUN when left out). */
function tokens(text: string, tags: Record<string, string> = {}): Token[] {
  let at = 0;
  return text.split(' ').map((w) => {
    const t = { text: w, norm: w.toLowerCase(), lemma: w.toLowerCase(), pos: tags[w] ?? 'NOUN', head: -1, rel: '', start: at, end: at + w.length };
    at += w.length + 1;
    return t;
  });
}

/** Prepositions that introduce participants, as in data/verbs/modifiers.tsv (target and agent). */
const PARTICIPANTS = new Set(['to', 'with', 'on', 'against', 'by']);

function gaps(text: string, words: string[], tags: Record<string, string> = {}, named: number[] = []) {
  const toks = tokens(text, tags);
  const s: Sentence = { start: 0, end: text.length, firstToken: 0, endToken: toks.length };
  const g = sentenceGaps(toks, s, new Set(), fillerPhrases(new Set(words)), PARTICIPANTS, new Set(named));
  return { skippable: [...g.skippable].sort((a, b) => a - b), free: [...g.free].sort((a, b) => a - b) };
}

describe('gaps inside a pattern', () => {
  it('makes a filler phrase one unit, the longest phrase first', () => {
    // Russia agreed in principle to …: "in" costs one gap, "principle" none.
    expect(gaps('Russia agreed in principle to withdraw', ['in principle', 'principle'])).toEqual({ skippable: [2, 3], free: [3] });
    expect(gaps('fired at least 20 missiles', ['at least', 'at'])).toEqual({ skippable: [1, 2], free: [2] });
  });

  it('makes a short phrase of place or topic one unit, unless it names an actor, introduces a participant or goes on', () => {
    const tags = { sent: 'VERB', a: 'DET', the: 'DET', about: 'ADP', to: 'ADP', in: 'ADP', of: 'ADP', from: 'ADP' };
    // "sent a letter about the incident to": "about the incident" is one unit.
    expect(gaps('sent a letter about the incident to', [], tags)).toEqual({ skippable: [3, 4, 5], free: [4, 5] });
    // "seized from United Nations peacekeepers": the actor stays reachable.
    expect(gaps('seized arms from United Nations peacekeepers', [], tags, [3, 4, 5]).skippable).toEqual([]);
    // "in front of the consulate": the noun phrase goes on after "front".
    expect(gaps('a shooting in front of the consulate', [], tags).skippable).toEqual([]);
    // "to the United Nations" introduces a participant.
    expect(gaps('a letter to the people', [], tags).skippable).toEqual([]);
  });
});
