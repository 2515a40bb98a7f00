import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DyadError } from '../core/errors.js';
import { cleanContent, cleanPage, linkDensity, namesOf } from './html-cleanup.js';
import { HTML_CUE_COLUMNS, loadHtmlCues, NO_HTML_CUES } from './html-cues.js';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const cues = loadHtmlCues(DATA);
const PROSE = 'The ministers met in Marsovia on Tuesday and agreed to reopen their embassies next month. ';

function doc(body: string) {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
}

describe('namesOf', () => {
  it('splits class names and ids into words', () => {
    expect(namesOf({ className: 'post-related_links relatedBox', id: 'main' })).toEqual(['post-related_links', 'post', 'related', 'links', 'relatedBox', 'related', 'Box', 'main']);
  });
});

describe('cleanPage', () => {
  it('removes menus, sidebars, share bars and related boxes before Readability', () => {
    const d = doc(`<nav>Home World</nav><div class="share-tools">Share</div><article><p>${PROSE.repeat(5)}</p></article><div id="related-posts"><a href="/x">Other story</a></div><footer>© Example</footer>`);
    expect(cleanPage(d as never, cues)).toBe(4);
    expect(d.body.textContent?.trim()).toBe(PROSE.repeat(5).trim());
  });

  it('keeps an element that holds most of the page\'s prose, whatever its name', () => {
    const d = doc(`<div class="content-with-sidebar"><p>${PROSE.repeat(5)}</p></div><div class="sidebar"><a href="/a">A link</a></div>`);
    cleanPage(d as never, cues);
    expect(d.body.textContent).toContain(PROSE.trim());
    expect(d.body.textContent).not.toContain('A link');
  });

  it('does nothing without cues', () => {
    const d = doc('<nav>Home</nav><p>Text</p>');
    expect(cleanPage(d as never, NO_HTML_CUES)).toBe(0);
  });
});

describe('cleanContent', () => {
  it('removes link lists and teaser articles, and keeps prose that names linked people', () => {
    const d = doc(`<div id="c"><article><p>${PROSE.repeat(3)}</p><p>Minister <a href="/p/a">Ann Lee</a> said ${PROSE}</p>
      <ul><li><a href="/1">Another story about other things</a></li><li><a href="/2">A second story</a></li></ul></article>
      <article><h2><a href="/3">A teaser</a></h2><p>Short teaser text.</p></article></div>`);
    const content = d.getElementById('c')!;
    cleanContent(content as never, cues);
    expect(content.textContent).toContain('Ann Lee');
    expect(content.textContent).not.toContain('Another story');
    expect(content.textContent).not.toContain('A teaser');
  });

  it('measures link density', () => {
    const d = doc('<div id="c"><a href="/">abcd</a>efgh</div>');
    expect(linkDensity(d.getElementById('c') as never)).toBe(0.5);
  });
});

describe('loadHtmlCues', () => {
  const HEADER = HTML_CUE_COLUMNS.join('\t');
  function dataDirWith(text: string): { dir: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-html-cues-'));
    mkdirSync(join(dir, 'furniture'));
    const file = join(dir, 'furniture', 'html.tsv');
    writeFileSync(file, text);
    return { dir, file };
  }

  it('is optional: a data directory without html.tsv has no HTML cues', () => {
    expect(loadHtmlCues(mkdtempSync(join(tmpdir(), 'dyad-none-')))).toBe(NO_HTML_CUES);
  });

  it.each([
    ['page\tregex\tx\tnote', 'unknown match "regex"'],
    ['later\tselector\tnav\tnote', 'unknown stage "later"'],
    ['page\ttoken\t(unclosed\tnote', 'pattern does not compile'],
    ['page\tselector\tnav, aside\tnote', 'is not one simple CSS selector'],
    ['page\tselector\tnav\t', 'empty note'],
  ])('rejects %j naming file:line', (row, message) => {
    const { dir, file } = dataDirWith(`${HEADER}\n${row}\n`);
    let error: unknown;
    try { loadHtmlCues(dir); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DyadError);
    expect((error as DyadError).message).toContain(`${file}:2`);
    expect((error as DyadError).message).toContain(message);
  });

  it('loads the production cues, each with a note, and their selectors parse', () => {
    expect(cues.cues.length).toBeGreaterThan(10);
    for (const cue of cues.cues) expect(cue.note, cue.where).not.toBe('');
    const d = doc('<p>x</p>');
    expect(() => d.querySelectorAll(cues.selectors.page)).not.toThrow();
    expect(cues.tokens.page!.test('related')).toBe(true);
    expect(cues.tokens.page!.test('article')).toBe(false);
  });
});
