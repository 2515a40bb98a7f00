// One `codeInputs` run in a fresh process, for code-bench.ts: `jobs-run.ts <lib> <jobs> <count>`
// codes the first <count> records of news.jsonl and prints one JSON line of its times. A fresh
// process starts cold, as `dyad code` does: in the benchmark's own process one job would reuse
// code V8 has already optimised while the worker threads of two jobs start from nothing.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InputItem } from '../src/ingest/input-reader.js';
import { firstLines } from './corpus-lines.js';
import { allThreadsCpuSeconds, processCpuSeconds, threadCpuSeconds } from './thread-cpu.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const [lib, jobsArg, countArg] = process.argv.slice(2);
const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, lib, path)).href) as Promise<T>;

const start = performance.now();
// As bin/dyad.js does first (see src/core/jit-tuning.ts).
await load('core/jit-tuning.js');
const cpu = process.cpuUsage();
const main0 = threadCpuSeconds();
const { parseJsonLine } = await load<typeof import('../src/ingest/jsonl-record.js')>('ingest/jsonl-record.js');
const { codeInputs } = await load<typeof import('../src/parallel/code-inputs.js')>('parallel/code-inputs.js');
const lines = firstLines(join(ROOT, '../shared/datasets/news/news.jsonl'), Number(countArg));
async function* items(): AsyncGenerator<InputItem> {
  for (const [i, line] of lines.entries()) yield { raw: parseJsonLine(line, `bench:#${i + 1}`, `news.jsonl:${i + 1}`) };
}
// Where the CPU goes: this thread, the worker threads, V8's helper threads (optimising compiler,
// garbage collector). The helpers are the threads there before any worker thread starts; worker
// threads are read at the last document, before the pool stops them.
const before = allThreadsCpuSeconds();
let during = before;
let first = 0;
// CPU of every thread (V8's helpers too) until the first document is out: loading code,
// dictionaries and models in each coding thread, then one document.
let startCpu = 0;
let coded = 0;
let seen = 0;
for await (const item of codeInputs(items(), { jobs: Number(jobsArg) })) {
  if (coded === 0) {
    first = performance.now();
    startCpu = processCpuSeconds(cpu);
  }
  if ('doc' in item) coded++;
  if (++seen === lines.length) during = allThreadsCpuSeconds();
}
const main1 = threadCpuSeconds();
let helperCpuSeconds: number | null = null;
let workerCpuSeconds: number | null = null;
if (before.size) {
  helperCpuSeconds = 0;
  workerCpuSeconds = 0;
  for (const [id, seconds] of during) {
    if (id === process.pid) continue;
    const at0 = before.get(id);
    if (at0 === undefined) workerCpuSeconds += seconds;
    else helperCpuSeconds += seconds - at0;
  }
}
console.log(JSON.stringify({
  coded,
  seconds: (performance.now() - start) / 1000,
  startSeconds: (first - start) / 1000,
  cpuSeconds: processCpuSeconds(cpu),
  startCpuSeconds: startCpu,
  // Of the whole process: with N jobs, the main thread and N worker threads.
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  mainCpuSeconds: main0 === null || main1 === null ? null : main1 - main0,
  workerCpuSeconds,
  helperCpuSeconds,
}));
