import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quote-spans.js';

function quoted(text: string): string[] {
  return findQuoteSpans(text).map((q) => text.slice(q.start, q.end));
}

describe('quote spans', () => {
  it('pairs curly and straight double marks, and mixed ones', () => {
    expect(quoted('He said: “We will,” and "they won\'t." “Odd mix."')).toEqual(['We will', "they won't.", 'Odd mix.']);
  });

  it('keeps nested single marks inside a double quote, and leaves apostrophes alone', () => {
    expect(quoted('"\'Because of the rumors,\' he said," Karzai said. It’s the Saudis’ day.')).toEqual(["'Because of the rumors,' he said"]);
  });

  it('reads top-level single quotes, as in headlines', () => {
    expect(quoted("'Extremely serious' was the word.")).toEqual(['Extremely serious']);
  });

  it('runs an unclosed quote to the end of its paragraph and links the paragraph that continues it', () => {
    const spans = findQuoteSpans('"We stay," he said. "The border is open.\n\n"And it stays open."');
    expect(spans.map((s) => [s.paragraph, s.close === null, s.continues])).toEqual([[0, false, null], [0, true, null], [1, false, 1]]);
  });
});
