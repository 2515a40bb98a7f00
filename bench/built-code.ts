// Which code a benchmark runs: the build in dist/ (what `dyad` runs) when it is current, else the
// TypeScript sources through tsx. The difference matters for worker threads: from source, each one
// loads tsx and transpiles the whole pipeline before coding (seconds of start-up the product
// never pays).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The folder to import the library from, 'dist' or 'src': dist when its coder is at least as new
 * as every source file (`npm run build` writes all of dist).
 * @example const lib = codeRoot(ROOT); const { Coder } = await import(join(ROOT, lib, 'coder.js'));
 */
export function codeRoot(root: string): 'dist' | 'src' {
  const built = join(root, 'dist/coder.js');
  if (!existsSync(built)) return 'src';
  return statSync(built).mtimeMs >= newestSource(join(root, 'src')) ? 'dist' : 'src';
}
