// The long reliability runs (`npm run soak`): the suites of test/reliability with DYAD_SOAK=1, which
// fuzzes 400 batches and 5,000 texts, kills `dyad ingest` and `dyad worker` 50 times each, and
// streams a WARC with a 1 GB page. Their figures are printed as they run; it exits as vitest does.
// Usage: npm run soak [-- test/reliability/sigkill.test.ts …] to run some of them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const files = process.argv.slice(2);
const started = Date.now();
const r = spawnSync(process.execPath, [`${ROOT}node_modules/vitest/vitest.mjs`, 'run', ...(files.length ? files : ['test/reliability']), '--no-file-parallelism'], {
  cwd: ROOT, stdio: 'inherit', env: { ...process.env, DYAD_SOAK: '1' },
});
console.log(`soak: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
process.exit(r.status ?? 1);
