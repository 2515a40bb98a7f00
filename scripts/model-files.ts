// Writing a model folder: the content-hashed model file (replacing any previous one, so only one
// en-syntax.*.bin is ever shipped) and the manifest that names it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../src/nlp/parser/model-io.js';
import type { SyntaxModels } from '../src/nlp/parser/syntax-model.js';

/** Writes `models` into `dir`; returns the file's path and size. */
export function writeModelFolder(dir: string, models: SyntaxModels): { path: string; bytes: number } {
  const bytes = models.encode();
  const hash = contentHash(bytes);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/^en-syntax\.[0-9a-f]+\.bin$/.test(f)) rmSync(join(dir, f));
  const file = `en-syntax.${hash}.bin`;
  writeFileSync(join(dir, file), bytes);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ syntax: file, sha256: hash, bytes: bytes.length, ...models.info }, null, 2)}\n`);
  return { path: join(dir, file), bytes: bytes.length };
}
