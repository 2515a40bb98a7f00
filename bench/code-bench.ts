// Benchmark of `dyad code`: articles/s, MB/s per core and peak memory over a fixed slice of
// ../shared/datasets/news/news.jsonl (first N records; N from argv, default 2000).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Coder } from '../src/coder.js';
import { parseJsonLine } from '../src/ingest/jsonl-record.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/datasets/news/news.jsonl');
const count = Number(process.argv[2] ?? 2000);

if (!existsSync(CORPUS)) {
  console.error(`bench: ${CORPUS} is absent; nothing to measure`);
  process.exit(1);
}
const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, count);
const t0 = performance.now();
const coder = new Coder();
const loadMs = performance.now() - t0;
const cpu0 = process.cpuUsage();
const start = performance.now();
let bytes = 0;
let events = 0;
let actors = 0;
lines.forEach((line, i) => {
  const raw = parseJsonLine(line, `bench:#${i + 1}`, `news.jsonl:${i + 1}`);
  bytes += Buffer.byteLength(raw.content);
  const doc = coder.code(raw);
  events += doc.events.length;
  actors += doc.actors.length;
});
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = bytes / 1e6;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`dyad code benchmark: ${lines.length} articles, ${mb.toFixed(1)} MB of text (news.jsonl, first ${count} records)`);
console.log(`  dictionaries loaded in   ${loadMs.toFixed(0)} ms`);
console.log(`  wall time                ${seconds.toFixed(1)} s (cpu ${cpuSeconds.toFixed(1)} s, one core)`);
console.log(`  articles/s               ${(lines.length / seconds).toFixed(1)}`);
console.log(`  MB/s per core            ${(mb / cpuSeconds).toFixed(3)}`);
console.log(`  peak memory (RSS)        ${peakMb.toFixed(0)} MB`);
console.log(`  output                   ${actors} actor mentions, ${events} events`);
