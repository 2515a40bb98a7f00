import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DyadError } from '../core/errors.js';
import { openStore, parseDbUrl } from './open-store.js';
import { redactUrl, StoreError } from './store-error.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseDbUrl', () => {
  it.each([
    ['sqlite:./dyad.db', { kind: 'sqlite', path: './dyad.db' }],
    ['sqlite:///var/lib/dyad.db', { kind: 'sqlite', path: '/var/lib/dyad.db' }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['data/events.db', { kind: 'sqlite', path: 'data/events.db' }],
    ['/tmp/x.db', { kind: 'sqlite', path: '/tmp/x.db' }],
    ['postgres://u:p@db:5432/dyad', { kind: 'postgres', url: 'postgres://u:p@db:5432/dyad' }],
    ['postgresql://db/dyad?sslmode=require', { kind: 'postgres', url: 'postgresql://db/dyad?sslmode=require' }],
  ])('reads %s', (url, target) => {
    expect(parseDbUrl(url)).toEqual(target);
  });

  it('refuses an unknown scheme with a usage error that hides the password', () => {
    expect(() => parseDbUrl('mysql://root:hunter2@db/x')).toThrow(DyadError);
    expect(() => parseDbUrl('mysql://root:hunter2@db/x')).toThrow('E030 unknown database "mysql://root:***@db/x" (scheme mysql:); expected sqlite:PATH, a file path, or postgres://…');
    expect(() => parseDbUrl('sqlite:')).toThrow(/^E030 /);
  });
});

describe('openStore', () => {
  it('uses DYAD_DB when no URL is given', async () => {
    const saved = process.env.DYAD_DB;
    process.env.DYAD_DB = `sqlite:${join(dir, 'from-env.db')}`;
    try {
      const store = await openStore();
      expect(store.kind).toBe('sqlite');
      await store.close();
      const again = await openStore(join(dir, 'from-env.db'));
      expect(await again.migrate()).toBe(0);
      await again.close();
    } finally {
      if (saved === undefined) delete process.env.DYAD_DB;
      else process.env.DYAD_DB = saved;
    }
  });

  it('refuses a database migrated by a newer Dyad', async () => {
    const path = join(dir, 'newer.db');
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    await expect(openStore(path)).rejects.toThrow(`E041 sqlite:${path}: the schema is at version 99, this Dyad knows versions up to`);
  });

  it('says which file it cannot open', async () => {
    const where = join(dir, 'missing', 'dir', 'x.db');
    await expect(openStore(where)).rejects.toThrow(StoreError);
    await expect(openStore(where)).rejects.toThrow(`E040 sqlite:${where}: cannot open the SQLite database`);
  });
});

describe('redactUrl', () => {
  it('hides passwords only', () => {
    expect(redactUrl('postgres://dyad:s3cret@db.example:5432/events')).toBe('postgres://dyad:***@db.example:5432/events');
    expect(redactUrl('postgres://dyad@db/events')).toBe('postgres://dyad@db/events');
    expect(redactUrl('sqlite:./dyad.db')).toBe('sqlite:./dyad.db');
  });
});
