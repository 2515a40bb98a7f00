import { describe, expect, it } from 'vitest';
import { CompactModel } from './perceptron.js';
import { buildTaggerMeta, Tagger, trainTagger, type TaggedSentence } from './tagger.js';
import { hashWords } from './word-features.js';

const sent = (pairs: string): TaggedSentence => {
  const words: string[] = [];
  const upos: string[] = [];
  const xpos: string[] = [];
  for (const p of pairs.split(' ')) {
    const [w, u, x] = p.split('/');
    words.push(w); upos.push(u); xpos.push(x);
  }
  return { words, upos, xpos, lemma: words.map((w) => w.toLowerCase()) };
};
const train = [
  sent('The/DET/DT army/NOUN/NN shelled/VERB/VBD the/DET/DT city/NOUN/NN ./PUNCT/.'),
  sent('Officials/NOUN/NNS said/VERB/VBD the/DET/DT talks/NOUN/NNS failed/VERB/VBD ./PUNCT/.'),
  sent('Russia/PROPN/NNP condemned/VERB/VBD the/DET/DT attack/NOUN/NN ./PUNCT/.'),
];

describe('tagger feature sets', () => {
  it('reads words unseen in training as one unknown word (feature set 2), and the first models as before', () => {
    const meta = buildTaggerMeta(train);
    const empty = new CompactModel(1, 1, new Uint32Array(0), new Uint32Array(1), new Uint8Array(0), new Int16Array(0));
    const h = hashWords(['The', 'Kharkiv', 'army']);
    const v2 = new Tagger({ ...meta, featureSet: 2 }, empty, empty);
    const amb = v2.ambiguities(h.norms);
    const view = v2.wordView(h, amb);
    expect(view.lower[1]).not.toBe(h.lower[1]);
    expect([view.lower[0], view.lower[2]]).toEqual([h.lower[0], h.lower[2]]);
    // The parser reads the hashes it was given, untouched.
    expect(hashWords(['The', 'Kharkiv', 'army']).lower).toEqual(h.lower);
    expect(new Tagger(meta, empty, empty).wordView(h, amb)).toBe(h);
  });

  it('trains deterministically with the newest feature set and records it', () => {
    const a = trainTagger(train, { epochs: 3, seed: 7 });
    const b = trainTagger(train, { epochs: 3, seed: 7 });
    expect(a.meta.featureSet).toBe(2);
    const words = ['Ukraine', 'condemned', 'the', 'well-armed', 'army', '.'];
    expect(a.tag(words)).toEqual(b.tag(words));
    expect(trainTagger(train, { epochs: 1, featureSet: 1 }).meta.featureSet).toBeUndefined();
  });
});
