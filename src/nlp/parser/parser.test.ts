import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/helpers/cli.js';
import { readConllu } from '../conllu/conllu.js';
import { hashString } from '../tagger/hash.js';
import { scoreTagger, trainTagger, type TaggedSentence } from '../tagger/tagger.js';
import { WordClusters } from '../tagger/word-clusters.js';
import { scoreParser, trainParser, type ParseSentence } from './parser.js';
import { SyntaxModels } from './syntax-model.js';

const sents = readConllu(readFileSync(join(ROOT, 'test/fixtures/nlp/tiny-treebank.conllu'), 'utf8')).map((s) => ({
  words: s.words.map((w) => w.form), upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos),
  lemma: s.words.map((w) => w.lemma), head: s.words.map((w) => w.head), rel: s.words.map((w) => w.deprel),
}));
const tagged: TaggedSentence[] = sents;
const trees: ParseSentence[] = sents;

/** Checks a predicted tree: heads in range, one root, no cycles, projective. */
function expectWellFormed(head: number[]): void {
  const n = head.length;
  expect(head.filter((h) => h === -1)).toHaveLength(1);
  for (const h of head) expect(h >= -1 && h < n).toBe(true);
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (let k = i; k !== -1; k = head[k]) {
      expect(seen.has(k)).toBe(false);
      seen.add(k);
    }
  }
  for (let i = 0; i < n; i++) {
    if (head[i] < 0) continue;
    const [a, b] = [Math.min(i, head[i]), Math.max(i, head[i])];
    for (let k = a + 1; k < b; k++) {
      // Every word between a dependent and its head hangs below that head.
      let x = k;
      while (x !== -1 && x !== head[i]) x = head[x];
      expect(x).toBe(head[i]);
    }
  }
}

describe('tagger and parser on a tiny treebank', () => {
  const tagger = trainTagger(tagged, { epochs: 20 });
  const parser = trainParser(trees, { epochs: 15 });

  it('the tagger learns its training data, lemmas included', () => {
    // Averaged weights may still miss one word of five sentences (here "Moscow" after "in").
    const score = scoreTagger(tagger, tagged);
    expect(score.xpos).toBe(1);
    expect(score.upos).toBeGreaterThanOrEqual(0.96);
    expect(score.lemma).toBeGreaterThanOrEqual(0.96);
    expect(tagger.tag(['The', 'army', 'condemned', 'the', 'minister', '.']).lemma[2]).toBe('condemn');
  });

  it('the parser learns its training data', () => {
    expect(scoreParser(parser, trees)).toEqual({ uas: 1, las: 1 });
  });

  it('produces well-formed trees on unseen sentences', () => {
    for (const words of [['Armenia', 'criticized', 'Iran', 'in', 'Moscow', '.'], ['the', 'the', 'the'], ['Hi'], ['.', '.', 'army', 'met']]) {
      const t = tagger.tag(words);
      const p = parser.parse(words, t.upos, t.xpos);
      expect(p.head).toHaveLength(words.length);
      expectWellFormed(p.head);
      expect(p.rel[p.head.indexOf(-1)]).toBe('root');
      p.rel.forEach((r, i) => { if (p.head[i] >= 0) expect(r).not.toBe('root'); });
    }
  });

  it('saves and loads models without changing any prediction', () => {
    const models = new SyntaxModels(tagger, parser, { note: 'tiny' });
    const again = SyntaxModels.decode(models.encode(), 'memory');
    expect(again.info).toEqual({ note: 'tiny' });
    for (const s of sents) expect(again.annotate(s.words)).toEqual(models.annotate(s.words));
    expect(again.encode().equals(models.encode())).toBe(true);
  });

  it('rejects a file that is not a model', () => {
    expect(() => SyntaxModels.decode(Buffer.from('hello world'), 'x.bin')).toThrow(/x\.bin: not a Dyad NLP model/);
  });

  it('saves the word clusters in the model file and uses them after loading', () => {
    const clusters = new WordClusters({ classes: ['army minister', 'iran moscow armenia', 'condemned criticized'], coarse: [0, 1, 2] });
    const t = trainTagger(tagged, { epochs: 5, clusters });
    const p = trainParser(trees, { epochs: 5, clusters });
    const models = new SyntaxModels(t, p);
    const again = SyntaxModels.decode(models.encode(), 'memory');
    expect(again.tagger.clusters.fine(hashString('moscow'))).toBe(1);
    expect(again.parser.clusters.fine(hashString('criticized'))).toBe(2);
    for (const s of sents) expect(again.annotate(s.words)).toEqual(models.annotate(s.words));
    // Without its clusters the same weights see other features.
    expect(SyntaxModels.decode(new SyntaxModels(tagger, parser).encode(), 'memory').tagger.clusters.size).toBe(0);
  });
});
