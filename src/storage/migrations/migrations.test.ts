import { describe, expect, it } from 'vitest';
import { loadMigrations } from './migrations.js';

describe('migrations', () => {
  it('are numbered from 1 without gaps, the same versions for both dialects', () => {
    const sqlite = loadMigrations('sqlite');
    const postgres = loadMigrations('postgres');
    expect(sqlite.map((m) => m.version)).toEqual(sqlite.map((_, i) => i + 1));
    expect(postgres.map((m) => `${m.version}_${m.name}`)).toEqual(sqlite.map((m) => `${m.version}_${m.name}`));
  });

  it('create the same tables in both dialects', () => {
    const tables = (sql: string) => [...sql.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1]).sort();
    const [sqlite, postgres] = (['sqlite', 'postgres'] as const).map((d) => loadMigrations(d).map((m) => m.sql).join('\n'));
    expect(tables(postgres)).toEqual(tables(sqlite));
    expect(tables(sqlite)).toEqual([
      'actor_counts', 'actor_names', 'articles', 'claims', 'event_days', 'event_mentions', 'event_pairs', 'event_places', 'events', 'mentions',
      'quotes', 'relation_statements', 'relations', 'run_rejections', 'runs',
    ]);
  });
});
