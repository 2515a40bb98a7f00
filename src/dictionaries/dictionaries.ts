import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadActorDictionary, type ActorDictionary } from './actor-dictionary.js';
import { loadCodebook, type Codebook } from './codebook.js';
import { loadTopics, type Topics } from './topics.js';
import { loadPatternSet, type PatternSet } from './verb-patterns.js';

/** The data/ folder shipped with Dyad. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Every dictionary, compiled, with the content hash that events record. */
export interface Dictionaries {
  dataDir: string;
  version: string;
  codebook: Codebook;
  actors: ActorDictionary;
  patterns: PatternSet;
  topics: Topics;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : /\.(tsv|txt|json)$/.test(name) ? [path] : [];
  });
}

/** sha256 over the relative path and content of every dictionary file: changes with any edit. */
export function hashDataDir(dataDir: string): string {
  const h = createHash('sha256');
  for (const f of listFiles(dataDir)) h.update(relative(dataDir, f)).update('\0').update(readFileSync(f)).update('\0');
  return `sha256:${h.digest('hex').slice(0, 16)}`;
}

/**
 * Loads, validates and compiles every dictionary under `dataDir`.
 * @example const dicts = loadDictionaries(); dicts.codebook.get('041')
 */
export function loadDictionaries(dataDir = DEFAULT_DATA_DIR): Dictionaries {
  const codebook = loadCodebook(dataDir);
  return Object.freeze({
    dataDir,
    version: hashDataDir(dataDir),
    codebook,
    actors: loadActorDictionary(dataDir),
    patterns: loadPatternSet(dataDir, codebook),
    topics: loadTopics(dataDir),
  });
}
