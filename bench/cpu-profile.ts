// `npx tsx bench/cpu-profile.ts [N] [--top K]`: codes the first N records (default 500) of
// ../shared/datasets/news/news.jsonl in this thread under V8's sampling profiler, as `dyad code
// --jobs 1` does (build in dist/ when current, V8 tuned as the CLI tunes it), and prints the
// functions that took the most time, by self time and by inclusive time (each function once per
// stack), so a hot spot and the caller that makes it hot show side by side. Writes the profile
// to dyad-cpu-profile.cpuprofile in the OS's temporary folder, for Chrome's DevTools.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codeRoot } from './built-code.js';
import { firstLines } from './corpus-lines.js';

/** Microseconds between samples: fine enough for a function that takes 1% of a few seconds. */
const SAMPLING_INTERVAL_US = 500;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LIB = codeRoot(ROOT);
const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, LIB, path)).href) as Promise<T>;
const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 500);
const top = Number(args[args.indexOf('--top') + 1] ?? 0) || 30;

await load('core/jit-tuning.js');
const { Coder } = await load<typeof import('../src/coder.js')>('coder.js');
const { parseJsonLine } = await load<typeof import('../src/ingest/jsonl-record.js')>('ingest/jsonl-record.js');
const raws = firstLines(join(ROOT, '../shared/datasets/news/news.jsonl'), count)
  .map((line, i) => parseJsonLine(line, `profile:#${i + 1}`, `news.jsonl:${i + 1}`));

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
await session.post('Profiler.start');
const coder = new Coder();
for (const raw of raws) coder.code(raw);
const { profile } = await session.post('Profiler.stop');
const saved = join(tmpdir(), 'dyad-cpu-profile.cpuprofile');
writeFileSync(saved, JSON.stringify(profile));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
/** A function's name and where it is: file below dist/, src/ or node_modules/, and line. */
const nameOf = (id: number): string => {
  const f = nodes.get(id)!.callFrame;
  return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*?\/(node_modules|dist|src)\//, '$1/')}:${f.lineNumber + 1}`;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples!.forEach((id, i) => {
  const dt = profile.timeDeltas![i] ?? 0;
  total += dt;
  self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + dt);
  // A recursive function counts once per sample.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = nameOf(at);
    if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    seen.add(name);
  }
});
for (const [title, table] of [['self', self], ['inclusive', inclusive]] as const) {
  console.log(`${title} time, ${raws.length} records (${(total / 1e6).toFixed(2)} s sampled, code from ${LIB}/):`);
  for (const [name, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(100 * us / total).toFixed(1).padStart(6)}% ${(us / 1e6).toFixed(2).padStart(6)} s  ${name}`);
  }
}
console.log(`profile: ${saved}`);
