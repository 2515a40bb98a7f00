import { describe, expect, it } from 'vitest';
import { Coder } from '../coder.js';

const coder = new Coder();
const code = (text: string) => coder.code({ uri: 'test:topic', content: text, format: 'text' }, { date: '2024-06-20' }).events;

describe('stories that are not political', () => {
  it('codes no events in a football report whose verbs look violent', () => {
    const report = 'France beat Germany 2-1 in a tense match at the stadium on Tuesday. The striker scored two goals before the coach '
      + 'made changes, and the league leaders now face Spain in the cup final. Fans cheered as the club celebrated its season.';
    expect(code(report)).toEqual([]);
  });

  it('drops a conflict event in a sports sentence of a political story, and keeps the politics', () => {
    const story = 'Russia accused Ukraine of shelling the city. Germany crushed Hungary in the World Cup qualifier.';
    const events = code(story);
    expect(events.map((e) => `${e.source.code} ${e.rootCode} ${e.target?.code}`)).toEqual(['RUS 11 UKR']);
  });

  it('keeps a political story that mentions markets', () => {
    const story = 'The United States imposed sanctions on Iran on Monday, the government said. Markets fell as investors weighed the '
      + 'sanctions, and oil prices rose.';
    expect(code(story).some((e) => e.source.code.startsWith('USA') && e.target?.code.startsWith('IRN'))).toBe(true);
  });
});
