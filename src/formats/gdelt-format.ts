/** `gdelt`: the 61-column GDELT 2.0 event table (tab-separated, no header). GDELT.md lists what we fill differently. */
import { createHash } from 'node:crypto';
import type { EventRow } from '../storage/store.js';
import { parseActorCode, type ActorParts } from './cameo-actor.js';
import { loadCodeTables, type CodeTables } from './code-tables.js';
import { resolveLocation } from './event-location.js';
import type { OutputFormat } from './format.js';
import { TextSink } from './text-sink.js';

/** The 61 columns of the GDELT 2.0 event table, in file order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

/** Columns per actor: code, name, country, known group, ethnic, two religions, three types. */
const ACTOR_COLUMN_COUNT = 10;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => p + c);
}

/** Hex digits of sha256(id) kept for GLOBALEVENTID: 13 hex digits = 52 bits, an exact JavaScript integer. */
const EVENT_ID_HEX_DIGITS = 13;
/** Events whose first report has them in one of its first sentences count as root events (GDELT: the lead paragraph). */
export const LEAD_SENTENCES = 2;
/** Decimal places of latitude and longitude (GDELT writes up to 4). */
const COORDINATE_DECIMALS = 4;
/** GDELT geo types. */
const GEO_NONE = 0;
const GEO_COUNTRY = 1;
const GEO_WORLD_CITY = 4;
/** A first-order division outside the US (ADM1): regions of data/actors/places.tsv. */
const GEO_WORLD_STATE = 5;

/** GLOBALEVENTID: a stable integer from our event id (the first 52 bits of its sha256). */
export function gdeltEventId(id: string): string {
  return String(parseInt(createHash('sha256').update(id).digest('hex').slice(0, EVENT_ID_HEX_DIGITS), 16));
}

/** The event's day as YYYYMMDD: a month or year precision date takes its first day; no date takes the day first seen. */
export function gdeltDay(row: Pick<EventRow, 'date' | 'firstSeen'>): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(row.date ?? '');
  if (m) return `${m[1]}${m[2] ?? '01'}${m[3] ?? '01'}`;
  return gdeltTimestamp(row.firstSeen).slice(0, 8);
}

/**
 * FractionDate as GDELT's files hold it: YYYY + ((MONTH - 1) * 30 + DAY) / 365, four decimals (1 January 1979 is
 * 1979.0027). The codebook writes MONTH * 30, which would put late December past the end of the year.
 */
export function fractionDate(day: string): string {
  const year = Number(day.slice(0, 4));
  const fraction = ((Number(day.slice(4, 6)) - 1) * 30 + Number(day.slice(6, 8))) / 365;
  return (year + fraction).toFixed(4);
}

/** YYYYMMDDHHMMSS in UTC from an ISO timestamp; empty when it does not parse. */
export function gdeltTimestamp(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  return t.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** A field as TSV text: GDELT has no quoting, so TABs and line breaks inside a value become spaces. */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

function coordinate(n: number | null): string {
  return n === null || !Number.isFinite(n) ? '' : String(Number(n.toFixed(COORDINATE_DECIMALS)));
}

/** The ten actor columns for one side of the event; all empty when there is no actor. */
function actorFields(code: string | null, name: string | null, tables: CodeTables): string[] {
  if (!code) return Array(ACTOR_COLUMN_COUNT).fill('');
  const p: ActorParts = parseActorCode(code, tables);
  return [
    p.code, (name ?? '').toUpperCase(), p.country ?? '', p.knownGroup ?? '', '',
    p.religions[0] ?? '', p.religions[1] ?? '', p.types[0] ?? '', p.types[1] ?? '', p.types[2] ?? '',
  ];
}

/** Empty geo columns, as GDELT writes them when it found no location (type 0). */
const NO_GEO = [String(GEO_NONE), '', '', '', '', '', '', ''];

/** ActionGeo from the event's location: type 1 for a country (FeatureID = FIPS code), 4 for a city, 5 for a region (no FeatureID). */
function actionGeoFields(row: EventRow, tables: CodeTables): string[] {
  const loc = resolveLocation(row, tables);
  if (!loc) return NO_GEO;
  const fips = loc.country?.fips ?? '';
  if (loc.precision === 'city' || loc.precision === 'region') {
    const fullName = loc.country ? `${loc.name}, ${loc.country.name}` : loc.name ?? '';
    return [String(loc.precision === 'city' ? GEO_WORLD_CITY : GEO_WORLD_STATE), fullName, fips, fips, '', coordinate(loc.lat), coordinate(loc.lon), ''];
  }
  return [String(GEO_COUNTRY), loc.country?.name ?? loc.name ?? '', fips, fips, '', coordinate(loc.lat), coordinate(loc.lon), fips];
}

/** Whether the event came from the lead of its first report, when the store says which sentence that was. */
function isRootEvent(row: EventRow): number {
  const first = (row as EventRow & { firstSentence?: number | null }).firstSentence;
  return typeof first === 'number' && first < LEAD_SENTENCES ? 1 : 0;
}

/**
 * One event as the 61 GDELT 2.0 fields.
 * @example gdeltFields(row, loadCodeTables()).join('\t')
 */
export function gdeltFields(row: EventRow, tables: CodeTables): string[] {
  const day = gdeltDay(row);
  const fields = [
    gdeltEventId(row.id), day, day.slice(0, 6), day.slice(0, 4), fractionDate(day),
    ...actorFields(row.sourceCode, row.sourceName, tables),
    ...actorFields(row.targetCode, row.targetName, tables),
    String(isRootEvent(row)), row.code, row.baseCode, row.rootCode, String(row.quadClass), String(row.goldstein),
    String(row.numMentions), String(row.numSources), String(row.numArticles),
    '0', // AvgTone: Dyad measures no tone (see GDELT.md)
    ...NO_GEO, ...NO_GEO, ...actionGeoFields(row, tables),
    gdeltTimestamp(row.firstSeen), row.sourceUrl,
  ];
  return fields.map(field);
}

/** The gdelt format. Negated events are left out: GDELT has no column to say an event did not happen. */
export const gdeltFormat: OutputFormat = {
  name: 'gdelt',
  description: 'the 61-column GDELT 2.0 event table: tab-separated, no header, FIPS country codes in geo fields',
  mediaType: 'text/tab-separated-values; charset=utf-8',
  extension: 'tsv',
  async write(events, out, options = {}) {
    const tables = loadCodeTables(options.dataDir);
    const sink = new TextSink(out);
    let written = 0;
    let skipped = 0;
    for await (const row of events) {
      if (row.negated) {
        skipped++;
        continue;
      }
      await sink.write(`${gdeltFields(row, tables).join('\t')}\n`);
      written++;
    }
    await sink.flush();
    return { written, skipped, skippedReason: skipped ? 'negated (GDELT has no column for it)' : null };
  },
};
