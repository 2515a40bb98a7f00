/** The output formats by name: the CLI's `--format` and the API's `?format=` both read this registry. */
import { DyadError } from '../core/errors.js';
import { csvFormat } from './csv-format.js';
import type { OutputFormat } from './format.js';
import { gdeltFormat } from './gdelt-format.js';
import { geojsonFormat } from './geojson-format.js';
import { ndjsonFormat } from './ndjson-format.js';
import { ploverFormat } from './plover-format.js';

export type { ExportSummary, FormatOptions, OutputFormat } from './format.js';

/** Every format, by name, in the order help texts list them. */
export const FORMATS: ReadonlyMap<string, OutputFormat> = new Map(
  [gdeltFormat, csvFormat, ndjsonFormat, geojsonFormat, ploverFormat].map((f) => [f.name, f]),
);

/** The format names, for help texts and schemas. */
export const FORMAT_NAMES = [...FORMATS.keys()] as [string, ...string[]];

/**
 * The format called `name`, or a coded error listing the known ones.
 * @example await getFormat('csv').write(store.exportEvents({ root: '19' }), process.stdout)
 */
export function getFormat(name: string): OutputFormat {
  const format = FORMATS.get(name);
  if (!format) throw new DyadError('E030', `unknown format "${name}", expected one of ${FORMAT_NAMES.join(', ')}`);
  return format;
}
