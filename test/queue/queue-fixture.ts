import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from '../helpers/cli.js';
import { PG_URL } from '../helpers/postgres.js';

export { PG_URL, probePostgres } from '../helpers/postgres.js';

/** A fresh store schema and pg-boss schema; the URL points the store at its schema through search_path. */
export interface Sandbox {
  store: string;
  boss: string;
  url: string;
}

const made: Sandbox[] = [];
const RUN = randomBytes(4).toString('hex');

/** Creates the store's schema (the CLI opens the store by search_path, which must exist); pg-boss creates its own. */
export async function sandbox(): Promise<Sandbox> {
  const n = made.length + 1;
  const s: Sandbox = { store: `dyad_qtest_${RUN}_${n}`, boss: `dyad_qboss_${RUN}_${n}`, url: '' };
  s.url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${s.store}`)}`;
  await sql(`CREATE SCHEMA ${s.store}`);
  made.push(s);
  return s;
}

/** Drops every schema the tests made. */
export async function dropSandboxes(): Promise<void> {
  for (const s of made.splice(0)) await sql(`DROP SCHEMA IF EXISTS ${s.store} CASCADE; DROP SCHEMA IF EXISTS ${s.boss} CASCADE`);
}

/** Runs SQL and returns the rows. */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** One number from SQL. */
export async function count(text: string, values: unknown[] = []): Promise<number> {
  const [row] = await sql<{ n: string | number }>(text, values);
  return Number(row.n);
}

/** Starts the dyad CLI from source as a child process. */
export function start(args: string[]): ChildProcess & { result: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const result = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return Object.assign(child, { result });
}

/** Runs the dyad CLI to its end. */
export function dyadAsync(args: string[]) {
  return start(args).result;
}

/** Waits until `check` holds, polling; fails after `ms`. */
export async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Writes `n` distinct articles of `sentences` sentences as JSON Lines (countries, verbs and weekdays,
 * so that events merge across articles) and returns the file's path.
 */
export function writeArticles(dir: string, name: string, n: number, extraLines: string[] = [], sentences = 1): string {
  const actors = ['Russia', 'Ukraine', 'France', 'Germany', 'China', 'Japan', 'Iran', 'Israel', 'Turkey', 'Egypt'];
  const verbs = ['attacked', 'condemned', 'criticized', 'praised', 'threatened', 'imposed sanctions on'];
  const days = ['Monday', 'Tuesday', 'Wednesday'];
  let seed = 11;
  const pick = <T>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length];
  const sentence = () => {
    const a = pick(actors);
    const b = pick(actors.filter((x) => x !== a));
    return `${a} ${pick(verbs)} ${b} on ${pick(days)}, officials said.`;
  };
  const lines = Array.from({ length: n }, (_, i) => {
    const text = `${Array.from({ length: sentences }, sentence).join(' ')} The bureau filed dispatch ${i}.`;
    return JSON.stringify({ id: `doc-${i}`, title: `Dispatch ${i}`, date: '2022-03-10', text });
  });
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, [...lines, ...extraLines].join('\n') + '\n');
  return path;
}
