import { join } from 'node:path';
import type { FurnitureKind } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { readTsv, type TsvRow } from '../dictionaries/tsv.js';
import { loadHtmlCues, type HtmlCues } from './html-cues.js';

/** The columns of `data/furniture/cues.tsv`, in order. */
export const CUE_COLUMNS = ['kind', 'scope', 'flags', 'pattern', 'note'] as const;

/** Path of the cues file inside the data directory. */
export const CUES_FILE = join('furniture', 'cues.tsv');

const KINDS: readonly FurnitureKind[] = [
  'image', 'caption', 'credit', 'tags', 'copyright', 'navigation', 'updated', 'byline', 'dateline', 'other',
];

/**
 * How far a cue reaches: `line` marks the matching line only; `end` marks the end of the article
 * (the line and everything after it); `list` marks the line and the run of short unpunctuated
 * lines after it (a "Most Popular" header and the headlines under it).
 */
export type CueScope = 'line' | 'end' | 'list';
const SCOPES: readonly CueScope[] = ['line', 'end', 'list'];

/** Regex flags a cue may use: case-insensitive (`iu`) or case-sensitive (`u`). */
const FLAGS = ['iu', 'u'] as const;

/** One page-furniture cue, compiled. */
export interface FurnitureCue {
  kind: FurnitureKind;
  scope: CueScope;
  pattern: RegExp;
  /** `file:line` of the entry, for messages and debugging. */
  where: string;
  note: string;
}

/** The compiled furniture cues, frozen, in file order (the first match wins). */
export interface FurnitureRules {
  cues: readonly FurnitureCue[];
  /** Furniture recognised by its HTML markup (`furniture/html.tsv`); none when the file is absent. */
  html?: HtmlCues;
}

/**
 * Loads and validates `<dataDir>/furniture/cues.tsv` (and `html.tsv`, when present); every error names `file:line`.
 * @example const rules = loadFurnitureRules('data'); matchCue(rules, 'Most Popular')?.kind // 'navigation'
 */
export function loadFurnitureRules(dataDir: string): FurnitureRules {
  const path = join(dataDir, CUES_FILE);
  const cues = readTsv(path, CUE_COLUMNS).map((row) => compileCue(row, path));
  return Object.freeze({ cues: Object.freeze(cues), html: loadHtmlCues(dataDir) });
}

function compileCue({ line, fields }: TsvRow, file: string): FurnitureCue {
  const where = `${file}:${line}`;
  const kind = fields.kind as FurnitureKind;
  if (!KINDS.includes(kind)) {
    throw new DyadError('E010', `unknown kind "${fields.kind}", expected one of: ${KINDS.join(', ')}`, where);
  }
  const scope = fields.scope as CueScope;
  if (!SCOPES.includes(scope)) {
    throw new DyadError('E010', `unknown scope "${fields.scope}", expected one of: ${SCOPES.join(', ')}`, where);
  }
  if (!(FLAGS as readonly string[]).includes(fields.flags)) {
    throw new DyadError('E010', `unknown flags "${fields.flags}", expected one of: ${FLAGS.join(', ')}`, where);
  }
  if (fields.pattern === '') throw new DyadError('E010', 'empty pattern, expected a JavaScript regular expression', where);
  let pattern: RegExp;
  try {
    pattern = new RegExp(fields.pattern, fields.flags);
  } catch (err) {
    throw new DyadError('E010', `pattern does not compile (${(err as Error).message})`, where);
  }
  return Object.freeze({ kind, scope, pattern, where, note: fields.note });
}

/** The first cue (in file order) whose pattern matches the trimmed line, or null. */
export function matchCue(rules: FurnitureRules, line: string): FurnitureCue | null {
  const text = line.trim();
  for (const cue of rules.cues) {
    if (cue.pattern.test(text)) return cue;
  }
  return null;
}
