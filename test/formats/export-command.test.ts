import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyad } from '../helpers/cli.js';
import { openFixture, type Fixture } from '../server/fixture.js';

let fx: Fixture;
/** What the store holds, counted through its query interface, so the export is compared with it. */
let allEvents: number;
let usaEvents: number;

beforeAll(async () => {
  fx = await openFixture();
  allEvents = (await fx.store.queryEvents({}, { limit: 1000 })).rows.length;
  usaEvents = (await fx.store.queryEvents({ actor: 'USA' }, { limit: 1000 })).rows.length;
  await fx.store.close();
});
afterAll(async () => fx?.close().catch(() => {}));

describe('dyad export', () => {
  it('streams the GDELT table to stdout and says what it wrote on stderr', () => {
    const r = dyad(['export', '--format', 'gdelt', '--db', fx.dbUrl]);
    expect(allEvents).toBeGreaterThan(2);
    expect(r.stderr).toBe(`dyad: exported ${allEvents} events as gdelt\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(lines).toHaveLength(allEvents);
    for (const f of lines) expect(f).toHaveLength(61);
    // Date order, as the store streams exports.
    expect(lines.map((f) => f[1])).toEqual(lines.map((f) => f[1]).sort());
  });

  it('writes a filtered CSV to --out, leaving no partial file', () => {
    const out = join(fx.dir, 'usa.csv');
    const r = dyad(['export', '--format', 'csv', '--actor', 'USA', '--out', out, '--db', fx.dbUrl]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(usaEvents).toBeGreaterThan(0);
    expect(usaEvents).toBeLessThan(allEvents);
    expect(r.stderr).toBe(`dyad: exported ${usaEvents} events as csv to ${out}\n`);
    expect(readFileSync(out, 'utf8').trim().split('\r\n')).toHaveLength(usaEvents + 1);
    expect(readdirSync(fx.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('reports negated events the GDELT format leaves out, as JSON with --json', () => {
    const r = dyad(['export', '--format', 'gdelt', '--negated', '--dyad', 'RUS-GEO', '--json', '--db', fx.dbUrl]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toEqual({ format: 'gdelt', out: null, written: 0, skipped: 1, skippedReason: 'negated (GDELT has no column for it)' });
  });

  it('rejects an unknown format or a bad filter as a usage error (exit 2), writing nothing', () => {
    const out = join(fx.dir, 'never.tsv');
    const bad = dyad(['export', '--format', 'xml', '--out', out, '--db', fx.dbUrl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/E030 unknown format "xml", expected one of gdelt, csv, ndjson, geojson, plover/);
    const quad = dyad(['export', '--format', 'csv', '--quad', '9', '--out', out, '--db', fx.dbUrl]);
    expect(quad.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(dyad(['export', '--db', fx.dbUrl]).code).toBe(2);
  });
});
