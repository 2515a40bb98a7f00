import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_GOLD, SEED_TEXT, scoreSeed } from '../../eval/relations/score.js';
import { Coder } from '../coder.js';

// The seed page's publisher forbids redistribution: it is read from ../shared, never copied.
const present = existsSync(SEED_TEXT) && existsSync(SEED_GOLD);

describe.skipIf(!present)(`seed article: standing relations (skipped when ${SEED_TEXT} is absent)`, () => {
  const results = present ? scoreSeed(new Coder())! : [];

  it('finds the gold\'s six relations with the right kind and direction', () => {
    expect(results).toHaveLength(6);
    for (const r of results) expect(r.found, `${r.gold.a}-${r.gold.b} ${r.gold.kind}`).not.toBeNull();
    const said = results.map((r) => `${r.gold.a}-${r.gold.b} ${r.found!.kind}/${r.found!.label} ${r.found!.a.code}>${r.found!.b?.code}`);
    expect(said).toEqual([
      'RUS-ARM backs/backed RUS>ARMGOV', 'TUR-AZE backs/backed TUR>AZEGOV',
      'USA-ARM ties/strategic ties USA>ARM', 'USA-AZE ties/strategic ties USA>AZE',
      'ARM-TUR rivals/mistrust ARM>TUR', 'ARM-AZE dispute/differences ARM>AZE',
    ]);
  });

  it('finds the conflict over Nagorno-Karabakh with its object, and each relation with its evidence sentence', () => {
    const conflict = results.find((r) => r.gold.kind === 'conflict')!;
    expect(conflict.objectFound).toBe(true);
    expect(conflict.found!.object?.text).toBe('Nagorno-Karabakh');
    for (const r of results) expect(r.found!.evidence.text).toContain(r.found!.cue.text);
  });
});
