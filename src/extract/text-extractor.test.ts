import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, RawDoc } from '../core/document.js';
import { loadFurnitureRules, type FurnitureRules } from './furniture-rules.js';
import { extractText } from './text-extractor.js';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const rules = loadFurnitureRules(DATA);

function page(lines: string[], extra: Partial<RawDoc> = {}): RawDoc {
  return { uri: 'file:test.txt', format: 'text', content: lines.join('\n'), ...extra };
}

function kindOf(article: Article, text: string): string | undefined {
  return article.furniture.find((f) => f.text === text)?.kind;
}

// Fictional pages; the body sentences are long enough (END_MIN_BODY_CHARS) for end cues to apply.
const P1 = 'The Freedonian foreign minister on Tuesday met her Sylvanian counterpart in Marsovia, the first talks between the two governments since the border war of 2019.';
const P2 = 'Both sides agreed to reopen their embassies and to meet again next month, a spokesman for the Freedonian foreign ministry said in a statement.';
const P3 = 'The talks were brokered by the Marsovian government, which has offered to host a summit of the two presidents later this year.';

describe('extractText on a news page with photo, tags, copyright and navigation', () => {
  const article = extractText(page([
    'Skip to content',
    'Freedonia and Sylvania agree to reopen embassies after talks',
    '',
    'By Jane Doe and John Roe, Example Wire',
    '',
    'Freedonian Foreign Minister Ana Vell',
    'Example Wire/Jane Roe',
    'Freedonian Foreign Minister Ana Vell arrives for talks at the foreign ministry Tuesday, March 3, 2020, in Marsovia.',
    '',
    P1,
    '',
    'Advertisement',
    '',
    P2, '', P3,
    '',
    '—Updated at 9:15 a.m.',
    '',
    'Tags Freedonia Sylvania Ana Vell diplomacy',
    '',
    '© 2020 Example Wire Ltd. All rights reserved.',
    '',
    'Most Popular',
    'Second headline about something else',
    'Load more',
  ]), rules);

  it('takes the headline as title and keeps only the article paragraphs in the body', () => {
    expect(article.title).toBe('Freedonia and Sylvania agree to reopen embassies after talks');
    expect(article.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('classifies every furniture line', () => {
    expect(article.furniture).toEqual([
      { kind: 'navigation', text: 'Skip to content' },
      { kind: 'byline', text: 'By Jane Doe and John Roe, Example Wire' },
      { kind: 'image', text: 'Freedonian Foreign Minister Ana Vell' },
      { kind: 'credit', text: 'Example Wire/Jane Roe' },
      { kind: 'caption', text: 'Freedonian Foreign Minister Ana Vell arrives for talks at the foreign ministry Tuesday, March 3, 2020, in Marsovia.' },
      { kind: 'navigation', text: 'Advertisement' },
      { kind: 'updated', text: '—Updated at 9:15 a.m.' },
      { kind: 'tags', text: 'Tags Freedonia Sylvania Ana Vell diplomacy' },
      { kind: 'copyright', text: '© 2020 Example Wire Ltd. All rights reserved.' },
      { kind: 'navigation', text: 'Most Popular' },
      { kind: 'navigation', text: 'Second headline about something else' },
      { kind: 'navigation', text: 'Load more' },
    ]);
  });

  it('reads the publisher from the copyright line and never dates the article from the caption', () => {
    expect(article.publisher).toBe('Example Wire Ltd.');
    expect(article.published).toBeNull();
    expect(article.language).toBe('en');
  });
});

describe('extractText on a Reuters-style wire story', () => {
  const lead = 'KYIV, July 18 (Reuters) - Ukraine said on Monday that Russian forces had shelled the city of Kharkiv overnight, killing three civilians and wounding at least ten.';
  const raw = page([
    'Ukraine says Russian shelling kills three in Kharkiv',
    '',
    lead,
    '',
    P2,
    '',
    'Reporting by Jane Doe in Kyiv; Editing by John Roe',
    '',
    'Our Standards: The Thomson Reuters Trust Principles.',
  ]);

  it('keeps the dateline in the body and the reporting credit out of it', () => {
    const article = extractText(raw, rules);
    expect(article.text.startsWith('KYIV, July 18 (Reuters) - Ukraine said')).toBe(true);
    expect(article.text.endsWith(P2)).toBe(true);
    expect(kindOf(article, 'Reporting by Jane Doe in Kyiv; Editing by John Roe')).toBe('byline');
    expect(kindOf(article, 'Our Standards: The Thomson Reuters Trust Principles.')).toBe('navigation');
  });

  it('does not guess a year for a dateline without one', () => {
    expect(extractText(raw, rules).published).toBeNull();
  });

  it('reads a dateline with a year (FBIS style, two-digit year)', () => {
    const article = extractText(page(['SAN SALVADOR, 19 MAR 89 (AFP) -- [TEXT] THE DEFENSE MINISTER SAID 12 GUERRILLAS WERE KILLED.']), rules);
    expect(article.title).toBeNull();
    expect(article.published).toBe('1989-03-19');
    expect(article.publishedFrom).toBe('text');
  });
});

describe('extractText on a BBC-style page', () => {
  const article = extractText(page([
    'Home', 'World › Europe', '',
    'Freedonia and Sylvania reopen embassies', '',
    'Published 3 March 2020', 'Share', '',
    'Image source, Getty Images',
    'Image caption, Ana Vell arrived in Marsovia on Tuesday', '',
    P1, '', P2, '', P3, '',
    'Related Topics', 'Freedonia', 'Sylvania', '',
    'More on this story', 'Freedonia border war: What we know', '',
    'Copyright 2020 Example Broadcasting. All rights reserved.',
  ]), rules);

  it('marks the image source as credit, the image caption as caption, and the header chrome as navigation', () => {
    expect(kindOf(article, 'Image source, Getty Images')).toBe('credit');
    expect(kindOf(article, 'Image caption, Ana Vell arrived in Marsovia on Tuesday')).toBe('caption');
    expect(kindOf(article, 'World › Europe')).toBe('navigation');
    expect(article.title).toBe('Freedonia and Sylvania reopen embassies');
  });

  it('ends the article at Related Topics', () => {
    expect(article.text).toBe([P1, P2, P3].join('\n\n'));
    expect(kindOf(article, 'Related Topics')).toBe('tags');
    expect(kindOf(article, 'Sylvania')).toBe('navigation');
    expect(kindOf(article, 'More on this story')).toBe('tags');
    expect(article.publisher).toBe('Example Broadcasting');
  });

  it('dates the article from the Published line', () => {
    expect(article.published).toBe('2020-03-03');
    expect(article.publishedFrom).toBe('text');
  });
});

describe('extractText titles and dates', () => {
  it('gives no title to text that starts with a sentence', () => {
    const article = extractText(page([P1, '', P2]), rules);
    expect(article.title).toBeNull();
    expect(article.text).toBe(`${P1}\n\n${P2}`);
  });

  it('uses the input title, dropping the first line only when it repeats it', () => {
    const same = extractText(page(['Talks in Marsovia', '', P1], { title: 'Talks in Marsovia' }), rules);
    expect(same.title).toBe('Talks in Marsovia');
    expect(same.text).toBe(P1);
    const other = extractText(page(['A kicker line for the page', '', P1], { title: 'Talks in Marsovia' }), rules);
    expect(other.title).toBe('Talks in Marsovia');
    expect(other.text).toBe(`A kicker line for the page\n\n${P1}`);
  });

  it('ranks dates: the input, then the caller, then the text', () => {
    const raw = page(['Talks in Marsovia end', '', 'Published 18 July 2022', '', P1]);
    expect(extractText(raw, rules)).toMatchObject({ published: '2022-07-18', publishedFrom: 'text' });
    expect(extractText(raw, rules, '2022-07-20')).toMatchObject({ published: '2022-07-20', publishedFrom: 'option' });
    expect(extractText({ ...raw, date: '2022-07-19' }, rules, '2022-07-20')).toMatchObject({ published: '2022-07-19', publishedFrom: 'input' });
  });

  it('does not take an Updated line as the publication date', () => {
    const article = extractText(page(['Talks in Marsovia end', 'Updated July 19, 2022', '', P1]), rules);
    expect(article.published).toBeNull();
  });
});

describe('extractText structural rules', () => {
  it('does not end the article at a tag line in the header', () => {
    const article = extractText(page(['Talks in Marsovia end', 'Topics', '', P1, '', P2]), rules);
    expect(article.text).toBe(`${P1}\n\n${P2}`);
    expect(kindOf(article, 'Topics')).toBe('tags');
  });

  it('takes the headlines under a list header, and stops at the next paragraph', () => {
    const article = extractText(page(['Talks in Marsovia end', '', P1, '', 'Most Read', 'Another story entirely', 'And one more headline', '', P2]), rules);
    expect(article.text).toBe(`${P1}\n\n${P2}`);
    expect(kindOf(article, 'And one more headline')).toBe('navigation');
  });

  it('joins the lines of a hard-wrapped paragraph', () => {
    const wrapped = [
      'The Freedonian foreign minister on Tuesday met her Sylvanian',
      'counterpart in Marsovia, the first talks between the two governments',
      'since the border war of 2019.',
    ];
    const article = extractText(page(['Talks in Marsovia end', '', ...wrapped]), rules);
    expect(article.text).toBe(P1);
  });

  it('keeps prose that merely starts like furniture', () => {
    const lines = ['By Monday evening, the talks had collapsed.', 'Published reports said 40 people died in the attack.', 'Share prices fell sharply on Monday.'];
    const article = extractText(page(['Talks in Marsovia end', '', ...lines.flatMap((l) => [l, ''])]), rules);
    expect(article.text).toBe(lines.join('\n\n'));
    expect(article.furniture).toEqual([]);
  });

  it('applies the structural rules with any cue set (a tiny fictional one here)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-cues-'));
    mkdirSync(join(dir, 'furniture'));
    writeFileSync(join(dir, 'furniture', 'cues.tsv'), 'kind\tscope\tflags\tpattern\tnote\ncredit\tline\tu\t^Pic: \tfictional credit\n');
    const tiny: FurnitureRules = loadFurnitureRules(dir);
    const article = extractText(page([
      'Talks in Marsovia end', '', 'The two ministers', 'Pic: Jane Roe', 'The two ministers shake hands on Tuesday, March 3, 2020, in Marsovia.', '', P1,
    ]), tiny);
    expect(article.furniture.map((f) => f.kind)).toEqual(['image', 'credit', 'caption']);
    expect(article.text).toBe(P1);
  });
});
