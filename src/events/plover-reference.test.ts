import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCodebook } from '../dictionaries/codebook.js';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const ref = path.resolve(dataDir, '../../shared/reference/cameo_to_plover.tsv');

// Every event's PLOVER view comes from data/cameo/plover.tsv, which claims to follow the PLOVER project's
// table. Gold data recoded later (the PLOVER gold records) may disagree; the table, not the gold, decides.
describe.skipIf(!existsSync(ref))('PLOVER view of CAMEO codes', () => {
  const codebook = loadCodebook(dataDir);

  it('gives every code of the reference table its type, mode and context', () => {
    // Read here, not in the describe body: vitest collects a skipped suite's body too.
    const rows = readFileSync(ref, 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '')
      .map((l) => l.replace(/\r$/, '').split('\t'));
    expect(rows.length).toBe(256);
    const wrong = rows.flatMap(([code, type, mode, context]) => {
      const got = codebook.plover(code);
      const want = { type, mode: mode || null, context: context || null };
      return JSON.stringify(got) === JSON.stringify(want) ? [] : [`${code}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the reference where later gold disagrees: eased curfews retreat, sanctions coerce, destroyed property is an assault', () => {
    expect(codebook.plover('0813')?.type).toBe('RETREAT');
    expect(codebook.plover('0814')?.type).toBe('RETREAT');
    expect(codebook.plover('081')?.type).toBe('CONCEDE');
    expect(codebook.plover('163')?.type).toBe('COERCE');
    expect(codebook.plover('1712')?.type).toBe('ASSAULT');
    expect(codebook.plover('175')?.type).toBe('ASSAULT');
    expect(codebook.plover('173')?.type).toBe('COERCE');
  });
});
