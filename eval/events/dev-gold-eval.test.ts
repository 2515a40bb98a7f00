import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Coder } from '../../src/coder.js';
import { evalDevGold } from './dev-gold-eval.js';

const TEXT = 'Russia attacked Ukraine on Tuesday. France condemned Germany on Wednesday. Spain condemned Italy on Thursday.';

describe('evalDevGold', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dev-gold-'));
  writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'other', text: 'Nothing.' })}\n${JSON.stringify({ id: 'art', date: '2020-01-10', text: TEXT })}\n`);
  const gold = { id: 'art', line: 2, published: '2020-01-10', sentences: [
    { text: 'Russia attacked Ukraine on Tuesday.', events: { required: [{ source: 'RUS', target: 'UKR', code: '190', acceptable_codes: ['180'] }], optional: [] } },
    { text: 'France condemned Germany on Wednesday.', events: { required: [], optional: [] } },
  ] };
  writeFileSync(join(dir, 'gold.jsonl'), `${JSON.stringify(gold)}\n{"id": "half-writ`);
  const r = evalDevGold(new Coder(), join(dir, 'gold.jsonl'), join(dir, 'corpus.jsonl'), { json: false, verbose: 0 });

  it('scores annotated sentences only: an event in a sentence with no gold event is a false positive, others are ignored', () => {
    expect(r.summary).toMatchObject({ articles: 1, sentences: 2, required: 1, problems: 1, 'dyad+root': { tp: 1, fp: 1, fn: 0 } });
  });

  it('skips when the gold file does not exist yet', () => {
    expect(evalDevGold(new Coder(), join(dir, 'absent.jsonl'), join(dir, 'corpus.jsonl'), { json: false, verbose: 0 }).summary).toEqual({ skipped: true });
  });
});
