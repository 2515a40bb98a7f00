import { describe, expect, it } from 'vitest';
import { Coder } from '../coder.js';
import { loadRelationResources } from './relation-resources.js';

// Every cue of data/relations/cues.tsv carries an example sentence; coded on 2024-03-15 with the
// real dictionaries, it must state a relation of the cue's kind and label.
const coder = new Coder();
const res = loadRelationResources(coder.dicts.dataDir, coder.dicts);

describe('data/relations/cues.tsv examples', () => {
  it.each(res.cues.map((c) => [`${c.where.split('/').pop()} ${c.text}`, c] as const))('%s', (_name, cue) => {
    const doc = coder.code({ uri: 'test:', content: cue.example, format: 'text' }, { date: '2024-03-15' });
    const found = doc.relations.map((r) => `${r.kind}/${r.label}`);
    expect(found, cue.example).toContain(`${cue.kind.kind}/${cue.label}`);
  });
});
