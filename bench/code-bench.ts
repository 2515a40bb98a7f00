// `npm run bench`: throughput of `dyad code` over a fixed slice of ../shared/datasets/news/news.jsonl
// (first N records, N from argv, default 2000): articles/s, MB/s per core, peak memory, the
// NLP floor (wink-nlp alone over the same text), and scaling from 1 to 2 worker threads.
// `--json` ends the output with one JSON line of the figures; `--repeat=N` runs the 1- and 2-job
// processes N times, alternating, and keeps the fastest of each. It runs the build in dist/ when that
// is current (what `dyad` runs), else the sources through tsx (see built-code.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawDoc } from '../src/core/document.js';
import { codeRoot } from './built-code.js';
import { processCpuSeconds, threadCpuSeconds } from './thread-cpu.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LIB = codeRoot(ROOT);
const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, LIB, path)).href) as Promise<T>;
const { Coder } = await load<typeof import('../src/coder.js')>('coder.js');
const { parseJsonLine } = await load<typeof import('../src/ingest/jsonl-record.js')>('ingest/jsonl-record.js');
const CORPUS = join(ROOT, '../shared/datasets/news/news.jsonl');
const args = process.argv.slice(2);
const json = args.includes('--json');
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
/** Other work on the machine only ever slows a run down, so the fastest of several is the truest. */
const repeat = Math.max(1, Number(args.find((a) => a.startsWith('--repeat='))?.slice('--repeat='.length)) || 1);

if (!existsSync(CORPUS)) {
  console.error(`bench: ${CORPUS} is absent; nothing to measure`);
  process.exit(1);
}
const raws: RawDoc[] = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, count)
  .map((line, i) => parseJsonLine(line, `bench:#${i + 1}`, `news.jsonl:${i + 1}`));
const mb = raws.reduce((n, r) => n + Buffer.byteLength(r.content), 0) / 1e6;

// 1. The NLP floor: wink-nlp reading the same text (tokens, sentences, POS). Only the steps that
// give those: wink's default pipe also runs NER, negation and sentiment, about a third more work,
// which would make the floor slower and the pipeline's ratio to it look better than it is.
const nlp = winkNLP(model, ['sbd', 'pos']);
let cpu0 = process.cpuUsage();
let t0 = performance.now();
for (const r of raws) nlp.readDoc(r.content).tokens().out(nlp.its.pos);
const floorSeconds = processCpuSeconds(cpu0);
const floorMbPerSec = mb / floorSeconds;

// 2. The whole pipeline in this thread, with V8 tuned as `dyad` tunes it (after the floor, which
// stays wink with V8's defaults).
await load('core/jit-tuning.js');
t0 = performance.now();
const coder = new Coder();
const loadMs = performance.now() - t0;
cpu0 = process.cpuUsage();
const thread0 = threadCpuSeconds();
t0 = performance.now();
let events = 0;
for (const r of raws) events += coder.code(r).events.length;
const wall1 = (performance.now() - t0) / 1000;
const cpu1 = processCpuSeconds(cpu0);
const thread1 = threadCpuSeconds();
// What V8 does beside the coding thread: mostly optimising compilation (see the README's benchmark notes).
const helperShare = thread0 === null || thread1 === null ? null : 1 - (thread1 - thread0) / cpu1;
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// 3. Worker threads: 1 and 2 jobs over the same inputs (output order kept), each in a fresh process
// (see jobs-run.ts). Start-up (loading code, dictionaries and models, then coding the first
// documents before V8 has optimised anything) is timed apart: the first document comes out when
// it is over.
interface JobsRun {
  coded: number;
  seconds: number;
  /** From the start to the first coded document: start-up plus one document. */
  startSeconds: number;
  /** CPU of the whole process, every thread. */
  cpuSeconds: number;
  /** CPU of the whole process until the first coded document: start-up of every coding thread. */
  startCpuSeconds: number;
  /** Peak RSS of the whole process (main thread and worker threads). */
  peakRssMb: number;
  /** CPU of the main thread (the coding thread with one job), or null off Linux. */
  mainCpuSeconds: number | null;
  /** CPU of the worker threads (none with one job), or null off Linux. */
  workerCpuSeconds: number | null;
  /** CPU of V8's helper threads (optimising compiler, garbage collector), or null off Linux. */
  helperCpuSeconds: number | null;
}
function viaWorkers(jobs: number): JobsRun {
  const script = join(ROOT, 'bench/jobs-run.ts');
  // process.execArgv carries tsx's loader, which the child needs to read the .ts script.
  const child = spawnSync(process.execPath, [...process.execArgv, script, LIB, String(jobs), String(count)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench: ${jobs}-job run failed: ${child.stderr}`);
  const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as JobsRun;
  if (run.coded !== raws.length) throw new Error(`coded ${run.coded} of ${raws.length}`);
  return run;
}
// Alternating, so that a spell of load elsewhere falls on both.
const runs = Array.from({ length: repeat }, () => [viaWorkers(1), viaWorkers(2)] as const);
const fastest = (jobs: 0 | 1): JobsRun => runs.map((r) => r[jobs]).reduce((a, b) => (b.seconds < a.seconds ? b : a));
const jobs1 = fastest(0);
const jobs2 = fastest(1);

// On two free cores one job takes as long as its coding thread's CPU (V8's helpers run beside it),
// two jobs at least half the CPU of all their threads: the ratio bounds the scaling whatever the load.
const bound = jobs1.mainCpuSeconds === null ? null : 2 * jobs1.mainCpuSeconds / jobs2.cpuSeconds;
const round2 = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : Number(n.toFixed(2)));
const figures = {
  code: LIB,
  articles: raws.length,
  mb: Number(mb.toFixed(2)),
  dictionariesMs: Math.round(loadMs),
  articlesPerSec: Number((raws.length / wall1).toFixed(1)),
  mbPerSecPerCore: Number((mb / cpu1).toFixed(3)),
  peakRssMb: Math.round(peakRssMb),
  nlpFloorMbPerSec: Number(floorMbPerSec.toFixed(3)),
  floorRatio: Number(((mb / cpu1) / floorMbPerSec).toFixed(3)),
  /** Runs of each of the 1- and 2-job processes; the figures below are the fastest run's. */
  jobsRuns: repeat,
  jobs1Seconds: Number(jobs1.seconds.toFixed(2)),
  jobs2Seconds: Number(jobs2.seconds.toFixed(2)),
  scaling2Jobs: Number((jobs1.seconds / jobs2.seconds).toFixed(2)),
  jobs1StartSeconds: Number(jobs1.startSeconds.toFixed(2)),
  jobs2StartSeconds: Number(jobs2.startSeconds.toFixed(2)),
  /** Scaling of the coding itself, start-up left out. */
  scaling2JobsAfterStart: Number(((jobs1.seconds - jobs1.startSeconds) / (jobs2.seconds - jobs2.startSeconds)).toFixed(2)),
  helperCpuShare: helperShare === null ? null : Number(helperShare.toFixed(3)),
  jobs1CpuSeconds: Number(jobs1.cpuSeconds.toFixed(2)),
  jobs2CpuSeconds: Number(jobs2.cpuSeconds.toFixed(2)),
  scaling2JobsBound: bound === null ? null : Number(bound.toFixed(2)),
  /** CPU of all threads until the first document is out: what each further worker thread adds at start. */
  jobs1StartCpuSeconds: round2(jobs1.startCpuSeconds),
  jobs2StartCpuSeconds: round2(jobs2.startCpuSeconds),
  /** Peak RSS of the whole process; with 2 jobs, a main thread and two workers. */
  jobs1PeakRssMb: Math.round(jobs1.peakRssMb),
  jobs2PeakRssMb: Math.round(jobs2.peakRssMb),
  /** Where the CPU of each run went, thread by thread (null off Linux). */
  jobs1MainCpuSeconds: round2(jobs1.mainCpuSeconds),
  jobs1HelperCpuSeconds: round2(jobs1.helperCpuSeconds),
  jobs2MainCpuSeconds: round2(jobs2.mainCpuSeconds),
  jobs2WorkerCpuSeconds: round2(jobs2.workerCpuSeconds),
  jobs2HelperCpuSeconds: round2(jobs2.helperCpuSeconds),
  events,
};
console.log(`dyad code benchmark: ${raws.length} articles, ${mb.toFixed(1)} MB of text (news.jsonl, first ${count} records), code from ${LIB}/`);
console.log(`  dictionaries loaded in     ${figures.dictionariesMs} ms`);
console.log(`  articles/s (one thread)    ${figures.articlesPerSec}`);
console.log(`  MB/s per core              ${figures.mbPerSecPerCore}`);
console.log(`  CPU off the coding thread  ${helperShare === null ? 'unknown' : `${(helperShare * 100).toFixed(0)}% (V8's compiler and GC helper threads)`}`);
console.log(`  peak memory (RSS)          ${figures.peakRssMb} MB`);
console.log(`  NLP floor (wink alone)     ${figures.nlpFloorMbPerSec} MB/s; pipeline/floor ratio ${figures.floorRatio}`);
console.log(`  fresh processes            1 job ${figures.jobs1Seconds} s, 2 jobs ${figures.jobs2Seconds} s: ×${figures.scaling2Jobs} (on ${(await import('node:os')).availableParallelism()} cores${repeat > 1 ? `, fastest of ${repeat} runs each` : ''})`);
console.log(`    of which start-up        1 job ${figures.jobs1StartSeconds} s, 2 jobs ${figures.jobs2StartSeconds} s; after start-up ×${figures.scaling2JobsAfterStart}`);
console.log(`    CPU of all threads       1 job ${figures.jobs1CpuSeconds} s, 2 jobs ${figures.jobs2CpuSeconds} s; on two free cores at best ×${figures.scaling2JobsBound ?? '?'}`);
console.log(`    until the first document 1 job ${figures.jobs1StartCpuSeconds} s of CPU, 2 jobs ${figures.jobs2StartCpuSeconds} s`);
console.log(`    peak memory (RSS)        1 job ${figures.jobs1PeakRssMb} MB, 2 jobs ${figures.jobs2PeakRssMb} MB (whole process)`);
if (figures.jobs2WorkerCpuSeconds !== null) {
  console.log(`    by thread                1 job: coding ${figures.jobs1MainCpuSeconds} s, V8 helpers ${figures.jobs1HelperCpuSeconds} s; 2 jobs: workers ${figures.jobs2WorkerCpuSeconds} s, V8 helpers ${figures.jobs2HelperCpuSeconds} s, main ${figures.jobs2MainCpuSeconds} s`);
}
console.log(`  output                     ${events} events`);
if (json) console.log(JSON.stringify(figures));
