import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { tokenTextsOf, tokenize } from './tokenizer.js';

describe('tokenize', () => {
  it('drops line breaks and always ends a sentence at a paragraph break', () => {
    const text = 'A headline without a stop\n\nThe body starts here. It goes on.';
    const { tokens, sentences } = tokenize(text);
    expect(tokens.some((t) => !t.text.trim())).toBe(false);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['A headline without a stop', 'The body starts here.', 'It goes on.']);
  });
  it('gives every token offsets that point at its text', () => {
    const text = 'The U.S. envoy met “them” in Kyiv.  Then he left, didn’t he?';
    const { tokens, sentences } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences).toHaveLength(2);
    expect(text.slice(sentences[1].start, sentences[1].end)).toBe('Then he left, didn’t he?');
    expect(tokens.find((t) => t.text === 'met')!.lemma).toBe('meet');
    expect(tokens.find((t) => t.text === 'U.S.')!.pos).toBe('PROPN');
  });
});

function dates(text: string, published: string | null) {
  const { tokens, sentences } = tokenize(text);
  return findDates(text, sentences, tokens, published).map((d) => `${d.text}=${d.value}/${d.precision}`);
}

describe('findDates', () => {
  it('resolves a bare weekday to the latest such day on or before publication', () => {
    expect(dates('He held calls on Monday.', '2022-07-18')).toEqual(['on Monday=2022-07-18/day']);
    expect(dates('He held calls on Monday.', '2022-07-19')).toEqual(['on Monday=2022-07-18/day']);
    expect(dates('He held calls on Friday.', '2022-07-18')).toEqual(['on Friday=2022-07-15/day']);
  });

  it('lets a future sentence point forward', () => {
    expect(dates('They will meet on Friday.', '2022-07-18')).toEqual(['on Friday=2022-07-22/day']);
  });

  it('takes the year of a day or month from the publication date', () => {
    expect(dates('They met on July 16.', '2022-07-18')).toEqual(['July 16=2022-07-16/day']);
    expect(dates('Russia invaded in February.', '2022-07-18')).toEqual(['February=2022-02/month']);
  });

  it('gives a range start the year of its end, and finds bare years', () => {
    expect(dates('Between September and November 2020, the 2020 war went on.', '2022-07-18'))
      .toEqual(['September=2020-09/month', 'November 2020=2020-11/month', '2020=2020/year']);
  });

  it('keeps only absolute dates when there is no publication date', () => {
    expect(dates('Yesterday, on March 3, 2021, they met.', null)).toEqual(['March 3, 2021=2021-03-03/day']);
  });

  it('finds the forms of date news uses, each resolved against the publication date', () => {
    const forms: Array<[string, string]> = [
      ['The talks were set for 12/05.', '12/05=2021-12-05/day'],
      ['The deal was signed on 2020-01-02.', '2020-01-02=2020-01-02/day'],
      ['It was stamped 14.07.2022.', '14.07.2022=2022-07-14/day'],
      ['The file was dated 2022 07 14.', '2022 07 14=2022-07-14/day'],
      ['The session ran from 9 to 11.', 'from 9 to 11=2022-07/month'],
      ['Voting ends 17:30.', '17:30=2022-07/month'],
      ['The vote closes at 5.', 'at 5=2022-07/month'],
      ['The curfew starts 9 p.m. sharp.', '9 p.m.=2022-07/month'],
      ['They left at 10 o\'clock.', 'at 10 o\'clock=2022-07/month'],
      ['Polls close 20 GMT.', '20 GMT=2022-07/month'],
      ['They met yesterday.', 'yesterday=2022-07-17/day'],
      ['He spoke this morning.', 'this morning=2022-07-18/day'],
      ['The strike came at midnight.', 'midnight=2022-07/month'],
      ['They met Sunday.', 'Sunday=2022-07-17/day'],
      ['Talks resume on the 5th of May.', '5th of May=2022-05-05/day'],
      ['Talks resumed May 5.', 'May 5=2022-05-05/day'],
      ['Prices rose in March 2022.', 'March 2022=2022-03/month'],
      ['The lease ends at the end of the month.', 'end of the month=2022-07-31/day'],
      ['They will meet next week.', 'next week=2022-07-25/day'],
      ['Prices rose 5% last year.', 'last year=2021/year'],
      ['He has led for the past 15 years.', 'past 15 years=2007/year'],
      ['A deal is expected within 3 days.', 'within 3 days=2022-07-21/day'],
      ['He was freed two days ago.', 'two days ago=2022-07-16/day'],
      ['He resigned a year later.', 'a year later=2023/year'],
      ['He had resigned the week before.', 'the week before=2022-07-11/day'],
    ];
    for (const [text, found] of forms) expect(dates(text, '2022-07-18')).toEqual([found]);
  });

  it('finds no date in a bare number or a "this" or "next" that heads no time unit, and still a bare year', () => {
    for (const text of ['15 people were killed.', 'This is the 3rd time.', 'The next 5 people.', 'He scored 3.5 points.']) {
      expect(dates(text, '2022-07-18')).toEqual([]);
    }
    expect(dates('The 2020 war went on.', '2022-07-18')).toEqual(['2020=2020/year']);
  });
});

describe('tokenTextsOf', () => {
  it('gives each text the tokens tokenize gives it alone', () => {
    const texts = ['U.S.', "Côte d'Ivoire", 'cease-fire', '', 'St. Kitts and Nevis', 'Mr.', 'Hamas-led', 'the U.N.'];
    expect(tokenTextsOf(texts)).toEqual(texts.map((t) => tokenize(t).tokens.map((k) => k.text)));
  });
});

describe('sentence breaks without a space', () => {
  it('keeps a web address or file name inside its sentence', () => {
    const text = 'The report was first published by CBC.ca on Friday. Officials sent Guaranty.doc to the court.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The report was first published by CBC.ca on Friday.',
      'Officials sent Guaranty.doc to the court.',
    ]);
  });
  it('still ends a sentence that runs into a capitalised one', () => {
    const text = 'The talks ended.Negotiators left Geneva.';
    expect(tokenize(text).sentences.length).toBe(2);
  });
});

describe('words UD keeps whole', () => {
  const words = (text: string) => tokenize(text).tokens.map((t) => t.text);
  it('keeps the stop of a listed abbreviation wink does not know, and the sentence whole', () => {
    const text = 'Brig. Gen. Ahmed and Maj. Gen. Ali met Vice Adm. Kevin Donegan.';
    expect(words(text)).toContain('Maj.');
    expect(words(text)).toContain('Adm.');
    expect(tokenize(text).sentences).toHaveLength(1);
  });
  it('goes on after an abbreviation when a lower-case word follows', () => {
    const text = 'Rep. Adam Schiff (D-Calif.) criticized the move. Others agreed.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Rep. Adam Schiff (D-Calif.) criticized the move.', 'Others agreed.']);
  });
  it('joins a repeated mark and a web address, not old-style quotes', () => {
    expect(words('Wow!!! See Space.com -- now')).toEqual(['Wow', '!!!', 'See', 'Space.com', '--', 'now']);
    expect(words("a ``signal''")).toEqual(['a', '`', '`', 'signal', "'", "'"]);
  });
  it('puts a word wink split across two sentences in the first only', () => {
    const { sentences, tokens } = tokenize('Really!!! He left.');
    expect(sentences.map((s) => tokens.slice(s.firstToken, s.endToken).map((t) => t.text))).toEqual([['Really', '!!!'], ['He', 'left', '.']]);
  });
});

describe('a quote ending in a question or exclamation mark', () => {
  it('stays in the sentence of its attribution', () => {
    const text = '“Are we going to war?” she asked. “No!” he said.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['“Are we going to war?” she asked.', '“No!” he said.']);
  });
});
