import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from './model-io.js';
import { DEFAULT_MODEL_DIR, loadSyntaxModels, MANIFEST } from './index.js';

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
});
