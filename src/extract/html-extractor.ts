import { createRequire } from 'node:module';
import type { Article, RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { buildArticle } from './article-builder.js';
import { matchCue, type FurnitureRules } from './furniture-rules.js';
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
interface HtmlUnit {
  text: string;
  role?: Role;
}

/**
 * Extracts the article from an HTML page: Readability finds the content on a linkedom DOM, the
 * content's blocks become units, and the same furniture rules as for plain text classify them.
 * Dates: `raw.date`, then `defaultDate`, then the page's published-time metadata, then the text
 * (both of the last two are reported as publishedFrom 'text': they come from the page).
 * @example extractHtml({ uri: 'file:a.html', format: 'html', content: html }, rules).title
 */
export function extractHtml(raw: RawDoc, rules: FurnitureRules, defaultDate?: string): Article {
  const { parseHTML, Readability } = loadLibraries(raw.uri);
  const { document } = parseHTML(raw.content);
  const headline = clean(document.querySelector('h1')?.textContent ?? '');
  const copyright = findCopyright(document, rules);
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) throw new DyadError('E002', 'no article text found in the HTML page', raw.uri);

  const units: HtmlUnit[] = [];
  if (parsed.byline) units.push({ text: clean(parsed.byline), role: 'byline' });
  const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
  collectUnits(content.body as unknown as Node, units);
  if (copyright) units.push({ text: copyright, role: 'copyright' });

  const title = raw.title ?? chooseTitle(parsed.title ?? '', headline);
  const texts = units.map((u) => u.text);
  const known = new Map<number, Role>();
  units.forEach((u, i) => { if (u.role) known.set(i, u.role); });
  const layout = layoutPage(texts, rules, { title: title ?? undefined, known });
  return buildArticle(
    texts,
    { ...layout, title },
    { input: raw.date, option: defaultDate, metadata: parsed.publishedTime ?? null },
    parsed.siteName ? clean(parsed.siteName) : null,
  );
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
function collectUnits(root: Node, units: HtmlUnit[]): void {
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
  walk(root, undefined);
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
