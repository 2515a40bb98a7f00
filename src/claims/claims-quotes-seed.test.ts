import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WorkingDoc } from '../core/stage.js';
import { loadDictionaries } from '../dictionaries/dictionaries.js';
import { createPipeline } from '../pipeline.js';
import { loadQuoteResources, quotesStage } from '../quotes/quotes-stage.js';
import { claimsStage, loadClaimResources } from './claims-stage.js';

// The seed page's publisher forbids redistribution: it is read from ../shared, never copied.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, '..', 'shared', 'fixtures', 'seed', 'blinken-armenia-azerbaijan.txt');
const GOLD = SEED.replace(/\.txt$/, '.gold.json');
const present = existsSync(SEED) && existsSync(GOLD);

interface SeedQuote { speaker: string | null; text: string; via?: string }

/** The whole pipeline, plus the claims and quotes stages while src/pipeline.ts does not run them yet. */
function code(): WorkingDoc {
  const dicts = loadDictionaries();
  let doc = createPipeline(dicts)({ raw: { uri: `file:${SEED}`, content: readFileSync(SEED, 'utf8'), format: 'text' }, defaultDate: '2022-07-18' });
  if (!doc.claims) doc = { ...doc, ...claimsStage.create(loadClaimResources(dicts.dataDir))(doc) };
  if (!doc.quotes) doc = { ...doc, ...quotesStage.create(loadQuoteResources(dicts.dataDir))(doc) };
  return doc;
}

describe.skipIf(!present)(`seed article: claims and quotes (skipped when ${SEED} is absent)`, () => {
  const doc = present ? code() : (null as never);
  const gold = present ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { quotes: SeedQuote[] }) : (null as never);

  it('finds the two claims with kind, value, qualifier, hedge and source', () => {
    expect(doc.claims!.map((c) => [c.kind, c.value, c.qualifier])).toEqual([['killed', 6500, 'at least'], ['detained', 140, 'around']]);
    const [killed, detained] = doc.claims!;
    expect(killed.attributedTo).toBeNull();
    expect(detained.attributedTo?.code).toBe('USANGO');
    // The page writes "Armenian\u00a0National": compare with spaces folded.
    expect(detained.attributedTo?.text.replace(/\s+/gu, ' ')).toContain('Armenian National Committee of America');
    expect(detained.hedge).toMatch(/^It’s unclear how many Armenians are detained/);
    expect(detained.subject).toMatch(/Armenians/);
    for (const c of doc.claims!) expect(doc.article!.text.slice(c.figure.start, c.figure.end)).toBe(c.figure.text);
  });

  it('finds every attributed quote of the gold with its speaker, and no scare quote', () => {
    const found = doc.quotes!;
    for (const g of gold.quotes) {
      const q = found.find((x) => x.text.includes(g.text.replace(/[.,]$/, '')) || g.text.includes(x.text));
      if (g.speaker === null) {
        expect(q, `"${g.text}" is not a quotation`).toBeUndefined();
        continue;
      }
      expect(q, `quote "${g.text}"`).toBeDefined();
      const surname = g.speaker.split(' ').pop()!;
      expect(q!.speaker?.text, `speaker of "${g.text}"`).toContain(surname);
      if (surname === 'Blinken') expect(q!.speaker?.code).toBe('USAGOV');
      if (g.via) expect(q!.via?.text).toContain(g.via);
    }
    expect(found).toHaveLength(gold.quotes.filter((g) => g.speaker).length);
  });
});
