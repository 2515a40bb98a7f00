import { describe, expect, it } from 'vitest';
import { parseDevGold } from './dev-gold.js';

describe('parseDevGold', () => {
  it('reads articles, sentences and their required and optional events', () => {
    const line = JSON.stringify({ id: 'a', line: 201, published: '2020-01-01', actors: [], sentences: [
      { text: 'Ruritania condemned Freedonia.', events: { required: [{ source: 'RUR', target: 'FRE', code: '111' }], optional: [] } },
      { text: 'Nothing happened.', events: { required: [], optional: [] }, note: 'no event' },
    ] });
    const gold = parseDevGold(`${line}\n`);
    expect(gold.problems).toEqual([]);
    expect(gold.articles[0]).toMatchObject({ id: 'a', line: 201, published: '2020-01-01' });
    expect(gold.articles[0]!.sentences.map((s) => s.events.required.length)).toEqual([1, 0]);
  });

  it("adds the host's 043 the guideline makes optional for every visit, unless the sentence lists it", () => {
    const line = JSON.stringify({ id: 'a', line: 201, sentences: [
      { text: 'Ruritania visited Freedonia.', events: { required: [{ source: 'RURGOV', target: 'FRE', code: '042', acceptable_sources: ['RUR'] }], optional: [] } },
      { text: 'Freedonia welcomed Ruritania.', events: { required: [{ source: 'RURGOV', target: 'FRE', code: '042' }, { source: 'FREGOV', target: 'RURGOV', code: '043' }], optional: [] } },
    ] });
    const [visit, welcome] = parseDevGold(`${line}\n`).articles[0]!.sentences;
    expect(visit!.events.optional).toMatchObject([{ source: 'FRE', target: 'RURGOV', code: '043', acceptable_targets: ['RUR'] }]);
    expect(visit!.events.required).toHaveLength(1);
    expect(welcome!.events.optional).toEqual([]);
  });

  it('skips what a file still being written gets wrong, and says where', () => {
    const good = JSON.stringify({ id: 'a', line: 201, sentences: [{ text: 'x', events: { required: [{ source: 'RUR' }] } }] });
    const gold = parseDevGold(`${good}\n{"id": "b", "line": 2\n{"line": 3, "sentences": []}\n`, 'dev.jsonl');
    expect(gold.articles.map((a) => a.id)).toEqual(['a']);
    expect(gold.articles[0]!.sentences[0]!.events).toEqual({ required: [], optional: [] });
    expect(gold.problems).toEqual([
      'dev.jsonl:1 sentences[0] required[0]: expected {source, target, code} strings',
      'dev.jsonl:2: not valid JSON, skipped',
      'dev.jsonl:3: expected {id, line, sentences: [...]}, skipped',
    ]);
  });
});
