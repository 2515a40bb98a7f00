// Prunes a trained model folder at another threshold without retraining (pruning only drops
// weights, so this gives the same file as training with that --prune): for measuring the
// accuracy/speed trade-off. Start from an unpruned model (train-nlp.ts --prune 0).
//   npx tsx scripts/prune-model.ts --in DIR --out DIR --prune INT16 [--prune-tagger INT16]
import { parseArgs } from 'node:util';
import { loadSyntaxModels } from '../src/nlp/parser/index.js';
import { writeModelFolder } from './model-files.js';

const { values: opt } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' }, prune: { type: 'string', default: '800' }, 'prune-tagger': { type: 'string' } } });
if (!opt.in || !opt.out) throw new Error('usage: prune-model.ts --in DIR --out DIR --prune INT16');
const models = loadSyntaxModels(opt.in);
const prune = Number(opt.prune);
const pruneTagger = Number(opt['prune-tagger'] ?? prune);
const already = Number(models.info.prunedBelow ?? 0);
const taggerAlready = Number(models.info.taggerPrunedBelow ?? already);
if (already > prune || taggerAlready > pruneTagger) throw new Error(`${opt.in}: already pruned below ${already} (tagger ${taggerAlready}); prune a model pruned at ${prune} (tagger ${pruneTagger}) or less`);
const written = writeModelFolder(opt.out, models.pruned(prune, pruneTagger));
console.log(`wrote ${written.path} (${(written.bytes / 1e6).toFixed(1)} MB)`);
