import { describe, expect, it } from 'vitest';
import { Coder } from '../../src/coder.js';
import type { RawDoc } from '../../src/core/document.js';
import { DyadError } from '../../src/core/errors.js';
import { DEFAULT_INPUT_LIMITS, withTimeBudget } from '../../src/core/pipeline-builder.js';
import type { InputItem } from '../../src/ingest/input-reader.js';
import { codeInputs, type CodedItem } from '../../src/parallel/code-inputs.js';
import { goodArticle } from './hostile-files.js';

const coder = new Coder();
const text = (uri: string, content: string): RawDoc => ({ uri, content, format: 'text' });
/** About 900,000 characters of ordinary sentences: under every size limit, seconds of coding. */
const LONG = 'Russia attacked Ukraine on Monday, officials said. '.repeat(17_500);

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DyadError);
    return (e as DyadError).message;
  }
  throw new Error('expected the document to be rejected');
}

async function* items(raws: RawDoc[]): AsyncGenerator<InputItem> {
  for (const raw of raws) yield { raw };
}

describe('input limits (E061): a stage never sees input that would make it run for minutes', () => {
  it.each([
    ['a 1 MB word', 'x'.repeat(1_000_001), /E061 t: the article text has 1000001 characters, over the limit of 1000000/],
    ['a 200,000-character word', `Russia ${'y'.repeat(200_000)} attacked.`, /E061 t: a word of 200000 characters at offset 7 \(longest allowed 1000\)/],
    ['10,000 commas', `Russia attacked Ukraine ${','.repeat(10_000)} on Monday.`, /E061 t: a word of 10000 characters/],
    ['a sentence of 10,000 listed names', `Russia attacked ${Array(10_000).fill('Ukraine').join(', ')}.`, /E061 t: 90014 characters without a sentence end at offset 0 \(longest allowed 5000\)/],
  ])('refuses %s at once, with where and the limit', (_name, content, message) => {
    const t = performance.now();
    expect(reason(() => coder.code(text('t', content)))).toMatch(message);
    expect(performance.now() - t).toBeLessThan(2_000);
  });

  it('refuses raw input over the raw limit before extraction', () => {
    expect(reason(() => coder.code({ uri: 'h', content: `<p>${'a '.repeat(DEFAULT_INPUT_LIMITS.maxRawChars / 2)}</p>`, format: 'html' })))
      .toMatch(/^E061 h: the input has 10000007 characters, over the limit of 10000000$/);
  });

  it('codes long URLs and long but ordinary sentences', () => {
    const url = `https://example.org/${'a'.repeat(400)}`;
    const doc = coder.code(text('ok', `Russia attacked Ukraine on Monday, according to ${url} and officials. ${'France praised Germany, Japan, Egypt and Turkey. '.repeat(50)}`), { date: '2022-02-28' });
    expect(doc.events.length).toBeGreaterThan(0);
  });
});

describe('the time budget (E060)', () => {
  it('stops between stages once the budget is spent, naming the stage', () => {
    const message = reason(() => withTimeBudget(50, () => coder.code(text('long', LONG))));
    expect(message).toMatch(/^E060 long: stopped after stage "(extract|nlp|actors|events|claims|quotes)": \d+ ms, over the time budget of 50 ms$/);
    // The budget belongs to the call: the next document has the default one again.
    expect(coder.code(text('short', goodArticle(1))).events.length).toBeGreaterThan(0);
  });

  it('stops a worker thread stuck in one stage, codes the documents queued behind it on a new thread', async () => {
    const raws = [text('a', goodArticle(1)), text('long', LONG), text('b', goodArticle(2)), text('c', goodArticle(3)), text('d', goodArticle(4))];
    const out: CodedItem[] = [];
    for await (const item of codeInputs(items(raws), { jobs: 2, budgetMs: 1_000, graceMs: 0 })) out.push(item);
    expect(out.map((o) => ('doc' in o ? 'doc' : 'failure' in o ? (o.failure as DyadError).code : 'error'))).toEqual(['doc', 'E060', 'doc', 'doc', 'doc']);
    const failure = (out[1] as { failure: DyadError }).failure;
    expect(failure.message).toMatch(/^E060 long: (still coding after 1000 ms \(time budget 1000 ms\); its worker thread was stopped|stopped after stage "\w+": \d+ ms, over the time budget of 1000 ms)$/);
    expect(out.map((o) => ('raw' in o ? o.raw.uri : ''))).toEqual(['a', 'long', 'b', 'c', 'd']);
    // The message says LONG was stopped, not coded to its end (20 s or more here); the batch's wall
    // time is not asserted, since a loaded machine stretches it (a CI run took 15.2 s).
  });
});
