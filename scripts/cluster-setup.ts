// What the cluster learner reads and its settings, shared by train-nlp.ts and train-clusters.ts
// so that both learn the same clusters.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gumShippable, readTreebank } from '../src/nlp/conllu/treebank.js';
import type { ClusterOptions } from './cluster-corpus.js';

/** Command-line options of the cluster learner, with the shipped settings as defaults. */
export const clusterOptionDefaults = {
  'cluster-fine': { type: 'string', default: '256' },
  'cluster-coarse': { type: 'string', default: '32' },
  'cluster-min-count': { type: 'string', default: '3' },
  'cluster-passes': { type: 'string', default: '12' },
} as const;

type ClusterArgs = { [K in keyof typeof clusterOptionDefaults]?: string };

/**
 * The learner's input: the news corpus under `datasets`, minus the golden event cases of
 * test/fixtures/events, plus the words of the same UD training files the models learn from.
 */
export function clusterTrainingInput(root: string, datasets: string, a: ClusterArgs, log: (line: string) => void): ClusterOptions {
  const cases = join(root, 'test/fixtures/events');
  const ud = join(datasets, 'ud');
  const udTrain = [...readTreebank(join(ud, 'ewt/train.conllu')), ...readTreebank(join(ud, 'gum/train.conllu'), gumShippable)].map((s) => s.words);
  return {
    datasets,
    heldOutCases: readdirSync(cases, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(cases, d.name)).sort(),
    udTrain,
    fine: Number(a['cluster-fine']),
    coarse: Number(a['cluster-coarse']),
    minCount: Number(a['cluster-min-count']),
    passes: Number(a['cluster-passes']),
    log,
  };
}
