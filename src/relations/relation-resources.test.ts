import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { world } from '../../test/world.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import { compileCue } from './cue-pattern.js';
import { loadRelationResources } from './relation-resources.js';

describe('data/relations lexicons (lint of the production files)', () => {
  const res = loadRelationResources(DEFAULT_DATA_DIR, world);

  it('defines every kind of the issue, each with cues, and the offices of leaders', () => {
    expect([...res.kinds.keys()]).toEqual(['allied', 'backs', 'member', 'ties', 'rivals', 'dispute', 'sovereign', 'controls', 'office']);
    for (const kind of res.kinds.values()) {
      if (kind.kind !== 'office') expect(res.cues.some((c) => c.kind === kind), kind.kind).toBe(true);
    }
    expect(res.kinds.get('backs')).toMatchObject({ direction: 'directed', polarity: 'positive', object: 'none' });
    expect(res.kinds.get('dispute')).toMatchObject({ direction: 'mutual', polarity: 'negative', object: ['over', 'about'] });
    expect([...res.offices]).toEqual(expect.arrayContaining(['president', 'prime minister', 'secretary of state', 'foreign minister']));
    expect(res.offices.has('spokesman')).toBe(false);
  });

  it('labels every cue, and overrides polarity where the cue says so', () => {
    for (const cue of res.cues) expect(cue.label, cue.where).toMatch(/^[a-z][a-z -]*$/);
    expect(res.cues.find((c) => c.label === 'severed')?.polarity).toBe('negative');
    expect(res.cues.find((c) => c.label === 'left')?.basis).toBe('past');
  });
});

describe('cue patterns', () => {
  it('compiles words, optional words, exact forms, slots with kinds and the object', () => {
    expect(compileCue('{A} - backed {B}', 'x:1')).toEqual([
      { kind: 'slot', role: 'A', kinds: null }, { kind: 'word', alts: ['-'], optional: false },
      { kind: 'word', alts: ['backed'], optional: false }, { kind: 'slot', role: 'B', kinds: null },
    ]);
    expect(compileCue('be [a] {B:igo|ngo} member', 'x:1')[2]).toEqual({ kind: 'slot', role: 'B', kinds: ['igo', 'ngo'] });
    expect(compileCue('{A} =controls|control {O}', 'x:1')[1]).toEqual({ kind: 'word', alts: ['control'], optional: false, exact: ['controls'] });
    expect(compileCue("{A} 's arch-rival {B}", 'x:1').slice(1).map((e) => (e.kind === 'word' ? e.alts[0] : e.kind))).toEqual(["'s", 'arch', '-', 'rival', 'slot']);
  });

  it.each([
    ['{A} {B}', /has no required word/],
    ['[ally] of {B}', /the first word may not be optional/],
    ['{A} {B} ally', /at most one slot may stand before the first word/],
    ['ally of {B} and {B}', /more than one \{B\}/],
    ['tension between {AB} and {A}', /mixes \{AB\} with \{A\} or \{B\}/],
    ['ally of {C}', /slots are \{A\}, \{B\}, \{AB\} and \{O\}/],
    ['ally of {B:country}', /actor kind "country" .* is unknown/],
    ['Ally of {B}', /has capitals/],
  ])('rejects "%s" with a coded error naming file and line', (pattern, message) => {
    expect(() => compileCue(pattern, 'cues.tsv:7')).toThrow(/^E010 cues\.tsv:7: /);
    expect(() => compileCue(pattern, 'cues.tsv:7')).toThrow(message);
  });
});

describe('data/relations validation', () => {
  let dir = '';
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  /** A copy of data/ whose relations/<name> has its text edited. */
  function withFile(name: string, edit: (text: string) => string): string {
    dir = mkdtempSync(join(tmpdir(), 'dyad-relations-'));
    cpSync(join(DEFAULT_DATA_DIR, 'relations'), join(dir, 'relations'), { recursive: true });
    cpSync(join(DEFAULT_DATA_DIR, 'claims'), join(dir, 'claims'), { recursive: true });
    const path = join(dir, 'relations', name);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  }

  it('names file and line of an unknown kind, direction or option', () => {
    expect(() => loadRelationResources(withFile('cues.tsv', (t) => t.replace('allied\tally\tally|allies of {B}', 'friends\tally\tally|allies of {B}')), world))
      .toThrow(/E010 .*cues\.tsv:\d+: kind "friends" is not in kinds\.tsv; expected one of allied, backs/);
    expect(() => loadRelationResources(withFile('kinds.tsv', (t) => t.replace('allied\tmutual', 'allied\tboth')), world))
      .toThrow(/kinds\.tsv:\d+: column "direction" is "both", expected one of directed, mutual/);
    expect(() => loadRelationResources(withFile('cues.tsv', (t) => t.replace('\tconf=0.6\tThe talks included', '\tconfidence=high\tThe talks included')), world))
      .toThrow(/cues\.tsv:\d+: option "confidence=high" is unknown/);
  });

  it('rejects a cue without example, {AB} on a directed kind, {B} on a place kind, and a wrong header', () => {
    expect(() => loadRelationResources(withFile('cues.tsv', (t) => t.replace('\tIran supports the Houthis.', '\t ')), world)).toThrow(/example is empty/);
    expect(() => loadRelationResources(withFile('cues.tsv', (t) => `${t}backs\tbacked\tbacking between {AB}\t\tx.\n`), world)).toThrow(/a directed kind \("backs"\) cannot use \{AB\}/);
    expect(() => loadRelationResources(withFile('cues.tsv', (t) => `${t}controls\tcontrols\tcontrol of {B}\t\tx.\n`), world)).toThrow(/use \{A\} and \{O\}, not \{B\}/);
    expect(() => loadRelationResources(withFile('modifiers.tsv', (t) => t.replace('kind\twords\tnote', 'kind words note')), world)).toThrow(/modifiers\.tsv:\d+: header is "kind words note"/);
    expect(() => loadRelationResources(withFile('offices.tsv', (t) => t.replace('president|vice president', 'President|vice president')), world)).toThrow(/"President" in column "titles" has capitals/);
  });
});
