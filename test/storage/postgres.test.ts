import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { openStore } from '../../src/storage/open-store.js';
import { redactUrl } from '../../src/storage/store-error.js';
import { runStoreContract } from '../../src/storage/store-contract.js';
import { PG_URL, probePostgres } from '../helpers/postgres.js';

const URL = PG_URL;
const RUN = `dyad_test_${randomBytes(4).toString('hex')}`;

const unreachable = await probePostgres();
const schemas: string[] = [];

if (unreachable) {
  const why = `PostgreSQL at ${redactUrl(URL)} is unreachable (${unreachable})`;
  describe('Store contract: postgres', () => {
    // In CI the database must be there: a missing server is a failure, not a silent skip.
    if (process.env.CI) it('needs a running PostgreSQL', () => { throw new Error(`${why}; start it (see .ci/run) or set DYAD_TEST_PG`); });
    else it.skip(`skipped: ${why}; set DYAD_TEST_PG or start PostgreSQL (CI=1 makes this a failure)`, () => undefined);
  });
} else {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: URL });
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await client.end();
  });
  // A fresh schema per store, dropped when the file is done.
  runStoreContract('postgres', (options) => {
    const schema = `${RUN}_${schemas.length + 1}`;
    schemas.push(schema);
    return openStore(URL, { ...options, schema });
  });
}
