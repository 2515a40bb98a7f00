import { describe, expect, it } from 'vitest';
import { trainTagger, type TaggedSentence } from './tagger.js';

/** A training sentence from parallel space-separated words, UPOS and XPOS. */
const tagged = (words: string, upos: string, xpos: string): TaggedSentence => ({
  words: words.split(' '), upos: upos.split(' '), xpos: xpos.split(' '), lemma: words.toLowerCase().split(' '),
});
const train = [
  tagged('The army shelled the city .', 'DET NOUN VERB DET NOUN PUNCT', 'DT NN VBD DT NN .'),
  tagged('Officials said the talks failed .', 'NOUN VERB DET NOUN VERB PUNCT', 'NNS VBD DT NNS VBD .'),
  tagged('Russia condemned the attack .', 'PROPN VERB DET NOUN PUNCT', 'NNP VBD DT NN .'),
];
const words = ['Ukraine', 'condemned', 'the', 'well-armed', 'army', '.'];

describe('two-pass tagger (feature set 3)', () => {
  it('tags in two passes, trains deterministically and records its feature set', () => {
    const a = trainTagger(train, { epochs: 3, seed: 7, featureSet: 3 });
    const b = trainTagger(train, { epochs: 3, seed: 7, featureSet: 3 });
    expect(a.meta.featureSet).toBe(3);
    expect(a.passes).toBe(2);
    expect(a.tag(words)).toEqual(b.tag(words));
    expect(a.tag(['The', 'army', 'shelled', 'the', 'city', '.']).upos).toEqual(['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  });

  it('keeps one pass for the older feature sets', () => {
    expect(trainTagger(train, { epochs: 1, featureSet: 2 }).passes).toBe(1);
    expect(trainTagger(train, { epochs: 1, featureSet: 1 }).passes).toBe(1);
  });
});
