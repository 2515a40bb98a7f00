// `npx tsx eval/relations/run.ts [--verbose] [--split dev|holdout]`: the seed article's six relations, then
// precision and recall by kind on the gold of eval/relations/ (development articles, held-out articles, all).
import { Coder } from '../../src/coder.js';
import { scoreRelations, scoreSeed, type PRF, type Scores } from './score.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, s: PRF) =>
  `    ${name.padEnd(10)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}   (${s.tp} right of ${s.predicted} predicted, ${s.gold} gold)`;

function print(title: string, s: Scores): void {
  console.log(`  ${title} (${s.articles} articles)`);
  console.log(line('all', s.all));
  for (const [kind, k] of Object.entries(s.byKind)) console.log(line(kind, k));
  console.log(`    on matched relations: voice (asserted/reported) agrees ${s.voice.agree}/${s.voice.of}, object agrees ${s.object.agree}/${s.object.of}`);
}

const coder = new Coder();
const seed = scoreSeed(coder);
if (!seed) console.log('relations, seed article: skipped (../shared/fixtures/seed is absent)');
else {
  console.log(`relations, seed article: ${seed.filter((s) => s.found).length}/${seed.length} gold relations found with the right kind and direction`);
  for (const s of seed) {
    const g = s.gold;
    const what = s.found ? `${s.found.kind}/${s.found.label} «${s.found.cue.text}»${s.objectFound === null ? '' : s.objectFound ? `, over ${s.found.object?.text}` : ', object MISSING'}` : 'MISSING';
    console.log(`    ${g.a}-${g.b} ${g.kind.padEnd(15)} ${what}`);
  }
}

const r = scoreRelations(coder);
if (r.skipped) {
  console.log(`relations: skipped (${r.skipped})`);
} else {
  console.log('relations (eval/relations/gold.jsonl)');
  print('development articles', r.bySplit.dev);
  print('held-out articles', r.bySplit.holdout);
  print('all', r);
  const at = process.argv.indexOf('--split');
  const split = at > 0 ? process.argv[at + 1] : null;
  if (process.argv.includes('--verbose')) {
    for (const m of r.misses) if (!split || m.split === split) console.log(`    ${m.what.padEnd(7)} ${m.id.slice(0, 28).padEnd(28)} ${m.detail}`);
  }
}
