// Prunes a trained model folder at another threshold without retraining (pruning only drops
// weights, so this gives the same file as training with that --prune): for measuring the
// accuracy/speed trade-off. Start from an unpruned model (train-nlp.ts --prune 0).
//   npx tsx scripts/prune-model.ts --in DIR --out DIR --prune INT16
import { parseArgs } from 'node:util';
import { loadSyntaxModels } from '../src/nlp/parser/index.js';
import { writeModelFolder } from './model-files.js';

const { values: opt } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' }, prune: { type: 'string', default: '800' } } });
if (!opt.in || !opt.out) throw new Error('usage: prune-model.ts --in DIR --out DIR --prune INT16');
const models = loadSyntaxModels(opt.in);
const already = Number(models.info.prunedBelow ?? 0);
if (already > Number(opt.prune)) throw new Error(`${opt.in}: already pruned below ${already}; prune a model pruned at ${opt.prune} or less`);
const written = writeModelFolder(opt.out, models.pruned(Number(opt.prune)));
console.log(`wrote ${written.path} (${(written.bytes / 1e6).toFixed(1)} MB)`);
