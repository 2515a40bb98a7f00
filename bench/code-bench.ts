// `npm run bench`: throughput of `dyad code` over a fixed slice of ../shared/datasets/news/news.jsonl
// (first N records, N from argv, default 2000): articles/s, MB/s per core, peak memory, the
// NLP floor (wink-nlp alone over the same text), and scaling from 1 to 2 worker threads.
// `--json` ends the output with one JSON line of the figures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Coder } from '../src/coder.js';
import type { RawDoc } from '../src/core/document.js';
import type { InputItem } from '../src/ingest/input-reader.js';
import { parseJsonLine } from '../src/ingest/jsonl-record.js';
import { codeInputs } from '../src/parallel/code-inputs.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/datasets/news/news.jsonl');
const args = process.argv.slice(2);
const json = args.includes('--json');
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);

if (!existsSync(CORPUS)) {
  console.error(`bench: ${CORPUS} is absent; nothing to measure`);
  process.exit(1);
}
const raws: RawDoc[] = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, count)
  .map((line, i) => parseJsonLine(line, `bench:#${i + 1}`, `news.jsonl:${i + 1}`));
const mb = raws.reduce((n, r) => n + Buffer.byteLength(r.content), 0) / 1e6;

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
}

// 1. The NLP floor: wink-nlp reading the same text (tokens, sentences, POS).
const nlp = winkNLP(model);
let cpu0 = process.cpuUsage();
let t0 = performance.now();
for (const r of raws) nlp.readDoc(r.content).tokens().out(nlp.its.pos);
const floorSeconds = cpuSeconds(cpu0);
const floorMbPerSec = mb / floorSeconds;

// 2. The whole pipeline in this thread.
t0 = performance.now();
const coder = new Coder();
const loadMs = performance.now() - t0;
cpu0 = process.cpuUsage();
t0 = performance.now();
let events = 0;
for (const r of raws) events += coder.code(r).events.length;
const wall1 = (performance.now() - t0) / 1000;
const cpu1 = cpuSeconds(cpu0);
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// 3. Worker threads: 1 and 2 jobs over the same inputs (output order kept). Start-up (loading
// dictionaries and models; in worker threads also loading the code, through tsx when run from
// source) is timed apart: the first document comes out when it is over.
interface JobsRun {
  seconds: number;
  /** From the start to the first coded document: start-up plus one document. */
  startSeconds: number;
}
async function viaWorkers(jobs: number): Promise<JobsRun> {
  async function* items(): AsyncGenerator<InputItem> { for (const raw of raws) yield { raw }; }
  const start = performance.now();
  let first = 0;
  let n = 0;
  for await (const item of codeInputs(items(), { jobs })) {
    if (n === 0) first = performance.now();
    if ('doc' in item) n++;
  }
  if (n !== raws.length) throw new Error(`coded ${n} of ${raws.length}`);
  return { seconds: (performance.now() - start) / 1000, startSeconds: (first - start) / 1000 };
}
const jobs1 = await viaWorkers(1);
const jobs2 = await viaWorkers(2);

const figures = {
  articles: raws.length,
  mb: Number(mb.toFixed(2)),
  dictionariesMs: Math.round(loadMs),
  articlesPerSec: Number((raws.length / wall1).toFixed(1)),
  mbPerSecPerCore: Number((mb / cpu1).toFixed(3)),
  peakRssMb: Math.round(peakRssMb),
  nlpFloorMbPerSec: Number(floorMbPerSec.toFixed(3)),
  floorRatio: Number(((mb / cpu1) / floorMbPerSec).toFixed(3)),
  jobs1Seconds: Number(jobs1.seconds.toFixed(2)),
  jobs2Seconds: Number(jobs2.seconds.toFixed(2)),
  scaling2Jobs: Number((jobs1.seconds / jobs2.seconds).toFixed(2)),
  jobs1StartSeconds: Number(jobs1.startSeconds.toFixed(2)),
  jobs2StartSeconds: Number(jobs2.startSeconds.toFixed(2)),
  /** Scaling of the coding itself, start-up left out. */
  scaling2JobsAfterStart: Number(((jobs1.seconds - jobs1.startSeconds) / (jobs2.seconds - jobs2.startSeconds)).toFixed(2)),
  events,
};
console.log(`dyad code benchmark: ${raws.length} articles, ${mb.toFixed(1)} MB of text (news.jsonl, first ${count} records)`);
console.log(`  dictionaries loaded in     ${figures.dictionariesMs} ms`);
console.log(`  articles/s (one thread)    ${figures.articlesPerSec}`);
console.log(`  MB/s per core              ${figures.mbPerSecPerCore}`);
console.log(`  peak memory (RSS)          ${figures.peakRssMb} MB`);
console.log(`  NLP floor (wink alone)     ${figures.nlpFloorMbPerSec} MB/s; pipeline/floor ratio ${figures.floorRatio}`);
console.log(`  worker threads             1 job ${figures.jobs1Seconds} s, 2 jobs ${figures.jobs2Seconds} s: ×${figures.scaling2Jobs} (on ${(await import('node:os')).availableParallelism()} cores)`);
console.log(`    of which start-up        1 job ${figures.jobs1StartSeconds} s, 2 jobs ${figures.jobs2StartSeconds} s; after start-up ×${figures.scaling2JobsAfterStart}`);
console.log(`  output                     ${events} events`);
if (json) console.log(JSON.stringify(figures));
