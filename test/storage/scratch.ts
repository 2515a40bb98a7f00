/** A temporary folder and fresh PostgreSQL schema names for one test file, removed after it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { PG_URL } from '../helpers/postgres.js';

/** Creates a scratch folder and a schema-name maker for `name`; both are cleaned up after the file's tests. */
export function scratch(name: string): { dir: string; schema: () => string } {
  const dir = mkdtempSync(join(tmpdir(), `dyad-${name}-`));
  const schemas: string[] = [];
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (!schemas.length) return;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await client.end();
  });
  const schema = () => {
    const s = `dyad_${name}_${randomBytes(4).toString('hex')}`;
    schemas.push(s);
    return s;
  };
  return { dir, schema };
}
