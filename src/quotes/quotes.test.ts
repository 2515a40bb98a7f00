import { describe, expect, it } from 'vitest';
import { annotate } from '../../test/world.js';
import type { Quote } from '../core/document.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import { loadQuoteResources, quotesStage } from './quotes-stage.js';

const run = quotesStage.create(loadQuoteResources(DEFAULT_DATA_DIR));

function quotes(text: string): Quote[] {
  return run(annotate(text)).quotes!;
}

/** "text → speaker [code]" for each quote. */
function who(text: string): string[] {
  return quotes(text).map((q) => `${q.text} → ${q.speaker?.text ?? '-'}${q.speaker?.code ? ` [${q.speaker.code}]` : ''}`);
}

describe('quotes: speakers', () => {
  it('reads "…,” X said" and "…," said X, with offsets and the actor code', () => {
    const text = '“We will talk,” Firefly said. "We will listen," said Trentino.';
    const qs = quotes(text);
    expect(who(text)).toEqual(['We will talk → Firefly [FRDGOV]', 'We will listen → Trentino [SYLGOV]']);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(qs.map((q) => q.sentence)).toEqual([0, 1]);
  });

  it('reads "X said: “…”", "X told reporters: “…”" and "according to X"', () => {
    expect(who('Trentino said: "We are ready to talk to anyone." Firefly told reporters on Monday: "The talks went well and will continue."'))
      .toEqual(['We are ready to talk to anyone. → Trentino [SYLGOV]', 'The talks went well and will continue. → Firefly [FRDGOV]']);
    expect(who('“The border is closed to everyone now,” according to the Red Lantern Society.'))
      .toEqual(['The border is closed to everyone now → the Red Lantern Society [NGOIRC]']);
  });

  it('reads "X called on Y “to …”" and partial quotes inside a sentence', () => {
    expect(who('Firefly called on Trentino “to release all remaining detainees.”')).toEqual(['to release all remaining detainees. → Firefly [FRDGOV]']);
    expect(who('Firefly, in his call with Trentino, “commended” the prime minister on “positive momentum and concrete agreements”.'))
      .toEqual(['commended → Firefly [FRDGOV]', 'positive momentum and concrete agreements → Firefly [FRDGOV]']);
  });

  it('resolves "he" to the most recent person, and keeps a raw speaker with no actor', () => {
    expect(who('Firefly arrived on Monday. He offered support for what he called a “historic opportunity” to achieve peace.'))
      .toEqual(['historic opportunity → Firefly [FRDGOV]']);
    expect(who('“We will keep the border open for everyone,” a senior official said.')).toEqual(['We will keep the border open for everyone → a senior official']);
  });

  it('keeps a quote over several sentences whole, and gives paragraphs that continue a quote its speaker', () => {
    expect(who('"We came here. We talked. We left," Trentino said.')).toEqual(['We came here. We talked. We left → Trentino [SYLGOV]']);
    expect(who('"We will not accept this," Firefly said. "The border stays open.\n\n"And we will talk again next week."'))
      .toEqual(['We will not accept this → Firefly [FRDGOV]', 'The border stays open. → Firefly [FRDGOV]', 'And we will talk again next week. → Firefly [FRDGOV]']);
  });

  it('names the statement or spokesperson the words came through', () => {
    const [q] = quotes('Firefly spoke with Trentino. “We want peace and nothing else,” Freedonian spokesman Bob Smith said in a statement.');
    expect(q.speaker?.text).toBe('Freedonian spokesman Bob Smith');
    expect(q.via?.text).toBe('a statement');
  });
});

describe('quotes: scare quotes', () => {
  it('leaves out a term in quotes that no verb ties to a speaker, and names in title case', () => {
    expect(quotes('Ruritania relied on Sylvanian “peacekeeping” forces. The rally, dubbed the "Great March of Return", went on.')).toEqual([]);
  });

  it('keeps a short quote tied to a speaker by a reporting verb', () => {
    expect(who('The ministry said 17 “critically injured” soldiers died.')).toEqual(['critically injured → The ministry']);
  });
});
