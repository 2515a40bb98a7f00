import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../src/storage/open-store.js';
import { runStoreContract } from '../../src/storage/store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-sqlite-'));
let n = 0;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A real SQLite file per store, in a temporary folder.
runStoreContract('sqlite', (options) => openStore(`sqlite:${join(dir, `store-${++n}.db`)}`, options));
