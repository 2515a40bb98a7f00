import { readFileSync } from 'node:fs';

/** Dyad's version, from package.json, recorded on every coded document. */
export const DYAD_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
