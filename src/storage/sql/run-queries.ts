import type { RunRecord } from '../store.js';
import type { SqlDriver } from './sql-driver.js';
import { first, insertRows, iso, num } from './sql-helpers.js';

/** Records the start of an ingest run. */
export async function startRun(db: SqlDriver, run: Omit<RunRecord, 'finishedAt' | 'stored' | 'skipped' | 'rejected'>): Promise<void> {
  await db.run(
    'INSERT INTO runs (id, started_at, dyad_version, dictionaries) VALUES (?, ?, ?, ?)',
    [run.id, run.startedAt, run.dyadVersion, run.dictionaries],
  );
}

/**
 * Records how a run ended (counts and every rejected input with its reason), then refreshes the
 * planner's statistics, since a run may have added many rows.
 */
export async function finishRun(db: SqlDriver, id: string, result: Pick<RunRecord, 'stored' | 'skipped' | 'rejected'>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run('UPDATE runs SET finished_at = ?, stored = ?, skipped = ? WHERE id = ?', [new Date().toISOString(), result.stored, result.skipped, id]);
    await tx.run('DELETE FROM run_rejections WHERE run_id = ?', [id]);
    await insertRows(tx, 'run_rejections', result.rejected.map((r, seq) => ({ run_id: id, seq, input: r.input, reason: r.reason })));
  });
  for (const sql of db.dialect.analyze) await db.exec(sql);
}

/** A run by id, with its rejected inputs in the order they were met. */
export async function getRun(db: SqlDriver, id: string): Promise<RunRecord | null> {
  const r = await first(db, 'SELECT * FROM runs WHERE id = ?', [id]);
  if (!r) return null;
  const rejected = await db.all<{ input: string; reason: string }>('SELECT input, reason FROM run_rejections WHERE run_id = ? ORDER BY seq', [id]);
  return {
    id: String(r.id), startedAt: iso(r.started_at), finishedAt: r.finished_at === null ? null : iso(r.finished_at),
    dyadVersion: String(r.dyad_version), dictionaries: String(r.dictionaries), stored: num(r.stored), skipped: num(r.skipped),
    rejected: rejected.map((x) => ({ input: x.input, reason: x.reason })),
  };
}
