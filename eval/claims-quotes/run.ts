// `npx tsx eval/claims-quotes/run.ts [--verbose]`: prints the claims and quotes scores on the gold of
// eval/claims-quotes/ (development articles, held-out articles, and all together).
import { scoreClaimsQuotes, type PRF, type Scores } from './score.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, s: PRF) =>
  `    ${name.padEnd(12)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}   (${s.tp} right of ${s.predicted} predicted, ${s.gold} gold)`;

function print(title: string, s: Scores): void {
  console.log(`  ${title} (${s.articles} articles)`);
  console.log(line('claims', s.claims));
  console.log(line('attribution', s.attribution));
  console.log(`    on matched claims: source agrees ${s.attributionAgreement.agree}/${s.attributionAgreement.of}, qualifier agrees ${s.qualifierAgreement.agree}/${s.qualifierAgreement.of}`);
  console.log(line('quotes', s.quotes));
  console.log(line('speakers', s.speakers));
}

const r = scoreClaimsQuotes();
if (r.skipped) {
  console.log(`claims and quotes: skipped (${r.skipped})`);
} else {
  console.log('claims and quotes (eval/claims-quotes/gold.jsonl)');
  print('development articles', r.bySplit.dev);
  print('held-out articles', r.bySplit.holdout);
  print('all', r);
  if (process.argv.includes('--verbose')) for (const m of r.misses) console.log(`    ${m.what.padEnd(13)} ${m.id.slice(0, 28).padEnd(28)} ${m.detail}`);
}
