import { readFileSync } from 'node:fs';
import { DyadError } from '../core/errors.js';

/** One data row of a TSV file: its 1-based line number and its fields by column name. */
export interface TsvRow {
  line: number;
  fields: Record<string, string>;
}

/**
 * Reads a dictionary TSV (data/README.md rules: `#` comments and blank lines skipped, first
 * other line is the header and must equal `columns`). Trailing empty fields may be omitted.
 * @example readTsv('data/furniture/cues.tsv', ['kind', 'scope', 'flags', 'pattern', 'note'])
 */
export function readTsv(path: string, columns: readonly string[]): TsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DyadError('E010', `cannot read file (${(err as Error).message})`, path);
  }
  return parseTsv(text, columns, path);
}

/** Parses TSV text already in memory; `file` names it in errors. */
export function parseTsv(text: string, columns: readonly string[], file: string): TsvRow[] {
  const rows: TsvRow[] = [];
  let headerSeen = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (!headerSeen) {
      headerSeen = true;
      if (cells.join('\t') !== columns.join('\t')) {
        throw new DyadError('E010', `bad header "${cells.join('\\t')}", expected "${columns.join('\\t')}"`, `${file}:${line}`);
      }
      return;
    }
    if (cells.length > columns.length) {
      throw new DyadError('E010', `${cells.length} fields, expected at most ${columns.length} (${columns.join(', ')})`, `${file}:${line}`);
    }
    const fields: Record<string, string> = {};
    columns.forEach((name, i) => { fields[name] = cells[i] ?? ''; });
    rows.push({ line, fields });
  });
  if (!headerSeen) throw new DyadError('E010', `no header, expected "${columns.join('\\t')}"`, file);
  return rows;
}
