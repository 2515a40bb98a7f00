/**
 * Property-based fuzzing (fast-check) of reading, coding and storing: batches mixing good documents
 * with empty, binary, mis-encoded, truncated, deeply nested, pathological, broken and foreign ones.
 * Every bad one gets one coded line naming it; every good one is stored. DYAD_SOAK=1 runs many more cases.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coder } from '../../src/coder.js';
import { DyadError } from '../../src/core/errors.js';
import { readInputs } from '../../src/ingest/input-reader.js';
import { codeInputs } from '../../src/parallel/code-inputs.js';
import { openStore } from '../../src/storage/open-store.js';
import type { Store } from '../../src/storage/store.js';
import { articlePage } from '../ingest/web-server.js';
import { FOREIGN_PARAGRAPHS, goodArticle, goodPage, warcResponse, writeInputs, type InputFile } from './hostile-files.js';

const SOAK = process.env.DYAD_SOAK === '1';
/** Batches tried per run of `npm test` (and under `npm run soak`). */
export const BATCH_RUNS = SOAK ? 400 : 40;
export const TEXT_RUNS = SOAK ? 5_000 : 500;

const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-'));
let store: Store;
let batch = 0;
/** A fresh number for every good document, so that no two share a content hash. */
let serial = 1_000;

beforeAll(async () => {
  store = await openStore(`sqlite:${join(dir, 'fuzz.db')}`);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: 1, maxLength: 40 });

/** One input file of a kind, with what must happen to it. */
const inputFile: fc.Arbitrary<(name: string) => InputFile> = fc.oneof(
  fc.constant((name: string) => ({ name: `${name}.txt`, content: goodArticle(serial++), good: 1, rejected: [] })),
  fc.constant((name: string) => ({ name: `${name}.html`, content: goodPage(serial++), good: 1, rejected: [] })),
  fc.constant((name: string) => ({ name: `${name}.txt`, content: '', good: 0, rejected: ['E002'] })),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), minLength: 1, maxLength: 50 })
    .map((ws) => (name: string) => ({ name: `${name}.txt`, content: ws, good: 0, rejected: ['E002'] })),
  fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.nat(300))
    .map(([bytes, at]) => (name: string) => {
      const b = Buffer.from(bytes);
      return { name: `${name}.txt`, content: Buffer.concat([b.subarray(0, at), Buffer.from([0]), b.subarray(at)]), good: 0, rejected: ['E003'] };
    }),
  fc.tuple(fc.nat(), fc.constantFrom(0xff, 0xfe, 0xc0, 0x80, 0xe9))
    .map(([at, byte]) => (name: string) => {
      const b = Buffer.from(goodArticle(serial++));
      const i = at % b.length;
      return { name: `${name}.txt`, content: Buffer.concat([b.subarray(0, i), Buffer.from([byte]), b.subarray(i)]), good: 0, rejected: ['E004'] };
    }),
  fc.constant((name: string) => {
    const b = Buffer.from(`${goodArticle(serial++)} Talks in the café`);
    return { name: `${name}.txt`, content: b.subarray(0, b.length - 1), good: 0, rejected: ['E004'] };
  }),
  fc.integer({ min: 5_001, max: 60_000 })
    .map((depth) => (name: string) => ({ name: `${name}.html`, content: `<html><body>${'<div>'.repeat(depth)}Freedonia attacked Sylvania.</body></html>`, good: 0, rejected: ['E059'] })),
  fc.integer({ min: 5_001, max: 20_000 })
    .map((n) => (name: string) => ({ name: `${name}.txt`, content: `Russia attacked ${Array(Math.ceil(n / 9)).fill('Ukraine').join(', ')} on Monday.`, good: 0, rejected: ['E061'] })),
  fc.tuple(letters, fc.integer({ min: 1_001, max: 300_000 }))
    .map(([unit, n]) => (name: string) => ({ name: `${name}.txt`, content: `Russia attacked ${unit.repeat(Math.ceil(n / unit.length))} on Monday.`, good: 0, rejected: ['E061'] })),
  fc.constant((name: string) => ({ name: `${name}.txt`, content: 'z'.repeat(1024 * 1024), good: 0, rejected: ['E061'] })),
  fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 6 })
    .map((lines) => (name: string) => {
      const out = lines.map(([good, cut]) => {
        const record = JSON.stringify({ id: `r${serial}`, title: 'A record', text: goodArticle(serial++) });
        // Any proper prefix of a JSON object is not JSON: a line cut short.
        return good ? record : record.slice(0, 1 + (cut % (record.length - 1)));
      });
      return { name: `${name}.jsonl`, content: out.join('\n'), good: lines.filter(([g]) => g).length, rejected: lines.filter(([g]) => !g).map(() => 'E005') };
    }),
  fc.constantFrom(...Object.values(FOREIGN_PARAGRAPHS))
    .map((p) => (name: string) => ({ name: `${name}.html`, content: articlePage(`Nouvelles ${serial++}`, [p, p, p]), good: 0, rejected: ['E057'] })),
  fc.double({ min: 0.1, max: 0.9, noNaN: true })
    .map((fraction) => (name: string) => {
      const whole = warcResponse(`https://example.org/${serial}`, goodPage(serial++));
      const cut = warcResponse(`https://example.org/${serial}`, goodPage(serial++));
      return { name: `${name}.warc`, content: Buffer.concat([whole, cut.subarray(0, Math.floor(cut.length * fraction))]), good: 1, rejected: ['E055'] };
    }),
);

describe('fuzzing: batches of good and hostile inputs', () => {
  it(`reports each bad input in one coded line naming it, and stores the rest of the batch (${BATCH_RUNS} batches)`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(inputFile, { minLength: 1, maxLength: 6 }), async (makers) => {
      const folder = join(dir, `batch-${++batch}`);
      mkdirSync(folder);
      const files = makers.map((make, i) => make(`f${String(i).padStart(2, '0')}`));
      const paths = writeInputs(folder, files);
      const errors: DyadError[] = [];
      const docs = [];
      for await (const item of codeInputs(readInputs([folder]), { jobs: 1, budgetMs: 20_000 })) {
        if ('error' in item) errors.push(item.error);
        else if ('failure' in item) {
          expect(item.failure, String(item.failure)).toBeInstanceOf(DyadError);
          errors.push(item.failure as DyadError);
        } else docs.push(item.doc);
      }
      for (const e of errors) expect(e.message).toMatch(/^E0\d\d \S.*$/);
      for (const f of files) {
        const mine = errors.filter((e) => e.message.includes(paths.get(f.name)!));
        expect(mine.map((e) => e.code), `${f.name}: ${mine.map((e) => e.message).join(' | ')}`).toEqual(f.rejected);
      }
      expect(errors).toHaveLength(files.reduce((n, f) => n + f.rejected.length, 0));
      expect(docs).toHaveLength(files.reduce((n, f) => n + f.good, 0));
      await store.putDocuments(docs);
      for (const d of docs) expect(await store.hasArticle(d.hash)).toBe(true);
      rmSync(folder, { recursive: true, force: true });
    }), { numRuns: BATCH_RUNS });
    expect((await store.check()).ok).toBe(true);
  }, SOAK ? 3_600_000 : 120_000);
});

describe('fuzzing: the pipeline on arbitrary text', () => {
  const coder = new Coder();
  const words = fc.constantFrom('Russia', 'attacked', 'Ukraine', 'on', 'Monday', ',', '.', '"', 'said', 'the', 'minister', 'of', '12', 'killed',
    'backed', 'Armenian', 'Prime', 'Minister', 'Nikol', 'Pashinyan', '(', ')', '—', 'at least', 'not', 'talks', 'with', '\n', '\n\n', 'Mr.', 'U.S.');
  const text = fc.oneof(
    fc.string({ maxLength: 3_000 }),
    fc.string({ unit: 'grapheme', maxLength: 1_000 }),
    fc.array(words, { maxLength: 400 }).map((ws) => ws.join(' ')),
    fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 300 }).map((ws) => ws.join('')),
  );

  it(`codes any text or rejects it with a coded error, every offset pointing into the text (${TEXT_RUNS} texts)`, () => {
    fc.assert(fc.property(text, fc.constantFrom<'text' | 'html'>('text', 'html'), (content, format) => {
      try {
        const doc = withinBudget(() => coder.code({ uri: 'fuzz:', content, format }, { date: '2022-02-28' }));
        for (const e of doc.events) expect(doc.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
        for (const a of doc.actors) expect(doc.text.slice(a.start, a.end)).toBe(a.text);
      } catch (e) {
        if (!(e instanceof DyadError)) throw e;
        expect(e.message).not.toContain('\n');
      }
    }), { numRuns: TEXT_RUNS });
  }, SOAK ? 3_600_000 : 120_000);
});

/** Runs one coding and fails the property when it takes more than 10 s: nothing may hang. */
function withinBudget<T>(fn: () => T): T {
  const t = performance.now();
  const value = fn();
  expect(performance.now() - t).toBeLessThan(10_000);
  return value;
}
