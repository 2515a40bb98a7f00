// Benchmark of tagging + parsing with the shipped models: load time, sentences/s and words/s
// on one core, and memory. Input: gold words of UD EWT + GUM test (N passes; N from argv, default 2).
//   npx tsx bench/nlp-bench.ts [N] [MODEL_DIR]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTreebank } from '../src/nlp/conllu/treebank.js';
import { loadSyntaxModels } from '../src/nlp/parser/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const UD = join(ROOT, '../shared/datasets/ud');
const passes = Number(process.argv[2] ?? 2);
const sents = [...readTreebank(join(UD, 'ewt/test.conllu')), ...readTreebank(join(UD, 'gum/test.conllu'))].map((s) => s.words);
const words = sents.reduce((n, s) => n + s.length, 0);
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const models = process.argv[3] ? loadSyntaxModels(process.argv[3]) : loadSyntaxModels();
const loadMs = performance.now() - t0;
const rssModels = process.memoryUsage().rss - rss0;
// Warm-up pass so the JIT has compiled the hot loops.
for (const s of sents.slice(0, 500)) models.annotate(s);
const cpu0 = process.cpuUsage();
const start = performance.now();
for (let p = 0; p < passes; p++) for (const s of sents) models.annotate(s);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const n = sents.length * passes;
console.log(`dyad tagger + parser benchmark: ${sents.length} sentences, ${words} words (EWT + GUM test) × ${passes}`);
console.log(`  models loaded in         ${loadMs.toFixed(0)} ms (+${(rssModels / 1e6).toFixed(0)} MB RSS)`);
console.log(`  wall time                ${seconds.toFixed(2)} s (cpu ${cpuSeconds.toFixed(2)} s, one core)`);
console.log(`  sentences/s per core     ${(n / cpuSeconds).toFixed(0)}`);
console.log(`  words/s per core         ${((words * passes) / cpuSeconds).toFixed(0)}`);
console.log(`  peak RSS                 ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
