// Tagger-only experiment: trains the tagger alone (minutes, not the half hour of a full run) and
// scores UPOS/XPOS on EWT test and GUM news test, unpruned and pruned as the shipped model is,
// so that feature-template changes can be compared before a full training. Also reports EWT dev
// UPOS (to choose on) and tagging speed (sentences/s over EWT test, without lemmas, as the coder
// tags). With --out DIR, writes the tagger pruned at the first --prune beside the parser of the
// model in --parser-from DIR (default data/models), as `train-nlp.ts --parser-from` would.
//   npx tsx eval/nlp/tagger-exp.ts [--epochs N] [--prune INT16[,INT16...]] [--limit N]
//     [--feature-set 1|2|3 [--first-pass-noise SHARE]] [--out DIR [--parser-from DIR]]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gumShippable, readTreebank } from '../../src/nlp/conllu/treebank.js';
import { normWord } from '../../src/nlp/tagger/word-features.js';
import { scoreTagger, taggerWeights, trainTagger, Tagger } from '../../src/nlp/tagger/tagger.js';
import { loadSyntaxModels } from '../../src/nlp/parser/index.js';
import { SyntaxModels } from '../../src/nlp/parser/syntax-model.js';
import { writeModelFolder } from '../../scripts/model-files.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values: opt } = parseArgs({
  options: {
    ud: { type: 'string', default: join(ROOT, '../shared/datasets/ud') },
    epochs: { type: 'string', default: '6' },
    prune: { type: 'string', default: '800' },
    limit: { type: 'string' },
    'feature-set': { type: 'string' },
    'first-pass-noise': { type: 'string', default: '0' },
    out: { type: 'string' },
    'parser-from': { type: 'string', default: join(ROOT, 'data/models') },
  },
});
const t0 = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${line}`);
const ud = opt.ud!;
let train = [...readTreebank(join(ud, 'ewt/train.conllu')), ...readTreebank(join(ud, 'gum/train.conllu'), gumShippable)];
if (opt.limit) train = train.slice(0, Number(opt.limit));
const dev = [...readTreebank(join(ud, 'ewt/dev.conllu')), ...readTreebank(join(ud, 'gum/dev.conllu'))];
const ewtTest = readTreebank(join(ud, 'ewt/test.conllu'));
const gumNews = readTreebank(join(ud, 'gum/test.conllu'), (d) => d.startsWith('GUM_news_'));
const featureSet = opt['feature-set'] ? Number(opt['feature-set']) : undefined;
const tagger = trainTagger(train, { epochs: Number(opt.epochs), seed: 20250611, dev, log, featureSet, firstPassNoise: Number(opt['first-pass-noise']) });
const pct = (x: number): string => (100 * x).toFixed(2);
const ewtDev = dev.filter((x) => !x.id.startsWith('GUM'));
/** Sentences per second tagging EWT test without lemmas (best of three rounds). */
const speed = (t: Tagger): number => {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (const s of ewtTest) t.tag(s.words, undefined, false);
    best = Math.max(best, ewtTest.length / ((performance.now() - start) / 1000));
  }
  return best;
};
const report = (name: string, t: Tagger): void => {
  const d = scoreTagger(t, ewtDev);
  const e = scoreTagger(t, ewtTest);
  const g = scoreTagger(t, gumNews);
  log(`${name}: EWT dev UPOS ${pct(d.upos)} | EWT test UPOS ${pct(e.upos)} XPOS ${pct(e.xpos)} | GUM news UPOS ${pct(g.upos)} XPOS ${pct(g.xpos)} | ${speed(t).toFixed(0)} sent/s`);
  // Unseen words and the most frequent UPOS confusions on EWT dev, to see where errors are.
  const confusions = new Map<string, number>();
  let unseen = 0;
  let unseenRight = 0;
  for (const s of ewtDev) {
    const p = t.tag(s.words);
    s.words.forEach((w, i) => {
      const known = normWord(w) in t.meta.ambiguity;
      if (!known) { unseen++; if (p.upos[i] === s.upos[i]) unseenRight++; }
      if (p.upos[i] !== s.upos[i]) confusions.set(`${s.upos[i]}>${p.upos[i]}`, (confusions.get(`${s.upos[i]}>${p.upos[i]}`) ?? 0) + 1);
    });
  }
  log(`  EWT dev unseen words ${unseen}, UPOS ${pct(unseenRight / unseen)}; top confusions gold>pred: ${[...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, c]) => `${k} ${c}`).join(', ')}`);
};
report(`best epoch ${tagger.epoch}, unpruned`, tagger);
const w = taggerWeights(tagger);
const prunes = opt.prune!.split(',').map(Number);
for (const prune of prunes) {
  const pruned = new Tagger(tagger.meta, w.xpos.pruned(prune), w.upos.pruned(prune), tagger.clusters);
  report(`pruned ${prune} (${((taggerWeights(pruned).xpos.byteLength + taggerWeights(pruned).upos.byteLength) / 1e6).toFixed(1)} MB)`, pruned);
}
if (opt.out) {
  const from = loadSyntaxModels(opt['parser-from']!);
  const info = { ...from.info, taggerEpochs: tagger.epoch, taggerFeatureSet: tagger.meta.featureSet ?? 1, taggerFrom: 'eval/nlp/tagger-exp.ts' };
  const models = new SyntaxModels(tagger, from.parser, info).pruned(Number(from.info.prunedBelow ?? 0), prunes[0]);
  const written = writeModelFolder(opt.out, models);
  log(`wrote ${written.path} (${(written.bytes / 1e6).toFixed(1)} MB)`);
}
