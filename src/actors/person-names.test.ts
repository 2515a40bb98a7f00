// Lone words that the real people dictionary could take for a person: only a surname may name one.
import { describe, expect, it } from 'vitest';
import { Coder } from '../coder.js';

const coder = new Coder();

function actors(text: string, date: string): string[] {
  return coder.code({ uri: 'test:names', content: text, format: 'text' }, { date }).actors.map((a) => `${a.text}=${a.code}`);
}

describe('a lone part of a person name', () => {
  it('is no person when it is only a syllable of a hyphenated given name', () => {
    // "Hong Soon Young" (Hong Soon-young, foreign minister 1998-2000) ends with "Young", but "Young" is half his given name.
    expect(actors('Young people protested against Israel on Monday.', '1999-01-01')).toEqual(['Israel=ISR']);
    expect(actors('Young said the talks had gone well.', '1999-01-01')).toEqual([]);
    // "Moon" in 2009 is not Ban Ki-moon ("Ban Ki Moon").
    expect(actors('Moon said the talks had gone well.', '2009-01-01')).toEqual([]);
  });

  it('is another person when the given name differs, a particle being no given name', () => {
    // Riyad al-Malki was the Palestinian foreign minister in 2019; a Khalid Al-Malki is someone else.
    expect(actors('Khalid Al-Malki accused Iran of the attack.', '2019-09-18')).toEqual(['Iran=IRN']);
    expect(actors('Riyad al-Malki accused Israel of the attack.', '2019-09-18')[0]).toBe('Riyad al-Malki=PSEGOV');
  });

  it('is no person when it is a generational suffix', () => {
    // "Joseph F. Dunford Jr." was chairman of the Joint Chiefs in 2017; another man's "Jr." is not him.
    expect(actors('His father, Edward J. Pence, Jr., served in the Army.', '2017-01-01')).not.toContain('Jr.=USAMIL');
    expect(actors('Joseph F. Dunford Jr. met Vladimir Putin.', '2017-01-01')[0]).toBe('Joseph F. Dunford Jr.=USAMIL');
    // A numeral-like word inside a name is the name: "Xi Jinping".
    expect(actors('Xi said the talks had gone well.', '2017-01-01')).toEqual(['Xi=CHNGOV']);
  });

  it('still names the person when it is the family name or the full name', () => {
    expect(actors('Ban said the talks had gone well.', '2009-01-01')).toEqual(['Ban=IGOUNO']);
    expect(actors('Foreign Minister Hong Soon Young met Madeleine Albright.', '1999-01-01')[0]).toMatch(/=KORGOV$/);
    // A capitalised part after a hyphen is a name of its own: "al-Assad" is met as "Assad".
    expect(actors('Assad said the talks had gone well.', '2019-05-01')).toEqual(['Assad=SYRGOV']);
  });

  it('is another person when the given names before it are none of the known bearer\'s', () => {
    expect(actors('Melania Trump and Hunter Biden spoke on Monday.', '2019-05-01')).toEqual([]);
    expect(actors('Bashair Ahmed, a researcher, said the protests would go on.', '2019-05-01')).toEqual([]);
    // A given name of the bearer, an initial or an abbreviated title keeps the known person.
    expect(actors('Recep Erdogan met Mike R. Pompeo.', '2019-05-01')).toEqual(['Erdogan=TURGOV', 'Pompeo=USAGOV']);
    expect(actors('Robert Gabriel Mugabe spoke.', '2008-05-01')).toEqual(['Mugabe=ZWEGOV']);
    expect(actors('Messrs. Netanyahu and Putin met.', '2019-05-01')).toEqual(['Netanyahu=ISRGOV', 'Putin=RUSGOV']);
    // All-capital text cannot tell a given name from any other word.
    expect(actors('REJECTING CRISTIANI, THE REBELS LEFT.', '1990-05-01')[0]).toBe('CRISTIANI=SLVGOV');
  });
});

describe('the family name of an East Asian name (data/actors/name-order.tsv)', () => {
  it('is the first word, and the given-name syllables after it name no one', () => {
    expect(actors('Un said the talks had gone well.', '2019-05-01')).toEqual([]);
    expect(actors('Il said the talks had gone well.', '2000-05-01')).toEqual([]);
    expect(actors('Yeol said the talks had gone well.', '2023-05-01')).toEqual([]);
    // "Sen" of Hun Sen is no lone key, so then-Sen. Obama is not Cambodia's government.
    expect(actors('Then-Sen. Obama said the talks had gone well.', '2005-05-01')).not.toContain('Sen=KHMGOV');
    expect(actors('Hun said the talks had gone well.', '2005-05-01')).toEqual(['Hun=KHMGOV']);
    expect(actors('Kim Jong Un met Moon Jae-in.', '2019-05-01')).toEqual(['Kim Jong Un=PRKGOV', 'Moon Jae-in=KORGOV']);
  });

  it('names, alone, the person named in full earlier in the article though others of that family name are in office', () => {
    // Dev gold (Trump and Kim, May 2018): Kim Yo Jong and Kim Yong-nam were also in office, so "Kim" alone is
    // nobody until Kim Jong Un is named.
    const text = 'Trump will meet North Korean leader Kim Jong Un in Singapore. He also thanked Kim for being “excellent” in releasing three American captives. Mr. Kim agreed.';
    expect(actors(text, '2018-05-11')).toEqual(expect.arrayContaining(['Kim=PRKGOV', 'Mr. Kim=PRKGOV']));
    expect(actors('He also thanked Kim for being “excellent” in releasing three American captives.', '2018-05-11')).not.toContain('Kim=PRKGOV');
  });

  it('is the last word of a Vietnamese leader, who is referred to by his given name', () => {
    expect(actors('Trong said the talks had gone well.', '2019-05-01')).toEqual(['Trong=VNMGOV']);
    expect(actors('Nguyen said the talks had gone well.', '2019-05-01')).toEqual([]);
  });
});

describe('a patronymic particle (data/actors/name-particles.tsv)', () => {
  it('makes the word after it the father\'s name, no lone key, though the particle with it is one', () => {
    // "Mohammed bin Salman": Salman is his father.
    expect(actors('Salman said the talks had gone well.', '2019-05-01')).toEqual([]);
    expect(actors('Bin Salman said the talks had gone well.', '2019-05-01')).toEqual(['Bin Salman=SAUGOV']);
    // Named in full first, the father's name is still the same man later in the article.
    expect(actors('Crown Prince Mohammed bin Salman met Pompeo. Salman said the talks had gone well.', '2019-05-01')[2]).toBe('Salman=SAUGOV');
    // A surname particle still makes the surname with it: "Le Drian".
    expect(actors('Le Drian said the talks had gone well.', '2019-05-01')).toEqual(['Le Drian=FRAGOV']);
  });
});

describe('a given name after a title', () => {
  it('names the monarch or pope only with the title or the full name', () => {
    // "King Juan Carlos" (1975-2014): another Carlos is not Spain's government.
    expect(actors('Carlos said the talks had gone well.', '2000-05-01')).toEqual([]);
    expect(actors('King Juan Carlos met the prime minister.', '2000-05-01')[0]).toBe('King Juan Carlos=ESPGOV');
    expect(actors('Francis said the talks had gone well.', '2015-05-01')).toEqual([]);
    expect(actors('Pope Francis said the talks had gone well.', '2015-05-01')).toEqual(['Pope Francis=VATGOV']);
    expect(actors('Elizabeth said the talks had gone well.', '2015-05-01')).toEqual([]);
    // A place after "of" is no name: "King Hussein of Jordan" gives no key "Jordan".
    expect(actors('Hassan said the talks had gone well.', '1990-05-01')).toEqual([]);
  });

  it('is kept when the title is not one the person holds ("Amir Peretz" is no emir)', () => {
    expect(actors('Peretz said the talks had gone well.', '2006-08-01')).toEqual(['Peretz=ISRGOV']);
  });
});

describe('a name after a title in all-capital wire text', () => {
  it('is no person when every word of it is a common English word (the tagger lexicon)', () => {
    const found = actors('SAN SALVADOR, 3 MAY 90 -- PRESIDENT MEETING WITH THE REBELS WAS CANCELED.', '1990-05-01');
    expect(found).not.toContain('PRESIDENT MEETING=SLVGOV');
    expect(found).toContain('PRESIDENT=SLVGOV');
    expect(actors('THE PRESIDENT SUMMIT TODAY WILL BE HELD IN LIMA.', '1990-05-01')).toEqual(['PRESIDENT=PERGOV']);
  });

  it('is still a person when it is a name the lexicon does not know as a common word', () => {
    expect(actors('SAN SALVADOR, 3 MAY 90 -- PRESIDENT ALFREDO CRISTIANI MET THE REBELS.', '1990-05-01')[0]).toBe('PRESIDENT ALFREDO CRISTIANI=SLVGOV');
  });
});

describe('a role word after a titled name', () => {
  it('is the surname when no name follows it', () => {
    expect(actors('British Defence Secretary Tom King has promised to continue military aid to Mozambique.', '1990-01-01'))
      .toEqual(['British Defence Secretary Tom King=GBRGOV', 'Mozambique=MOZ']);
    expect(actors('Senator Angus King said the Senate would vote.', '2015-01-01')[0]).toBe('Senator Angus King=---LEG');
  });

  it('is a title when a name follows it', () => {
    expect(actors('Jordan’s King Abdullah met Secretary of State John Kerry.', '2015-01-01')).toContain('Jordan’s King Abdullah=JORGOV');
  });
});

describe('a known surname the tagger took for a common noun', () => {
  it('names the person in office', () => {
    expect(actors('Moon met Trump in Washington on Tuesday.', '2018-05-27')).toEqual(['Moon=KORGOV', 'Trump=USAGOV']);
    expect(actors('On Monday, Park told a Cabinet meeting that the North would pay.', '2016-09-10')).toContain('Park=KORGOV');
  });

  it('leaves the common noun, and the month, alone', () => {
    expect(actors('The Moon landing was in 1969. The Moon is bright.', '2018-05-27')).toEqual([]);
    expect(actors('Trump called off the summit on May 24.', '2018-05-27')).toEqual(['Trump=USAGOV']);
  });
});
