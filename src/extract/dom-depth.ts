/** Keeps pathological nesting (`<div>` inside `<div>` ten thousand times) from stalling the parser and Readability. */

/** Pages whose markup nests deeper than this (counted roughly, in the source) are refused before parsing. */
export const MAX_SOURCE_DEPTH = 5000;
/**
 * Elements deeper than this in the DOM are flattened into their text before Readability runs,
 * whose cost grows steeply with depth (real pages stay under 60; browsers cap parsing at 512).
 */
export const MAX_DOM_DEPTH = 160;

/** Elements that have no end tag, or whose end tag is often left out: they do not count as nesting. */
const NO_END_TAG = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'html', 'head', 'body', '!doctype',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*|!doctype)[^<>]{0,2000}?(\/?)>/g;

/**
 * The deepest nesting of elements that need an end tag, read from the source without parsing it
 * (a rough count: it ignores `<p>`, `<li>` and other elements whose end tag may be left out).
 * @example sourceDepth('<div><div><p>x</div></div>') // 2
 */
export function sourceDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (NO_END_TAG.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** The part of a DOM element the flattening needs. */
interface DomNode {
  firstElementChild: DomNode | null;
  nextElementSibling: DomNode | null;
  textContent: string | null;
}

/**
 * Replaces the content of every element at depth {@link MAX_DOM_DEPTH} by its text, so that no
 * element is nested deeper. Returns how many elements were flattened (0 for any real page).
 */
export function flattenDeepElements(root: DomNode, maxDepth = MAX_DOM_DEPTH): number {
  let flattened = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      if (node.firstElementChild) {
        node.textContent = node.textContent ?? '';
        flattened++;
      }
      continue;
    }
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return flattened;
}
