/** The API under load: `dyad serve` in a child process, autocannon on loopback, and the server's memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { ROOT } from '../helpers/cli.js';

/** One endpoint's figures under load. */
export interface LoadFigures {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/** A running `dyad serve` and its process. */
export interface Served {
  url: string;
  child: ChildProcess;
  /** The server's resident memory now and at its peak, in MB (Linux /proc). */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<number | null>;
}

/** Starts `dyad serve` on a free loopback port with no rate limit (the load comes from one address). */
export async function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--rate-limit', '0'], {
    cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (s: string) => {
      // Request log lines are not kept: a load test writes a million of them.
      if (!stderr.includes('serving ')) stderr += s;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(`dyad serve exited: ${stderr}`)));
  });
  return {
    url, child,
    memory: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
      return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
    },
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Loads one path for `seconds` with `connections` concurrent connections. */
export async function load(base: string, path: string, seconds: number, connections = 10): Promise<LoadFigures> {
  const r = await autocannon({ url: `${base}${path}`, connections, duration: seconds, timeout: 30 });
  return {
    path, requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max,
    requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx,
  };
}

/** The API's main read endpoints, with filters that use each kind of index; `{event}` is an event id. */
export const MAIN_ENDPOINTS = [
  '/api/events', '/api/events?actor=USA', '/api/events?dyad=USA-RUS', '/api/events?root=19&from=2022-06', '/api/events?text=report',
  '/api/events/{event}', '/api/articles', '/api/actors', '/api/aggregates/timeline', '/api/aggregates/network', '/api/aggregates/map',
  '/api/aggregates/dyad?a=USA&b=RUS', '/api/health',
];

/** A markdown table of the figures. */
export function table(rows: LoadFigures[]): string {
  return [
    '| endpoint | requests/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.path}\` | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.max} | ${r.requests} | ${r.errors} | ${r.non2xx} |`),
  ].join('\n');
}
