/** Entry point of Dyad's own tagger and dependency parser: load the shipped models, annotate sentences. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SyntaxModels, type SyntaxAnnotation } from './syntax-model.js';

export { SyntaxModels, type SyntaxAnnotation } from './syntax-model.js';

/** Where the shipped models live (same depth from src/ and dist/). */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../../data/models/', import.meta.url));
/** The manifest naming the current model file in a model directory. */
export const MANIFEST = 'manifest.json';

/** The manifest's shape: the model file (content-hashed name) and what it was trained on. */
export interface ModelManifest {
  syntax: string;
  sha256: string;
  bytes: number;
  trainedOn: string[];
  [k: string]: unknown;
}

let loaded: SyntaxModels | null = null;

/**
 * Loads the tagger and parser named by `dir/manifest.json` and makes them the default for `annotate`.
 * @example const models = loadSyntaxModels(); models.annotate(['Iran', 'criticized', 'Israel', '.'])
 */
export function loadSyntaxModels(dir: string = DEFAULT_MODEL_DIR): SyntaxModels {
  const manifestPath = join(dir, MANIFEST);
  let manifest: ModelManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ModelManifest;
  } catch (e) {
    throw new Error(`${manifestPath}: cannot read the model manifest (${(e as Error).message}); run npm run train:nlp`);
  }
  const file = join(dir, manifest.syntax);
  loaded = SyntaxModels.decode(readFileSync(file), file);
  return loaded;
}

/** The shipped models, loaded once per process (each worker thread loads its own). */
export function defaultSyntaxModels(): SyntaxModels {
  loaded ??= loadSyntaxModels();
  return loaded;
}

/**
 * Tags, lemmatises and parses one sentence's words with the default models (loaded on first use).
 * @example annotate(['Russia', 'condemned', 'Ukraine', '.']).head // [1, -1, 1, 1]
 */
export function annotate(words: string[]): SyntaxAnnotation {
  return defaultSyntaxModels().annotate(words);
}
