// `npm run eval:extract`: article-body extraction scored with the Article Extraction Benchmark
// metric (../shared/tools/aeb-eval.mjs) on ../shared/datasets/article-extraction/dev/.
// Usage: tsx eval/extract/run.ts [--out DIR] [--per-item FILE] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DyadError } from '../../src/core/errors.js';
import { loadFurnitureRules } from '../../src/extract/furniture-rules.js';
import { extractHtml } from '../../src/extract/html-extractor.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEV = join(ROOT, '../shared/datasets/article-extraction/dev');
const SCORER = join(ROOT, '../shared/tools/aeb-eval.mjs');
const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };

if (!existsSync(join(DEV, 'html')) || !existsSync(SCORER)) {
  console.log(`eval:extract: skipped (${existsSync(SCORER) ? DEV : SCORER} is absent)`);
  process.exit(0);
}
const outDir = option('--out') ?? mkdtempSync(join(tmpdir(), 'dyad-aeb-'));
mkdirSync(outDir, { recursive: true });
const rules = loadFurnitureRules(join(ROOT, 'data'));
const files = readdirSync(join(DEV, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
const failures: string[] = [];
let ms = 0;
for (const file of files) {
  const id = file.replace(/\.html\.gz$/, '');
  const html = gunzipSync(readFileSync(join(DEV, 'html', file))).toString('utf8');
  const url = JSON.parse(readFileSync(join(DEV, 'ground-truth', `${id}.json`), 'utf8')).url as string;
  let body = '';
  const t0 = performance.now();
  try {
    // Every page is scored, whatever its language: the benchmark measures extraction only.
    body = extractHtml({ uri: url, url, format: 'html', content: html }, rules, undefined, { checks: false }).text;
  } catch (e) {
    failures.push(`${id}: ${e instanceof DyadError ? e.message : String(e)}`);
  }
  ms += performance.now() - t0;
  writeFileSync(join(outDir, `${id}.json`), JSON.stringify({ articleBody: body }));
}
const scorerArgs = [SCORER, outDir, join(DEV, 'ground-truth'), ...(args.includes('--json') ? ['--json'] : [])];
const perItem = option('--per-item');
if (perItem) scorerArgs.push('--per-item', perItem);
const scored = spawnSync(process.execPath, scorerArgs, { encoding: 'utf8' });
if (!args.includes('--json')) {
  console.log(`Dyad HTML extraction on AEB dev (${files.length} pages), scored by ../shared/tools/aeb-eval.mjs`);
  console.log(`  extraction time ${(ms / 1000).toFixed(1)} s (${(files.length / (ms / 1000)).toFixed(1)} pages/s, one core)`);
  for (const f of failures) console.log(`  no text: ${f}`);
}
process.stdout.write(scored.stdout);
process.stderr.write(scored.stderr);
if (!option('--out')) rmSync(outDir, { recursive: true, force: true });
process.exit(scored.status ?? 1);
