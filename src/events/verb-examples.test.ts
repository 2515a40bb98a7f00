import { describe, expect, it } from 'vitest';
import { Coder } from '../coder.js';

// Every pattern in data/verbs/ carries an example sentence; coding it must yield the
// pattern's code (or, for a 4-digit code, at least its 3-digit base) between two actors.
const coder = new Coder();
const EXAMPLE_DATE = '2024-03-15';

describe('verb pattern examples', () => {
  const patterns = coder.dicts.patterns.patterns;

  it('covers every 3-digit CAMEO code with at least one pattern', () => {
    const covered = new Set(patterns.map((p) => p.code.slice(0, 3)));
    const missing = coder.dicts.codebook.codes().filter((c) => c.code.length === 3 && !covered.has(c.code)).map((c) => c.code);
    expect(missing).toEqual([]);
  });

  for (const p of patterns) {
    it(`${p.code} "${p.text}": ${p.example}`, () => {
      const doc = coder.code({ uri: 'test:', content: p.example, format: 'text', title: 'Example' }, { date: EXAMPLE_DATE });
      const codes = doc.events.map((e) => e.code);
      expect(codes, `events: ${JSON.stringify(doc.events.map((e) => [e.source.code, e.code, e.target?.code, e.trigger.pattern]))}; actors: ${doc.actors.map((a) => `${a.text}=${a.code}`).join(', ')}`).toContain(p.code);
    });
  }
});
