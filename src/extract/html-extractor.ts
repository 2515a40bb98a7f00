import { createRequire } from 'node:module';
import type { Article, RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { buildArticle } from './article-builder.js';
import { flattenDeepElements, MAX_SOURCE_DEPTH, sourceDepth } from './dom-depth.js';
import { cleanContent, cleanPage, linkDensity, linkedHeadings } from './html-cleanup.js';
import { NO_HTML_CUES } from './html-cues.js';
import { readMetadata, type PageMetadata } from './html-metadata.js';
import { matchCue, type FurnitureRules } from './furniture-rules.js';
import { detectLanguage, isEnglishTag, languageName } from './language.js';
import { judgePage } from './page-kind.js';
import { layoutPage, type Role } from './page-layout.js';

/** Elements that start a new unit of text; everything else is inline. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Footer elements searched for a copyright line (Readability drops page footers). */
const COPYRIGHT_SELECTOR = 'footer, [class*="copyright"], [id*="copyright"], small';
/** A copyright line is short; a longer footer element is a container of many lines. */
const COPYRIGHT_MAX_CHARS = 300;

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
// Loaded on first use, so plain-text runs never pay for the DOM (see STYLE.md: parsing at the edges).
let libraries: { parseHTML: Linkedom['parseHTML']; Readability: ReadabilityModule['Readability'] } | null = null;

function loadLibraries(uri: string): NonNullable<typeof libraries> {
  if (libraries) return libraries;
  const require = createRequire(import.meta.url);
  try {
    const { parseHTML } = require('linkedom') as Linkedom;
    const { Readability } = require('@mozilla/readability') as ReadabilityModule;
    libraries = { parseHTML, Readability };
  } catch (err) {
    throw new DyadError('E003', `HTML input needs linkedom and @mozilla/readability (${(err as Error).message})`, uri);
  }
  return libraries;
}

/** A unit of text with the role its markup gives it, if any. */
export interface HtmlUnit {
  text: string;
  role?: Role;
}

/** What reading an HTML page found, before furniture rules classify its units. */
export interface HtmlPage {
  /** The content's blocks in document order, with roles the markup gives (byline, image, caption, copyright). */
  units: HtmlUnit[];
  /** The headline: the `<h1>` when the document title starts with it, else the document title. */
  title: string | null;
  metadata: PageMetadata;
  /** Share of the text Readability chose that sits inside links, before cleanup (index pages are mostly links). */
  linkDensity: number;
  /** Headings in the text Readability chose, before cleanup, and how many are links (a listing's headlines). */
  headings: { headings: number; linked: number };
  /** Readability's own published time, when it found one. */
  publishedTime: string | null;
}

/** Options of {@link extractHtml}. */
export interface HtmlExtractOptions {
  /**
   * Refuse pages that are not English articles (index and video pages, E056; other languages,
   * E057). On by default; the extraction benchmark turns it off.
   */
  checks?: boolean;
}

/**
 * Reads an HTML page: its metadata first, then the page is cleaned of furniture that markup
 * shows (data/furniture/html.tsv), Readability finds the content on a linkedom DOM, and the
 * content is cleaned again (link lists, teasers) and cut into units.
 * @example readHtmlPage(html, 'file:a.html', rules).units.map((u) => u.text)
 */
export function readHtmlPage(html: string, uri: string, rules: FurnitureRules, pageUrl?: string): HtmlPage {
  const { parseHTML, Readability } = loadLibraries(uri);
  const depth = sourceDepth(html);
  if (depth > MAX_SOURCE_DEPTH) {
    throw new DyadError('E059', `the markup nests ${depth} elements deep (more than ${MAX_SOURCE_DEPTH}); it is not a readable page`, uri);
  }
  let { document } = parseHTML(html);
  // A fragment or garbage leaves linkedom without <html> or <body>; parse it inside a page shell.
  if (document.documentElement?.tagName !== 'HTML') ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`));
  if (document.documentElement) flattenDeepElements(document.documentElement as unknown as Parameters<typeof flattenDeepElements>[0]);
  const metadata = readMetadata(document as unknown as Parameters<typeof readMetadata>[0], pageUrl);
  const headline = clean(document.querySelector('h1')?.textContent ?? '');
  const copyright = findCopyright(document, rules);
  const cues = rules.html ?? NO_HTML_CUES;
  cleanPage(document as unknown as Parameters<typeof cleanPage>[0], cues);
  // The serializer hands back the content element itself: no HTML string to write and parse again.
  let parsed: ReturnType<InstanceType<ReadabilityModule['Readability']>['parse']>;
  try {
    parsed = new Readability(document as unknown as Document, { serializer: (el: Node) => el }).parse();
  } catch (e) {
    throw new DyadError('E002', `no article text found in the HTML page (Readability: ${(e as Error).message})`, uri);
  }
  const content = parsed?.content as unknown as Element | undefined;
  const units: HtmlUnit[] = [];
  let density = 0;
  let headings = { headings: 0, linked: 0 };
  if (content) {
    density = linkDensity(content as unknown as Parameters<typeof linkDensity>[0]);
    headings = linkedHeadings(content as unknown as Parameters<typeof linkedHeadings>[0]);
    if (parsed?.byline) units.push({ text: clean(parsed.byline), role: 'byline' });
    cleanContent(content as unknown as Parameters<typeof cleanContent>[0], cues);
    collectUnits(content, units);
  }
  if (copyright) units.push({ text: copyright, role: 'copyright' });
  return {
    units,
    title: chooseTitle(parsed?.title ?? metadata.title ?? '', headline),
    metadata,
    linkDensity: density,
    headings,
    publishedTime: parsed?.publishedTime ?? null,
  };
}

/**
 * Extracts the article from an HTML page (see {@link readHtmlPage}); the same furniture rules as
 * for plain text classify its units. Dates: `raw.date`, then `defaultDate`, then the page's
 * metadata (meta tags, JSON-LD, `<time>`, the URL), then the text (both of the last two are
 * reported as publishedFrom 'text': they come from the page). Publisher: the copyright line,
 * else the site name. Throws E002 when the page has no article text, and, with `checks`,
 * E056 for index and video pages and E057 for pages not in English.
 * @example extractHtml({ uri: 'file:a.html', format: 'html', content: html }, rules).title
 */
export function extractHtml(raw: RawDoc, rules: FurnitureRules, defaultDate?: string, options: HtmlExtractOptions = {}): Article {
  const pageUrl = raw.url ?? (/^https?:/i.test(raw.uri) ? raw.uri : undefined);
  const page = readHtmlPage(raw.content, raw.uri, rules, pageUrl);
  const title = raw.title ?? page.title;
  const texts = page.units.map((u) => u.text);
  const known = new Map<number, Role>();
  page.units.forEach((u, i) => { if (u.role) known.set(i, u.role); });
  const layout = layoutPage(texts, rules, { title: title ?? undefined, known });
  const { metadata } = page;
  const article = buildArticle(
    texts,
    { ...layout, title },
    { input: raw.date, option: defaultDate, metadata: metadata.published ?? page.publishedTime },
    metadata.siteName,
  );
  const checks = options.checks ?? true;
  if (checks) {
    // Judged before the emptiness test: a listing whose links were all cleaned away is an index page, not an empty one.
    const kind = judgePage({ metadata, linkDensity: page.linkDensity, headings: page.headings, text: article.text, url: pageUrl ?? null });
    if (kind.kind !== 'article') throw new DyadError('E056', `skipped: ${kind.reason}`, raw.uri);
  }
  if (!article.text.trim()) throw new DyadError('E002', 'no article text found in the HTML page', raw.uri);
  if (checks) refuseOtherLanguages(article.text, metadata, raw.uri);
  return {
    ...article,
    ...(metadata.authors.length ? { authors: metadata.authors } : {}),
    ...(metadata.canonicalUrl ? { canonicalUrl: metadata.canonicalUrl } : {}),
  };
}

/** Dyad codes English: a page whose text (or, for a short text, whose declared language) is another language is refused. */
function refuseOtherLanguages(text: string, metadata: PageMetadata, uri: string): void {
  const detected = detectLanguage(text);
  if (detected && detected !== 'eng') {
    throw new DyadError('E057', `the page is in ${languageName(detected)} (franc: ${detected}${metadata.lang ? `; the page declares "${metadata.lang}"` : ''}); Dyad codes English text`, uri);
  }
  if (!detected && metadata.lang && !isEnglishTag(metadata.lang)) {
    throw new DyadError('E057', `the page declares its language as ${languageName(metadata.lang)} ("${metadata.lang}"); Dyad codes English text`, uri);
  }
}

/** The `<h1>` when the document title starts with it ("Headline | Site"), else the document title. */
function chooseTitle(documentTitle: string, headline: string): string | null {
  const title = clean(documentTitle);
  if (headline && (title === '' || title.startsWith(headline))) return headline;
  return title || null;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Walks the content in document order, one unit per block; image alt texts and figure captions are marked. */
function collectUnits(root: Node | Element, units: HtmlUnit[]): void {
  let buffer = '';
  let bufferRole: Role | undefined;
  const flush = () => {
    const text = clean(buffer);
    if (text) units.push(bufferRole ? { text, role: bufferRole } : { text });
    buffer = '';
  };
  const walk = (node: Node, role: Role | undefined) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        buffer += child.textContent ?? '';
        bufferRole = role;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.tagName === 'IMG') {
        flush();
        const alt = clean(el.getAttribute('alt') ?? '');
        if (alt) units.push({ text: alt, role: 'image' });
      } else if (el.tagName === 'BR' || BLOCK_TAGS.has(el.tagName)) {
        flush();
        walk(el, el.tagName === 'FIGCAPTION' ? 'caption' : role);
        flush();
      } else {
        walk(el, role);
      }
    }
  };
  walk(root as Node, undefined);
  flush();
}

/** The first short footer text that a copyright cue matches. */
function findCopyright(document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }, rules: FurnitureRules): string | null {
  for (const el of Array.from(document.querySelectorAll(COPYRIGHT_SELECTOR))) {
    const text = clean(el.textContent ?? '');
    if (text.length <= COPYRIGHT_MAX_CHARS && matchCue(rules, text)?.kind === 'copyright') return text;
  }
  return null;
}
