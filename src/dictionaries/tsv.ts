/** The one TSV reader behind every dictionary loader, so all files obey the same rules. */
import { readFileSync } from 'node:fs';
import { DyadError } from '../core/errors.js';

/** One data row: its 1-based line number in the file (for error messages) and its fields by column. */
export interface TsvRow {
  line: number;
  fields: Record<string, string>;
}

/**
 * Reads a dictionary TSV file, checking its header against `columns` and every row's field count,
 * and returns the data rows with comment (`#`) and blank lines skipped.
 */
export function readTsv(path: string, columns: readonly string[]): TsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DyadError('E010', `cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, path);
  }
  // A BOM left by some editors would otherwise become part of the first column's name.
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  const expectedHeader = columns.join('\t');
  const rows: TsvRow[] = [];
  let headerSeen = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    // Files edited on Windows end lines with CRLF; the CR must not stick to the last field.
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    if (!headerSeen) {
      if (raw !== expectedHeader) {
        throw new DyadError('E010', `header is "${show(raw)}", expected "${show(expectedHeader)}"`, `${path}:${line}`);
      }
      headerSeen = true;
      continue;
    }
    const values = raw.split('\t');
    if (values.length !== columns.length) {
      throw new DyadError(
        'E010',
        `found ${values.length} TAB-separated field${values.length === 1 ? '' : 's'}, expected ${columns.length} (${columns.join(', ')})`,
        `${path}:${line}`,
      );
    }
    const fields: Record<string, string> = {};
    columns.forEach((col, k) => {
      fields[col] = values[k];
    });
    rows.push({ line, fields });
  }
  if (!headerSeen) {
    throw new DyadError('E010', `no header line, expected "${show(expectedHeader)}"`, path);
  }
  return rows;
}

/** Splits a `|`-separated list field into its trimmed, non-empty items. */
export function splitList(field: string): string[] {
  return field
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Makes TABs visible in messages, since a header with spaces instead of TABs looks identical otherwise. */
function show(s: string): string {
  return s.replace(/\t/g, '\\t');
}
