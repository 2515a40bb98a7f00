/** Removes page furniture from an HTML DOM: before Readability (menus, sidebars) and after it (link lists). */
import type { HtmlCues, HtmlCueStage } from './html-cues.js';

/**
 * A page-stage cue never removes an element that holds at least this share of the page's
 * prose (text outside links): a site that wraps its article in `<aside>` or `class="content-with-sidebar"`
 * keeps it.
 */
export const PROTECT_TEXT_SHARE = 0.4;
/** A block of the extracted content whose text is at least this share link text is a link list… */
export const LINK_DENSITY_MAX = 0.6;
/** …and has at most this much text outside links (a paragraph that names linked people is prose). */
export const LINK_LIST_MAX_PROSE_CHARS = 150;
/** Blocks of the extracted content tested for link density, innermost first. */
const LINK_LIST_BLOCKS = 'p, li, ul, ol, dl, div, section, table, figure, blockquote';
/**
 * When the extracted content holds several `<article>` elements, the largest is the story and an
 * `<article>` with less than this share of its text is a teaser of another story (or a comment).
 */
export const TEASER_MAX_SHARE = 0.5;
/** A heading whose text is at least this share link text is a link to another page. */
export const LINKED_HEADING_SHARE = 0.8;
/** Elements whose text is never read: removed first, so that text measures count what a reader sees. */
const UNREAD_ELEMENTS = 'script, style, template';

/** The part of a DOM element the cleanup needs; linkedom's and the browser's elements both fit. */
interface El {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  readonly textContent: string | null;
  readonly parentElement: El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  getAttribute(name: string): string | null;
  remove(): void;
}

/** The part of a DOM document the cleanup needs. */
export interface DomRoot {
  querySelectorAll(selector: string): ArrayLike<unknown>;
}

function textLength(el: El): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Characters of text outside links: the prose an element holds (menus and link lists hold little). */
function proseLength(el: El): number {
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a')) as El[]) links += textLength(a);
  return Math.max(0, textLength(el) - links);
}

/**
 * The class names and id of an element, each whole and split into words at `-`, `_` and
 * lower-to-upper case changes: `post-related_links` gives post-related_links, post, related, links.
 */
export function namesOf(el: { className: unknown; id?: string | null }): string[] {
  const names: string[] = [];
  const raw = `${typeof el.className === 'string' ? el.className : ''} ${el.id ?? ''}`;
  for (const name of raw.split(/\s+/)) {
    if (!name) continue;
    names.push(name);
    const words = name.replace(/([a-z])([A-Z])/g, '$1-$2').split(/[-_]+/).filter(Boolean);
    if (words.length > 1) names.push(...words);
  }
  return names;
}

/** Elements that a stage's cues match, in document order. */
function matching(root: DomRoot, cues: HtmlCues, stage: HtmlCueStage): El[] {
  const found = new Set<El>();
  const selector = cues.selectors[stage];
  if (selector) for (const el of Array.from(root.querySelectorAll(selector)) as El[]) found.add(el);
  const tokens = cues.tokens[stage];
  if (tokens) {
    for (const el of Array.from(root.querySelectorAll('[class], [id]')) as El[]) {
      if (el.tagName === 'BODY' || el.tagName === 'HTML') continue;
      if (namesOf(el).some((name) => tokens.test(name))) found.add(el);
    }
  }
  return [...found];
}

/**
 * Removes page furniture before Readability runs: menus, headers and footers, sidebars, share
 * bars, "related" boxes (the `page` cues of data/furniture/html.tsv). An element holding
 * {@link PROTECT_TEXT_SHARE} or more of the page's prose is kept whatever its name.
 * Returns how many elements were removed.
 */
export function cleanPage(document: DomRoot & { body: unknown }, cues: HtmlCues): number {
  for (const el of Array.from(document.querySelectorAll(UNREAD_ELEMENTS)) as El[]) el.remove();
  const candidates = matching(document, cues, 'page');
  if (!candidates.length || !document.body) return 0;
  const total = proseLength(document.body as El);
  let removed = 0;
  for (const el of candidates) {
    if (!isAttached(el, document.body as El)) continue;
    if (total > 0 && proseLength(el) >= PROTECT_TEXT_SHARE * total) continue;
    el.remove();
    removed++;
  }
  return removed;
}

/**
 * Removes furniture from the article Readability found: the `content` cues, then blocks made
 * mostly of links (lists of other stories, "Don't miss" boxes, tag clouds).
 */
export function cleanContent(content: DomRoot, cues: HtmlCues): void {
  for (const el of matching(content, cues, 'content')) el.remove();
  removeTeasers(content);
  const blocks = (Array.from(content.querySelectorAll(LINK_LIST_BLOCKS)) as El[]).reverse();
  for (const el of blocks) {
    if (!isAttached(el, content as unknown as El)) continue;
    const length = textLength(el);
    if (length === 0) continue;
    let links = 0;
    for (const a of Array.from(el.querySelectorAll('a')) as El[]) links += textLength(a);
    if (links / length >= LINK_DENSITY_MAX && length - links <= LINK_LIST_MAX_PROSE_CHARS) el.remove();
  }
}

/** `<article>` elements much smaller than the largest one: "more stories" grids and comments. */
function removeTeasers(content: DomRoot): void {
  const articles = (Array.from(content.querySelectorAll('article')) as El[]).filter((a) => !hasAncestor(a, 'ARTICLE'));
  if (articles.length < 2) return;
  const lengths = articles.map(textLength);
  const largest = Math.max(...lengths);
  articles.forEach((a, i) => { if (lengths[i] < TEASER_MAX_SHARE * largest) a.remove(); });
}

function hasAncestor(el: El, tagName: string): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (e.tagName === tagName) return true;
  return false;
}

/** Whether the element is still under `root` (an ancestor may have been removed already). */
function isAttached(el: El, root: El): boolean {
  for (let e: El | null = el; e; e = e.parentElement) if (e === root) return true;
  return false;
}

/** Headings of an element, and how many of them are links (a listing's headlines are; an article's subheadings are not). */
export function linkedHeadings(root: DomRoot): { headings: number; linked: number } {
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4')) as El[];
  let linked = 0;
  for (const h of headings) {
    const length = textLength(h);
    let links = 0;
    for (const a of Array.from(h.querySelectorAll('a')) as El[]) links += textLength(a);
    if (length > 0 && links / length >= LINKED_HEADING_SHARE) linked++;
  }
  return { headings: headings.length, linked };
}

/**
 * The share of an element's text that sits inside links: near 0 for an article, high for an
 * index page's list of headlines.
 */
export function linkDensity(root: DomRoot & { textContent: string | null }): number {
  const length = textLength(root as unknown as El);
  if (length === 0) return 0;
  let links = 0;
  for (const a of Array.from(root.querySelectorAll('a')) as El[]) links += textLength(a);
  return Math.min(1, links / length);
}
