import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/helpers/cli.js';
import { readTreebank } from '../conllu/treebank.js';
import { contentHash } from './model-io.js';
import { DEFAULT_MODEL_DIR, loadSyntaxModels, MANIFEST } from './index.js';
import { CompactModel } from '../tagger/perceptron.js';
import { MAX_PARSER_FEATURES } from './parser-features.js';
import { Parser } from './parser.js';

const manifestPath = join(DEFAULT_MODEL_DIR, MANIFEST);

describe.skipIf(!existsSync(manifestPath))('shipped syntax models', () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

  it('match their manifest and stay within 60 MB', () => {
    const file = join(DEFAULT_MODEL_DIR, manifest.syntax);
    const bytes = readFileSync(file);
    expect(manifest.syntax).toBe(`en-syntax.${contentHash(bytes)}.bin`);
    expect(statSync(file).size).toBeLessThanOrEqual(60e6);
    expect(manifest.trainedOn.join(' ')).not.toMatch(/all genres/);
  });

  it('load in well under a second and find subject and object of a news sentence', () => {
    const t0 = performance.now();
    const m = loadSyntaxModels();
    expect(performance.now() - t0).toBeLessThan(1000);
    const words = ['The', 'Russian', 'army', 'shelled', 'the', 'city', 'of', 'Kharkiv', 'on', 'Monday', ',', 'officials', 'said', '.'];
    const a = m.annotate(words);
    const shelled = 3;
    expect(a.upos[shelled]).toBe('VERB');
    expect(a.lemma[12]).toBe('say');
    expect(a.lemma[11]).toBe('official');
    expect(a.head[2]).toBe(shelled);
    expect(a.rel[2]).toBe('nsubj');
    expect(a.head[5]).toBe(shelled);
    expect(a.rel[5]).toBe('obj');
    expect(a.head[7]).toBe(5);
    expect(a.rel[7]).toBe('nmod');
    expect(a.head[11]).toBe(12);
    expect(a.rel[11]).toBe('nsubj');
    // Known gap: UD 2.16 makes "said" the root with "shelled" as its ccomp; the model still
    // predicts the older parataxis analysis here, so only the subject is checked.
  });

  const dev = join(ROOT, '../shared/datasets/ud/ewt/dev.conllu');
  it.skipIf(!existsSync(dev))('parse as if every feature were scored one by one', () => {
    // A scorer that is not a CompactModel makes the parser score every feature row by row, as
    // in training; the shipped parser adds the fixed features of absent groups in one sum.
    const m = loadSyntaxModels();
    const rowByRow = new Parser(m.parser.meta, { newScores: () => m.parser.model.newScores(), score: (keys, n, scores) => m.parser.model.score(keys, n, scores) }, m.parser.clusters);
    for (const s of readTreebank(dev).slice(0, 300)) {
      const t = m.tagger.tag(s.words);
      expect(m.parser.parse(s.words, t.upos, t.xpos)).toEqual(rowByRow.parse(s.words, t.upos, t.xpos));
    }
  });

  it.skipIf(!existsSync(dev))('annotate as tagging and parsing one after the other would, with integer scores equal to float ones', () => {
    const m = loadSyntaxModels();
    const model = m.parser.model as CompactModel;
    const keys = new Uint32Array(MAX_PARSER_FEATURES);
    for (const s of readTreebank(dev).slice(0, 300)) {
      // annotate hashes the words once for both; tag + parse hash them each on their own.
      const t = m.tagger.tag(s.words);
      const p = m.parser.parse(s.words, t.upos, t.xpos);
      expect(m.annotate(s.words)).toEqual({ ...t, ...p });
      // The compact model's int32 scores are the sums that doubles would hold.
      const k = m.parser.featureCount;
      keys.set(m.parser.feats.subarray(0, k));
      const ints = model.newScores();
      const floats = new Float64Array(model.nClasses);
      model.score(keys, k, ints);
      model.score(keys, k, floats);
      expect([...ints]).toEqual([...floats]);
    }
  });
});

describe.skipIf(!existsSync(manifestPath))('the shipped tagger on words named like object built-ins', () => {
  it('tags "constructor" as the noun it is, not from the tag dictionary object\'s prototype', () => {
    expect(loadSyntaxModels().tagger.tag(['The', 'constructor', 'failed', '.']).upos).toEqual(['DET', 'NOUN', 'VERB', 'PUNCT']);
  });
});

describe.skipIf(!existsSync(manifestPath))('the shipped tagger on words unseen in training', () => {
  it('never makes one an auxiliary or modal, a closed class', () => {
    const tags = loadSyntaxModels().tagger.tag(['A', 'man', 'with', 'an', 'ax', 'attacked', 'a', 'guard', '.']);
    expect(tags.upos[4]).not.toBe('AUX');
    expect(tags.upos[5]).toBe('VERB');
  });
});
