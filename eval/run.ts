// `npm run eval`: accuracy of each extraction stage against gold data, as numbers.
// Gold data is read from ../shared (the seed) and from test/fixtures (our own cases).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Coder } from '../src/coder.js';
import { parseJsonLine } from '../src/ingest/jsonl-record.js';
import { matchesDyadRoot, matchesStrict, scoreAgainstGold, type SeedGold } from './gold-events.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEED = join(ROOT, '../shared/fixtures/seed');
const EXTRACT_FIXTURES = join(ROOT, 'test/fixtures/extract');
const EVENT_FIXTURES = join(ROOT, 'test/fixtures/events');
const coder = new Coder();
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function evalSeed(): void {
  const textPath = join(SEED, 'blinken-armenia-azerbaijan.txt');
  const goldPath = join(SEED, 'blinken-armenia-azerbaijan.gold.json');
  if (!existsSync(textPath)) {
    console.log(`seed: skipped (${SEED} is absent)`);
    return;
  }
  const gold: SeedGold & { document: { not_body: string[] } } = JSON.parse(readFileSync(goldPath, 'utf8'));
  const doc = coder.code({ uri: `file:${textPath}`, content: readFileSync(textPath, 'utf8'), format: 'text' }, { date: gold.document.published });
  const notBodyOut = gold.document.not_body.filter((l) => !doc.text.includes(l)).length;
  console.log('seed article (../shared/fixtures/seed)');
  console.log(`  extraction  title ${doc.title === gold.document.title ? 'right' : 'WRONG'}, body start ${doc.text.startsWith(gold.document.body_first_words) ? 'right' : 'WRONG'}, body end ${doc.text.trimEnd().endsWith(gold.document.body_last_words) ? 'right' : 'WRONG'}, furniture kept out of body ${notBodyOut}/${gold.document.not_body.length}`);
  const s = scoreAgainstGold(doc.events, gold.events);
  console.log(`  events      required found ${s.requiredFound}/${s.requiredTotal} (code, dyad and date); predicted ${s.predicted} asserted, ${s.matchedAny} match a required or optional event at dyad+root: precision ${pct(s.matchedAny, s.predicted)}`);
  for (const g of s.missing) console.log(`    missing  ${g.source} ${g.code} ${g.target} ${g.date ?? ''}`);
  for (const e of s.unmatched) console.log(`    extra    ${e.source.code} ${e.code} ${e.target?.code} «${e.trigger.text}» in: ${e.evidence.text.slice(0, 90)}…`);
}

interface ExtractExpected { title: string | null; published?: string | null; bodyStart: string; bodyEnd: string; furniture: Array<{ kind: string; text: string }> }

function evalExtractFixtures(): void {
  if (!existsSync(EXTRACT_FIXTURES)) return;
  let cases = 0, titles = 0, bounds = 0, furnitureTotal = 0, furnitureFound = 0, kindsRight = 0;
  for (const slug of readdirSync(EXTRACT_FIXTURES).sort()) {
    const dir = join(EXTRACT_FIXTURES, slug);
    if (!existsSync(join(dir, 'expected.json'))) continue;
    const expected: ExtractExpected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const doc = coder.code({ uri: `file:${slug}`, content: readFileSync(join(dir, 'input.txt'), 'utf8'), format: 'text' });
    cases++;
    if (doc.title === expected.title) titles++;
    if (doc.text.startsWith(expected.bodyStart) && doc.text.trimEnd().endsWith(expected.bodyEnd)) bounds++;
    for (const f of expected.furniture) {
      furnitureTotal++;
      const got = doc.furniture.find((g) => g.text.trim() === f.text.trim());
      if (got) furnitureFound++;
      if (got?.kind === f.kind) kindsRight++;
    }
  }
  console.log(`extraction golden cases (test/fixtures/extract): ${cases} pages`);
  console.log(`  title ${titles}/${cases}, body bounds ${bounds}/${cases}, furniture lines found ${furnitureFound}/${furnitureTotal} (${pct(furnitureFound, furnitureTotal)}), with the right kind ${kindsRight}/${furnitureTotal}`);
}

function evalEventFixtures(): void {
  if (!existsSync(EVENT_FIXTURES)) return;
  let required = 0, foundLoose = 0, foundStrict = 0, predicted = 0, matched = 0;
  console.log('event golden cases (test/fixtures/events, Wikinews)');
  for (const slug of readdirSync(EVENT_FIXTURES).sort()) {
    const dir = join(EVENT_FIXTURES, slug);
    if (!existsSync(join(dir, 'expected.json'))) continue;
    const gold: SeedGold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const doc = coder.code(parseJsonLine(readFileSync(join(dir, 'input.jsonl'), 'utf8').trim(), `file:${slug}`, slug));
    const asserted = doc.events.filter((e) => !e.negated);
    const loose = gold.events.required.filter((g) => asserted.some((e) => matchesDyadRoot(e, g))).length;
    const strict = gold.events.required.filter((g) => asserted.some((e) => matchesStrict(e, g))).length;
    const s = scoreAgainstGold(doc.events, gold.events);
    required += gold.events.required.length; foundLoose += loose; foundStrict += strict;
    predicted += s.predicted; matched += s.matchedAny;
    console.log(`  ${slug.padEnd(40)} required ${loose}/${gold.events.required.length} (dyad+root), ${strict} exact; precision ${s.matchedAny}/${s.predicted}`);
  }
  const recall = foundLoose / Math.max(1, required);
  const precision = matched / Math.max(1, predicted);
  console.log(`  overall: required recall ${pct(foundLoose, required)} at dyad+root (${pct(foundStrict, required)} exact code, dyad and date); precision ${pct(matched, predicted)}; F1 ${(2 * precision * recall / Math.max(1e-9, precision + recall)).toFixed(3)}`);
}

evalSeed();
evalExtractFixtures();
evalEventFixtures();
