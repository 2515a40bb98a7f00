import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/errors.js';
import { readTsv } from '../dictionaries/tsv.js';

/**
 * Abbreviations that keep their full stop (data/nlp/abbreviations.tsv). The tokenizer reads them
 * on first use, not through the dictionaries, because `dyad parse` and the dictionaries' own
 * phrase tokenizing need them before any dictionary exists.
 */
const ABBREVIATIONS_FILE = fileURLToPath(new URL('../../data/nlp/abbreviations.tsv', import.meta.url));
const KINDS = ['title', 'word'] as const;
export type AbbreviationKind = (typeof KINDS)[number];

let table: ReadonlyMap<string, AbbreviationKind> | null = null;

/** Reads and checks the abbreviations file; every problem names its line. */
export function loadAbbreviations(path = ABBREVIATIONS_FILE): ReadonlyMap<string, AbbreviationKind> {
  const out = new Map<string, AbbreviationKind>();
  for (const { line, fields } of readTsv(path, ['abbreviation', 'kind'])) {
    const at = `${path}:${line}`;
    if (!/^\p{L}+$/u.test(fields.abbreviation)) throw new DyadError('E010', `abbreviation "${fields.abbreviation}" must be letters only, written without its stop`, at);
    if (!(KINDS as readonly string[]).includes(fields.kind)) throw new DyadError('E010', `kind "${fields.kind}" is not one of ${KINDS.join(', ')}`, at);
    if (out.has(fields.abbreviation)) throw new DyadError('E010', `abbreviation "${fields.abbreviation}" is listed twice`, at);
    out.set(fields.abbreviation, fields.kind as AbbreviationKind);
  }
  return out;
}

/**
 * The kind of abbreviation a word is, written without its stop, or null. In a hyphenated word
 * the last part counts ("D-Calif" as in "(D-Calif.)").
 * @example abbreviationKind('Maj') // 'title'
 */
export function abbreviationKind(word: string): AbbreviationKind | null {
  table ??= loadAbbreviations();
  return table.get(word.slice(word.lastIndexOf('-') + 1)) ?? null;
}
