// Learns the word clusters alone and writes them as JSON, so that training experiments can reuse
// them (`train-nlp.ts --clusters FILE`); `npm run train:nlp` learns them itself with the same code.
//   npx tsx scripts/train-clusters.ts --out FILE [--fine N] [--coarse N] [--min-count N] [--passes N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clusterOptionDefaults, clusterTrainingInput } from './cluster-setup.js';
import { learnClusters } from './cluster-corpus.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values: opt } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/dyad-clusters.json' },
    datasets: { type: 'string', default: join(ROOT, '../shared/datasets') },
    ...clusterOptionDefaults,
  },
});
const t0 = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${line}`);
const data = learnClusters(clusterTrainingInput(ROOT, opt.datasets!, opt, log));
writeFileSync(opt.out!, JSON.stringify(data));
log(`wrote ${opt.out} (${data.classes.reduce((n, c) => n + (c ? c.split(' ').length : 0), 0)} words)`);
