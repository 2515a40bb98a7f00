import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Coder } from '../coder.js';
import { tellings } from '../core/tellings.js';

const coder = new Coder();
const code = (text: string, date: string) => coder.code({ uri: 'test:retellings', content: text, format: 'text' }, { date }).events;
const seed = readFileSync(new URL('../../../shared/fixtures/seed/blinken-armenia-azerbaijan.txt', import.meta.url), 'utf8');

describe('retellings: one real event, every sentence that tells it kept', () => {
  it('folds the calls the seed article tells three times into the first telling', () => {
    const events = code(seed, '2022-07-18');
    const calls = events.filter((e) => e.source.code === 'USAGOV' && e.target?.code === 'ARMGOV' && e.rootCode === '04');
    expect(calls).toHaveLength(1);
    expect(calls[0].trigger.text).toMatch(/held separate calls/);
    const again = calls[0].retellings ?? [];
    expect(again.map((r) => r.trigger.text)).toEqual(expect.arrayContaining([expect.stringMatching(/spoke separately/), expect.stringMatching(/call with/)]));
    expect(again.every((r) => r.sentence > calls[0].sentence && r.source.code === 'USAGOV')).toBe(true);
    // The call with Pashinyan is told again, but his commendation in that sentence is an event of its own.
    expect(events.some((e) => e.code === '051' && e.target?.code === 'ARMGOV')).toBe(true);
  });

  it('gives every sentence its telling back, in article order', () => {
    const events = code(seed, '2022-07-18');
    const all = tellings(events);
    expect(all.length).toBe(events.reduce((n, e) => n + 1 + (e.retellings?.length ?? 0), 0));
    expect(all.map((e) => e.sentence)).toEqual([...all.map((e) => e.sentence)].sort((a, b) => a - b));
    expect(all.every((e) => !('retellings' in e))).toBe(true);
  });

  it('keeps acts on other days, acts of one sentence and threats apart', () => {
    const events = code('Israel struck Gaza on Monday. Israel struck Gaza again on Wednesday. Israel bombed Gaza on Monday, killing five. '
      + 'Russia said it will attack Ukraine. Russia attacked Ukraine.', '2024-05-08');
    const strikes = events.filter((e) => e.source.code === 'ISR' && e.rootCode === '19');
    // Monday's strike is told again by the bombing; Wednesday's is another; the killing shares the bombing's sentence.
    const monday = strikes.find((e) => e.date === '2024-05-06' && e.sentence === 0);
    expect(monday?.retellings?.map((r) => r.code)).toEqual(['195']);
    expect(strikes.some((e) => e.date === '2024-05-08')).toBe(true);
    expect(strikes.some((e) => e.sentence === 2 && e.code === '190')).toBe(true);
    expect(events.filter((e) => e.source.code === 'RUS').map((e) => e.code)).toEqual(['138', '190']);
  });
});
