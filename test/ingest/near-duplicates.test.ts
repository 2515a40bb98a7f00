import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../../src/core/document.js';
import { DyadError } from '../../src/core/errors.js';
import { bodyText } from '../../src/ingest/body-text.js';
import { codeLinkingCopies, createCopyLinker, type CodedInput } from '../../src/ingest/duplicate-links.js';
import { readInputs, type InputItem } from '../../src/ingest/input-reader.js';
import { copyScore, minHash, NearDuplicateIndex, similarity } from '../../src/ingest/near-duplicates.js';
import { ARTICLE_PARAGRAPHS, articlePage } from './web-server.js';

const STORY = ARTICLE_PARAGRAPHS;
/** The same story as another site syndicates it: a new first line, two words changed, a new page around it. */
const SYNDICATED = [
  'MARSOVIA CITY (Wire) — ' + STORY[0].replace('on Tuesday', 'on Tuesday morning'),
  STORY[1].replace('next month', 'in April'),
  ...STORY.slice(2),
];
const OTHER = [
  'Heavy rain flooded the lower districts of the Sylvanian capital on Monday, forcing hundreds of families to leave their homes as rivers rose above their banks.',
  'Emergency services said no one had been hurt, but the national weather office warned that more rain was expected over the mountains later in the week.',
  'The mayor asked residents to stay away from the river embankments and opened three schools as shelters for those who had lost their homes to the water.',
  'Farmers in the valley said the floods had destroyed much of the winter crop, and called on the government to speed up the payment of promised compensation.',
];

function otherTemplate(headline: string, paragraphs: string[]): string {
  return `<html><head><title>${headline} - Daily Wire Service</title></head><body>
<div class="menu"><a href="/">Front page</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></div>
<div id="story"><h2>${headline}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="promo"><p>Subscribe to the Daily Wire Service for just one dollar a week and read every story first.</p></div></body></html>`;
}

describe('MinHash', () => {
  it('estimates high similarity for a lightly edited copy and low for another story', () => {
    const a = minHash(STORY.join(' '))!;
    expect(similarity(a.signature, minHash(SYNDICATED.join(' '))!.signature)).toBeGreaterThan(0.7);
    expect(similarity(a.signature, minHash(OTHER.join(' '))!.signature)).toBeLessThan(0.1);
    expect(similarity(a.signature, minHash(STORY.join(' '))!.signature)).toBe(1);
    expect(copyScore(a, minHash(SYNDICATED.join(' '))!)).toBeGreaterThan(0.8);
    expect(copyScore(a, minHash(OTHER.join(' '))!)).toBe(0);
  });

  it('leaves short texts alone', () => {
    expect(minHash('Freedonia criticized Sylvania.')).toBeNull();
  });
});

describe('NearDuplicateIndex', () => {
  it('links a syndicated copy to the first copy, never to a later one', () => {
    const index = new NearDuplicateIndex();
    expect(index.check('first', STORY.join('\n'))).toBeNull();
    expect(index.check('other', OTHER.join('\n'))).toBeNull();
    expect(index.check('copy', SYNDICATED.join('\n'))).toBe('first');
    expect(index.check('copy-of-copy', SYNDICATED.join('\n'))).toBe('first');
  });

  it('forgets the oldest texts past its capacity', () => {
    const index = new NearDuplicateIndex(0.8, 1);
    index.check('first', STORY.join('\n'));
    index.check('other', OTHER.join('\n'));
    expect(index.check('copy', SYNDICATED.join('\n'))).toBeNull();
  });
});

describe('bodyText', () => {
  it('takes the longer paragraphs of a page and leaves scripts, menus and short lines out', () => {
    const html = `<script>var p = "<p>not this one at all, it is inside a script tag</p>";</script><p>Home</p><p>${STORY[0]}</p><p>Short line.</p>`;
    expect(bodyText({ uri: 'x', format: 'html', content: html })).toBe(STORY[0]);
  });

  it('reads a page without paragraphs as its whole text', () => {
    expect(bodyText({ uri: 'x', format: 'html', content: '<div>One &amp; two</div>' })).toBe('One & two');
  });
});

describe('near-duplicates among inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dups-'));
  writeFileSync(join(dir, 'a-original.html'), articlePage('Freedonia and Sylvania agree to reopen embassies'));
  writeFileSync(join(dir, 'b-other.html'), otherTemplate('Floods in the Sylvanian capital', OTHER));
  writeFileSync(join(dir, 'c-syndicated.html'), otherTemplate('Freedonia, Sylvania to reopen embassies', SYNDICATED));
  writeFileSync(join(dir, 'd-short.txt'), 'Freedonia criticized Sylvania.');
  writeFileSync(join(dir, 'e-short-again.txt'), 'Freedonia criticized Sylvania.');

  async function read(duplicates: boolean): Promise<InputItem[]> {
    const items: InputItem[] = [];
    for await (const item of readInputs([dir], undefined, { duplicates })) items.push(item);
    return items;
  }

  it('marks a copy on another site with the first copy\'s uri', async () => {
    const items = await read(true);
    expect(items.map((i) => ('raw' in i ? i.copyOf ?? null : 'error'))).toEqual([null, null, `file:${join(dir, 'a-original.html')}`, null, null]);
  });

  it('marks nothing unless asked', async () => {
    expect((await read(false)).some((i) => 'copyOf' in i && i.copyOf)).toBe(false);
  });

  it('links a copy to the first copy\'s document instead of coding it, in input order', async () => {
    const coded: string[] = [];
    const fakeCode = async function* (items: AsyncIterable<InputItem>): AsyncGenerator<CodedInput> {
      for await (const item of items) {
        if ('error' in item) { yield item; continue; }
        coded.push(item.raw.uri);
        yield { raw: item.raw, doc: { id: `doc:${item.raw.uri}` } as never };
      }
    };
    const out: CodedInput[] = [];
    for await (const item of codeLinkingCopies(readInputs([dir], undefined, { duplicates: true }), fakeCode, createCopyLinker())) out.push(item);
    expect(coded).not.toContain(`file:${join(dir, 'c-syndicated.html')}`);
    expect(out.map((o) => ('raw' in o ? o.raw.uri.split('/').pop() : 'error'))).toEqual(['a-original.html', 'b-other.html', 'c-syndicated.html', 'd-short.txt', 'e-short-again.txt']);
    const copy = out[2];
    expect('doc' in copy && copy.doc).toMatchObject({
      duplicateOf: `doc:file:${join(dir, 'a-original.html')}`, events: [], actors: [], claims: [], quotes: [], relations: [],
      title: 'Freedonia, Sylvania to reopen embassies',
    });
    expect('doc' in copy && copy.doc.text).toContain('MARSOVIA CITY (Wire)');
  });

  it('rejects a copy of a rejected document for the same reason', async () => {
    const failing = async function* (items: AsyncIterable<InputItem>): AsyncGenerator<CodedInput> {
      for await (const item of items) if ('raw' in item) yield { raw: item.raw, failure: new DyadError('E057', 'the page is in Freedonian', item.raw.uri) };
    };
    const raw = (uri: string): RawDoc => ({ uri, format: 'text', content: STORY.join('\n') });
    const out: CodedInput[] = [];
    for await (const item of codeLinkingCopies([{ raw: raw('a') }, { raw: raw('b'), copyOf: 'a' }], failing, createCopyLinker())) out.push(item);
    expect(out[1]).toMatchObject({ raw: { uri: 'b' } });
    expect('failure' in out[1] && (out[1].failure as Error).message).toBe('E057 b: a near-duplicate of a, which was rejected (E057 a: the page is in Freedonian)');
  });
});
