import pg from 'pg';

/** The machine's PostgreSQL (`.ci/run` starts it); DYAD_TEST_PG points elsewhere. */
export const PG_URL = process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL cannot be used, or null when it answers. */
export async function probePostgres(url = PG_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    const err = e as { message?: string; code?: string; errors?: Array<{ message?: string }> };
    return err.message || err.errors?.[0]?.message || err.code || String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}
