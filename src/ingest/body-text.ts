/** A quick approximation of an input's article text, for spotting copies before the pipeline runs. */
import type { RawDoc } from '../core/document.js';

/** Paragraphs with fewer words than this are left out of an HTML page's body text (menus, teasers, credits). */
export const BODY_MIN_PARAGRAPH_WORDS = 8;

/** Paragraph and unread-element boundaries, found in one linear pass (no backtracking over malformed pages). */
const MARKS = /<(\/?)(p|script|style|noscript|template)\b[^<>]{0,2000}>/gi;
const TAG = /<[^<>]{0,2000}>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–' };

function clean(html: string): string {
  return decodeEntities(html.replace(TAG, ' ')).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * The text that decides whether two inputs are copies of one story: a plain-text input as it
 * is; for HTML, the text of its longer `<p>` paragraphs, read with regular expressions (no DOM,
 * so it costs little), which leaves out most of a site's own menus and boxes.
 * @example bodyText({ uri: 'x', format: 'html', content: '<p>One two three four five six seven eight.</p>' }) // 'One two … eight.'
 */
export function bodyText(raw: RawDoc): string {
  if (raw.format === 'text') return raw.content;
  const html = raw.content;
  const paragraphs: string[] = [];
  const visible: string[] = [];
  let unread: string | null = null;
  let paragraphStart = -1;
  let last = 0;
  for (const m of html.matchAll(MARKS)) {
    const [tag, closing, name] = [m[0], m[1] === '/', m[2].toLowerCase()];
    if (unread) {
      if (closing && name === unread) { unread = null; last = m.index + tag.length; }
      continue;
    }
    visible.push(html.slice(last, m.index));
    last = m.index + tag.length;
    if (name !== 'p') { if (!closing) unread = name; continue; }
    if (!closing) paragraphStart = last;
    else if (paragraphStart >= 0) {
      const text = clean(html.slice(paragraphStart, m.index));
      if (text.split(' ').length >= BODY_MIN_PARAGRAPH_WORDS) paragraphs.push(text);
      paragraphStart = -1;
    }
  }
  if (!unread) visible.push(html.slice(last));
  return paragraphs.length ? paragraphs.join('\n') : clean(visible.join(' '));
}
