import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DyadError } from '../core/errors.js';
import { loadFurnitureRules, matchCue } from './furniture-rules.js';

const HEADER = 'kind\tscope\tflags\tpattern\tnote';

/** Writes a cues file into a fresh data directory and returns the directory and the file path. */
function dataDirWith(cues: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cues-'));
  mkdirSync(join(dir, 'furniture'));
  const file = join(dir, 'furniture', 'cues.tsv');
  writeFileSync(file, cues);
  return { dir, file };
}

function loadError(cues: string): { error: DyadError; file: string } {
  const { dir, file } = dataDirWith(cues);
  try {
    loadFurnitureRules(dir);
  } catch (error) {
    if (error instanceof DyadError) return { error, file };
    throw error;
  }
  throw new Error('expected a DyadError');
}

describe('loadFurnitureRules validation', () => {
  it('rejects a wrong header, naming file:line', () => {
    const { error, file } = loadError('# comment\nkind\tscope\tpattern\tnote\n');
    expect(error.code).toBe('E010');
    expect(error.message).toContain(`${file}:2`);
    expect(error.message).toContain('expected "kind\\tscope\\tflags\\tpattern\\tnote"');
  });

  it('rejects an unknown kind and lists the known ones', () => {
    const { error, file } = loadError(`${HEADER}\ncredit\tline\tiu\t^Photo:\tok\nbanner\tline\tiu\t^x\tbad\n`);
    expect(error.code).toBe('E010');
    expect(error.message).toContain(`${file}:3`);
    expect(error.message).toContain('unknown kind "banner"');
    expect(error.message).toContain('navigation');
  });

  it('rejects an unknown scope', () => {
    const { error, file } = loadError(`${HEADER}\ntags\tbottom\tiu\t^Tags\tbad\n`);
    expect(error.message).toContain(`${file}:2`);
    expect(error.message).toContain('unknown scope "bottom", expected one of: line, end, list');
  });

  it('rejects unknown flags', () => {
    const { error } = loadError(`${HEADER}\ntags\tend\tgi\t^Tags\tbad\n`);
    expect(error.message).toContain('unknown flags "gi"');
  });

  it('rejects a pattern that does not compile', () => {
    const { error, file } = loadError(`${HEADER}\n\ncaption\tline\tu\t^Caption (\tunclosed group\n`);
    expect(error.code).toBe('E010');
    expect(error.message).toContain(`${file}:3`);
    expect(error.message).toContain('pattern does not compile');
  });

  it('rejects a row with the wrong number of fields', () => {
    const { error, file } = loadError(`${HEADER}\ncredit\tline\tiu\n`);
    expect(error.message).toContain(`${file}:2`);
  });

  it('reports a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-cues-'));
    expect(() => loadFurnitureRules(dir)).toThrow(/E010 .*cues\.tsv/);
  });
});

describe('loadFurnitureRules on a valid file', () => {
  it('compiles cues in file order, frozen, with iu or u flags; the first match wins', () => {
    const { dir, file } = dataDirWith(`${HEADER}\n# comment\ncaption\tline\tiu\t^image caption\tBBC\ncredit\tline\tu\t^Image\tcase-sensitive\n`);
    const rules = loadFurnitureRules(dir);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.cues)).toBe(true);
    expect(rules.cues.map((c) => c.where)).toEqual([`${file}:3`, `${file}:4`]);
    expect(matchCue(rules, 'IMAGE CAPTION, a view')?.kind).toBe('caption');
    expect(matchCue(rules, 'Image source')?.kind).toBe('credit');
    expect(matchCue(rules, 'image source')).toBeNull();
  });
});

describe('data/furniture/cues.tsv (production cues)', () => {
  const rules = loadFurnitureRules(fileURLToPath(new URL('../../data/', import.meta.url)));

  it('loads, and every cue explains itself in its note', () => {
    expect(rules.cues.length).toBeGreaterThan(20);
    for (const cue of rules.cues) expect(cue.note, cue.where).not.toBe('');
  });

  it.each([
    ['AP/Eugene Hoshiko', 'credit'], ['(AP Photo/Evan Vucci)', 'credit'], ['Photo: Jane Roe/Reuters', 'credit'],
    ['Getty Images', 'credit'], ['AFP via Getty Images', 'credit'], ['Reuters/Kevin Lamarque', 'credit'],
    ['Image source, Getty Images', 'credit'], ['Credit...Jane Roe/The New York Times', 'credit'],
    ['Image caption, The minister in Marsovia', 'caption'],
    ['The minister speaks in Marsovia. (AP Photo/Jane Roe)', 'caption'],
    ['The minister in Marsovia last week. Photograph: Jane Roe/AP', 'caption'],
    ['Updated at 7:20 p.m.', 'updated'], ['Updated: 5:40 PM EDT, Mon July 18, 2022', 'updated'],
    ['Published 18 July 2022', 'updated'], ['Last modified on Tue 5 Mar 2019 12.10 GMT', 'updated'],
    ['Tags Freedonia Sylvania', 'tags'], ['Topics', 'tags'], ['Related Topics', 'tags'], ['More on this story', 'tags'],
    ['Copyright 2023 Example Media Inc. All rights reserved.', 'copyright'], ['© 2024 Example News', 'copyright'],
    ['All rights reserved.', 'copyright'],
    ['See all Video', 'navigation'], ['Most Popular', 'navigation'], ['Load more', 'navigation'], ['Read more', 'navigation'],
    ['Sign up for our newsletter', 'navigation'], ['Subscribe', 'navigation'], ['Advertisement', 'navigation'],
    ['Share this article', 'navigation'], ['Follow us on Twitter', 'navigation'], ['Skip to content', 'navigation'],
    ['Click here to subscribe', 'navigation'], ['Related: Another story', 'navigation'], ['Watch: The minister speaks', 'navigation'],
    ['Listen to this article', 'navigation'], ['Recommended', 'navigation'],
    ['You may also like...', 'navigation'], ["DON'T MISS", 'navigation'], ['More Great WIRED Stories', 'navigation'],
    ['Post Comment (+)', 'navigation'], ['Advert', 'navigation'], ['This slideshow requires JavaScript.', 'navigation'],
    ['Tell us what YOU think...', 'navigation'], ['[button link="/submit" type="big"] Send us YOUR kit review[/button]', 'other'],
    ['By Jane Doe', 'byline'], ['By Jane Doe and John Roe, Reuters', 'byline'],
  ])('%s → %s', (line, kind) => {
    expect(matchCue(rules, line)?.kind).toBe(kind);
  });

  it.each([
    'KYIV, July 18 (Reuters) - Ukraine said on Monday that Russian forces shelled the city.',
    'By Monday evening, the talks had collapsed.',
    'Published reports said 40 people died in the attack.',
    'Copyright Office officials said on Monday that the rule stands.',
    'Topics discussed included trade and security.',
    'Tags were attached to the migrating birds.',
    'Listen, he said, we are not leaving.',
    'Watch out for more sanctions, he said.',
    'More than 40 stories were filed from the front line.',
    "Don't miss the point: the ceasefire holds.",
  ])('leaves prose alone: %s', (line) => {
    expect(matchCue(rules, line)).toBeNull();
  });
});
