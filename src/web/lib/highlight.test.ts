import { describe, expect, it } from 'vitest';
import { locateEventParts, runs } from './highlight.js';

describe('runs', () => {
  it('cuts the text at every boundary and keeps overlapping marks together', () => {
    const r = runs('Russia attacked Ukraine.', [
      { start: 0, end: 23, kind: 'evidence' }, { start: 0, end: 6, kind: 'source' }, { start: 7, end: 15, kind: 'trigger' },
    ]);
    expect(r.map((x) => [x.text, x.marks.map((m) => m.kind).join('+')])).toEqual([
      ['Russia', 'evidence+source'], [' ', 'evidence'], ['attacked', 'evidence+trigger'], [' Ukraine', 'evidence'], ['.', ''],
    ]);
  });

  it('works on a slice of an article, in article offsets', () => {
    const r = runs('attacked Ukraine', [{ start: 100, end: 108, kind: 'trigger' }, { start: 5, end: 9, kind: 'far away' }], 100);
    expect(r.map((x) => x.text)).toEqual(['attacked', ' Ukraine']);
    expect(r[0].start).toBe(100);
  });
});

describe('locateEventParts', () => {
  it('finds source, trigger and target by their words', () => {
    const s = 'Council spokesperson Barend Leyts told Brussels-based media that Brussels had followed the rules.';
    const m = locateEventParts(s, { source: 'spokesperson Barend Leyts', trigger: 'told', target: 'Brussels' });
    expect(m.map((x) => [x.kind, s.slice(x.start, x.end)])).toEqual([['source', 'spokesperson Barend Leyts'], ['trigger', 'told'], ['target', 'Brussels']]);
    // Both occurrences of Brussels are whole words; the nearer one to the verb wins.
    expect(m[2].start).toBe(s.indexOf('Brussels'));
  });

  it('prefers whole words and leaves out what it cannot find', () => {
    const s = 'The Iranian government and Iran met.';
    const m = locateEventParts(s, { source: 'Iran', trigger: 'met', target: 'Iraq' });
    expect(m.map((x) => [x.kind, x.start])).toEqual([['source', s.indexOf('Iran met')], ['trigger', s.indexOf('met')]]);
  });
});
