import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandDyads, readPloverGold, type PloverSide } from './plover-gold.js';

const side = (code: string): PloverSide => ({ code, sector: null, text: code });

describe('expandDyads', () => {
  it('gives one dyad per actor–recipient pair', () => {
    expect(expandDyads([side('USA')], [side('IRQ'), side('SYR')]).map((d) => [d.actor?.code, d.recipient?.code])).toEqual([['USA', 'IRQ'], ['USA', 'SYR']]);
  });

  it('pairs the members of a compound actor with no recipient, symmetrically', () => {
    const dyads = expandDyads([side('HUN'), side('ROU'), side('SRB')], []);
    expect(dyads.map((d) => [d.actor?.code, d.recipient?.code, d.symmetric])).toEqual([['HUN', 'ROU', true], ['HUN', 'SRB', true], ['ROU', 'SRB', true]]);
  });

  it('keeps a lone actor with no recipient', () => {
    expect(expandDyads([side('USA')], [])).toEqual([{ actor: side('USA'), recipient: null, symmetric: false }]);
  });
});

describe('readPloverGold', () => {
  it("normalises the gold's names to Dyad's: 2023 event types, ISO3 countries, three-letter sectors", () => {
    const dir = mkdtempSync(join(tmpdir(), 'plover-'));
    const record = { id: 'X-1', text: 'Japan protested.', date: '2000-01-01', expected: [{ event: 'DISAPPROVE', actor: [{ actorText: 'Japan', code: 'JAP', sector: 'GOV' }], recipient: [{ actorText: 'Kurds', code: 'TUR', sector: 'CVLkur' }, { actorText: 'x', code: 'ITL', sector: '***' }] }] };
    writeFileSync(join(dir, 'g.jsonl'), `${JSON.stringify(record)}\n`);
    const [c] = readPloverGold(join(dir, 'g.jsonl'));
    expect(c!.type).toBe('ACCUSE');
    // The older category keeps its CAMEO root for dyad+root scoring, which the 2023 type (ACCUSE: 09 and 11) would blur.
    expect(c!.cameoRoots).toEqual(['11']);
    expect(c!.dyads.map((d) => [d.actor, d.recipient])).toEqual([
      [{ code: 'JPN', sector: 'GOV', text: 'Japan' }, { code: 'TUR', sector: 'CVL', text: 'Kurds' }],
      [{ code: 'JPN', sector: 'GOV', text: 'Japan' }, { code: 'ITA', sector: null, text: 'x' }],
    ]);
  });
});
