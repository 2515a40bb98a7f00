import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { flattenDeepElements, sourceDepth } from './dom-depth.js';

describe('sourceDepth', () => {
  it('counts nesting of elements that need an end tag, ignoring void and optional-end ones', () => {
    expect(sourceDepth('<div><div><p>x<br><img src=a></div></div>')).toBe(2);
    expect(sourceDepth('<ul>' + '<li>x'.repeat(1000) + '</ul>')).toBe(1);
    expect(sourceDepth('<div>'.repeat(6000))).toBe(6000);
  });
});

describe('flattenDeepElements', () => {
  it('flattens elements below the depth limit into their text', () => {
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(50)}<p>deep <b>text</b></p>${'</div>'.repeat(50)}</body></html>`);
    expect(flattenDeepElements(document.documentElement as never, 10)).toBe(1);
    expect(document.body.textContent).toBe('deep text');
    expect(flattenDeepElements(document.documentElement as never, 10)).toBe(0);
  });
});
