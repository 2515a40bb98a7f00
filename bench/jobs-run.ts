// One `codeInputs` run in a fresh process, for code-bench.ts: `jobs-run.ts <lib> <jobs> <count>`
// codes the first <count> records of news.jsonl and prints one JSON line of its times. A fresh
// process starts cold, as `dyad code` does: in the benchmark's own process one job would reuse
// code V8 has already optimised while the worker threads of two jobs start from nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InputItem } from '../src/ingest/input-reader.js';
import { processCpuSeconds, threadCpuSeconds } from './thread-cpu.js';

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
const lines = readFileSync(join(ROOT, '../shared/datasets/news/news.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, Number(countArg));
async function* items(): AsyncGenerator<InputItem> {
  for (const [i, line] of lines.entries()) yield { raw: parseJsonLine(line, `bench:#${i + 1}`, `news.jsonl:${i + 1}`) };
}
let first = 0;
let coded = 0;
for await (const item of codeInputs(items(), { jobs: Number(jobsArg) })) {
  if (coded === 0) first = performance.now();
  if ('doc' in item) coded++;
}
const main1 = threadCpuSeconds();
console.log(JSON.stringify({
  coded,
  seconds: (performance.now() - start) / 1000,
  startSeconds: (first - start) / 1000,
  cpuSeconds: processCpuSeconds(cpu),
  mainCpuSeconds: main0 === null || main1 === null ? null : main1 - main0,
}));
