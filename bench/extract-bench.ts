// Benchmark of HTML article extraction (`npm run bench:extract`): pages/s and MB/s of HTML on one
// core, over the AEB dev pages (../shared/datasets/article-extraction/dev), after one warm-up pass.
// Usage: tsx bench/extract-bench.ts [passes=3] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadFurnitureRules } from '../src/extract/furniture-rules.js';
import { extractHtml } from '../src/extract/html-extractor.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PAGES = join(ROOT, '../shared/datasets/article-extraction/dev/html');
const passes = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const json = process.argv.includes('--json');

if (!existsSync(PAGES)) {
  console.error(`bench:extract: ${PAGES} is absent; nothing to measure`);
  process.exit(1);
}
const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html.gz')).sort()
  .map((f) => gunzipSync(readFileSync(join(PAGES, f))).toString('utf8'));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
const rules = loadFurnitureRules(join(ROOT, 'data'));
const run = (checks: boolean) => {
  for (const [i, content] of pages.entries()) {
    try {
      extractHtml({ uri: `bench:${i}`, format: 'html', content }, rules, undefined, { checks });
    } catch {
      // Non-English pages are refused with checks on; the time spent still counts.
    }
  }
};
run(true); // warm-up: libraries load, code is compiled
const cpu0 = process.cpuUsage();
const start = performance.now();
for (let p = 0; p < passes; p++) run(true);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const result = {
  pages: pages.length * passes,
  mb: (bytes * passes) / 1e6,
  seconds,
  pagesPerSecond: (pages.length * passes) / seconds,
  pagesPerCpuSecond: (pages.length * passes) / cpuSeconds,
  mbPerCpuSecond: (bytes * passes) / 1e6 / cpuSeconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
};
if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`dyad HTML extraction benchmark: ${pages.length} AEB dev pages × ${passes} passes, ${(bytes / 1e6).toFixed(1)} MB of HTML per pass`);
  console.log(`  wall time        ${seconds.toFixed(1)} s (cpu ${cpuSeconds.toFixed(1)} s, one core)`);
  console.log(`  pages/s          ${result.pagesPerSecond.toFixed(1)} (${result.pagesPerCpuSecond.toFixed(1)} per cpu second)`);
  console.log(`  MB/s per core    ${result.mbPerCpuSecond.toFixed(2)}`);
  console.log(`  peak memory      ${result.peakRssMb.toFixed(0)} MB (RSS)`);
}
