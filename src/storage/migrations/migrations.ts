import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One numbered migration file, `NNNN_name.sql`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/**
 * Where the .sql files are: beside this module when it runs from src/ (tsx, vitest), and back in
 * src/ when it runs compiled from dist/ (tsc does not copy .sql files).
 */
function migrationsDir(dialect: 'sqlite' | 'postgres'): string {
  const candidates = [
    new URL(`./${dialect}/`, import.meta.url),
    new URL(`../../../src/storage/migrations/${dialect}/`, import.meta.url),
  ].map((u) => fileURLToPath(u));
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`no ${dialect} migrations folder; looked in ${candidates.join(' and ')}`);
  return found;
}

/**
 * The numbered migrations of a dialect, in order.
 * @example loadMigrations('sqlite')[0] // { version: 1, name: 'init', sql: 'CREATE TABLE …' }
 */
export function loadMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  const dir = migrationsDir(dialect);
  const migrations = readdirSync(dir).sort().flatMap((file) => {
    const m = MIGRATION_FILE.exec(file);
    return m ? [{ version: Number(m[1]), name: m[2], sql: readFileSync(`${dir}${file}`, 'utf8') }] : [];
  });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`${dir}: migration ${m.version}_${m.name} is out of sequence; expected number ${i + 1}`);
  });
  return migrations;
}
