/**
 * `plover`: one PLOVER-style JSON record per line (PLOVER manual 0.7, "JSON Data Fields"), from CAMEO-coded
 * events. The manual names the acting side `source` and the other `recipient`, each a list of actor objects;
 * `event`, `mode` and `context` come from data/cameo/plover.tsv (OEDA's CAMEO-to-PLOVER table).
 */
import { loadCodebook, type Codebook } from '../dictionaries/codebook.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import type { EventRow } from '../storage/store.js';
import { parseActorCode } from './cameo-actor.js';
import { loadCodeTables, type CodeTables } from './code-tables.js';
import { resolveLocation } from './event-location.js';
import type { OutputFormat } from './format.js';
import { gdeltDay } from './gdelt-format.js';
import { TextSink } from './text-sink.js';

/** A PLOVER actor object: top-level code (country, IGO…), sector (GOV, MIL…) and the text it came from. */
export interface PloverActor {
  code: string | null;
  sector: string | null;
  actor_text: string | null;
  /** Extension: the full CAMEO actor code. */
  cameo: string;
}

/** One PLOVER record. Fields named by the PLOVER manual, plus extensions named for what they hold. */
export interface PloverRecord {
  id: string;
  /** YYYY-MM-DD; a month or year precision date takes its first day (see date_precision). */
  date: string;
  /** The event's date precision (day, month, year, published); first_seen when it had no date and `date` is the day it was stored. */
  date_precision: string | null;
  source: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  mode: string | null;
  context: string | null;
  event_loc: { name: string | null; latitude: number | null; longitude: number | null; country_code: string | null; cc3: string | null; precision: string } | null;
  quad_code: number;
  /** The CAMEO Goldstein score of the event's code. */
  event_scale: number;
  cite_info: { url: string; coder: string; codebook: string };
  coder: string;
  coded_date: string;
  cameo_code: string;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  confidence: number;
}

/** CAMEO's "unknown country" block. */
const UNKNOWN = '---';

/**
 * A CAMEO actor code as a PLOVER actor: the first block is the code (a country, IGO, NGO…; none for ---),
 * the first type after it the sector, renamed where PLOVER renamed it (MED → JRN, HLH → MED).
 * @example ploverActor('---REB', 'rebels', tables) // { code: null, sector: 'REB', actor_text: 'rebels', cameo: '---REB' }
 */
export function ploverActor(cameo: string, text: string | null, tables: CodeTables): PloverActor {
  const code = cameo.startsWith(UNKNOWN) || cameo.length < 3 ? null : cameo.slice(0, 3);
  // For IGOUNO the type IGO is already the code, so it is not also the sector.
  const sectorType = parseActorCode(cameo, tables).types.find((t) => t !== code);
  const sector = sectorType ? tables.blocks.get(sectorType)?.plover ?? sectorType : null;
  return { code, sector, actor_text: text, cameo };
}

/** One event as a PLOVER record, or null when its CAMEO code has no PLOVER type. */
export function ploverRecord(row: EventRow, tables: CodeTables, codebook: Codebook): PloverRecord | null {
  if (!row.ploverType) return null;
  const day = gdeltDay(row);
  const loc = resolveLocation(row, tables);
  const coder = `dyad ${row.dyadVersion}`;
  return {
    id: row.id,
    date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
    date_precision: row.date ? row.datePrecision : 'first_seen',
    source: [ploverActor(row.sourceCode, row.sourceName, tables)],
    recipient: row.targetCode ? [ploverActor(row.targetCode, row.targetName, tables)] : [],
    event: [row.ploverType],
    mode: row.ploverMode,
    context: (row as EventRow & { ploverContext?: string | null }).ploverContext ?? codebook.plover(row.code)?.context ?? null,
    event_loc: loc && {
      name: loc.name, latitude: loc.lat, longitude: loc.lon,
      country_code: loc.country?.iso2 ?? null, cc3: row.locationCountry, precision: loc.precision,
    },
    quad_code: row.quadClass,
    event_scale: row.goldstein,
    cite_info: { url: row.sourceUrl, coder, codebook: `CAMEO to PLOVER, Dyad dictionaries ${row.dictionaries}` },
    coder,
    coded_date: row.firstSeen.slice(0, 10),
    cameo_code: row.code,
    num_mentions: row.numMentions,
    num_articles: row.numArticles,
    num_sources: row.numSources,
    confidence: row.confidence,
  };
}

const codebooks = new Map<string, Codebook>();

/** The plover format: negated events and codes without a PLOVER type are left out and counted. */
export const ploverFormat: OutputFormat = {
  name: 'plover',
  description: 'one PLOVER-style JSON record per line: id, date, source, recipient, event, mode, context, event_loc',
  mediaType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  async write(events, out, options = {}) {
    const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
    const tables = loadCodeTables(dataDir);
    if (!codebooks.has(dataDir)) codebooks.set(dataDir, loadCodebook(dataDir));
    const codebook = codebooks.get(dataDir)!;
    const sink = new TextSink(out);
    let written = 0;
    let skipped = 0;
    for await (const row of events) {
      const record = row.negated ? null : ploverRecord(row, tables, codebook);
      if (!record) {
        skipped++;
        continue;
      }
      await sink.write(`${JSON.stringify(record)}\n`);
      written++;
    }
    await sink.flush();
    return { written, skipped, skippedReason: skipped ? 'negated, or no PLOVER type for the CAMEO code' : null };
  },
};
