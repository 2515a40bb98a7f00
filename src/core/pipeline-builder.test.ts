import { describe, expect, it } from 'vitest';
import { buildPipeline } from './pipeline-builder.js';
import type { Stage } from './stage.js';

const article = { title: null, published: null, publishedFrom: null, publisher: null, language: 'en' as const, text: 'x', furniture: [] };
const makeArticle: Stage<string> = {
  name: 'article', requires: [], assigns: ['article'],
  create: (text) => () => ({ article: { ...article, text } }),
};
const makePlaces: Stage<void> = {
  name: 'places', requires: ['article'], assigns: ['places'],
  create: () => (doc) => ({ places: doc.article!.text ? [] : [] }),
};
const rogue: Stage<void> = {
  name: 'rogue', requires: ['article'], assigns: ['places'],
  create: () => () => ({ article }),
};

describe('buildPipeline', () => {
  it('runs stages in order, each adding its layers', () => {
    const run = buildPipeline([{ stage: makeArticle, resources: 'hello' }, { stage: makePlaces, resources: undefined }]);
    const doc = run({ raw: { uri: 'u', content: '', format: 'text' } });
    expect(doc.article?.text).toBe('hello');
    expect(doc.places).toEqual([]);
  });

  it('refuses at build time a stage whose requirements no earlier stage assigns, listing what is available', () => {
    expect(() => buildPipeline([{ stage: makePlaces, resources: undefined }]))
      .toThrow('E020 stage "places" requires article; available: nothing');
  });

  it('refuses a stage that writes a layer it does not own', () => {
    const run = buildPipeline([{ stage: makeArticle, resources: 'a' }, { stage: rogue, resources: undefined }]);
    expect(() => run({ raw: { uri: 'u', content: '', format: 'text' } })).toThrow(/rogue.*article/);
  });
});
