/** The integrity checks of the rollup tables: each must equal its base tables grouped again. */

/** Goldstein sums are floating point, added in another order at write time: they may differ by rounding. */
const GOLDSTEIN_TOLERANCE = 0.001;

/** One rollup table and the query that recomputes it from the base tables. */
interface Rollup {
  table: string;
  keys: string[];
  counts: string[];
  /** Has a `goldstein` sum column. */
  goldstein: boolean;
  /** SELECT of the keys, counts and goldstein as the rollup should hold them. */
  base: string;
  what: string;
}

const DAY_NEGATED = 'COALESCE(date, \'\'), code, root_code, quad_class, negated';
const LOCATED = 'CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN 1 ELSE 0 END';

const ROLLUPS: Rollup[] = [
  {
    table: 'actor_counts', keys: ['code'], counts: ['mentions', 'as_source', 'as_target'], goldstein: false,
    what: 'the actor mentions and events',
    base: `SELECT code, sum(m) AS mentions, sum(s) AS as_source, sum(t) AS as_target FROM (
             SELECT code, count(*) AS m, 0 AS s, 0 AS t FROM mentions GROUP BY code
             UNION ALL SELECT source_code, 0, sum(1 - negated), 0 FROM events GROUP BY source_code
             UNION ALL SELECT target_code, 0, 0, sum(1 - negated) FROM events WHERE target_code IS NOT NULL GROUP BY target_code
           ) x GROUP BY code`,
  },
  {
    table: 'actor_names', keys: ['code', 'name', 'country'], counts: ['mentions'], goldstein: false, what: 'the actor mentions',
    base: "SELECT code, name, COALESCE(country, '') AS country, count(*) AS mentions FROM mentions GROUP BY code, name, COALESCE(country, '')",
  },
  {
    table: 'event_days', keys: ['date', 'code', 'root_code', 'quad_class', 'negated'], counts: ['events', 'mentions'], goldstein: true,
    what: 'the events and their mention counts',
    base: `SELECT COALESCE(date, '') AS date, code, root_code, quad_class, negated, count(*) AS events, sum(num_mentions) AS mentions,
                  sum(goldstein) AS goldstein FROM events GROUP BY ${DAY_NEGATED}`,
  },
  {
    table: 'event_pairs', keys: ['source_code', 'target_code', 'negated'], counts: ['events'], goldstein: true, what: 'the events',
    base: `SELECT source_code, target_code, negated, count(*) AS events, sum(goldstein) AS goldstein
           FROM events WHERE target_code IS NOT NULL GROUP BY source_code, target_code, negated`,
  },
  {
    table: 'event_places', keys: ['location_country', 'source_country', 'located', 'negated'], counts: ['events'], goldstein: true, what: 'the events',
    base: `SELECT COALESCE(location_country, '') AS location_country, COALESCE(source_country, '') AS source_country,
                  ${LOCATED} AS located, negated, count(*) AS events, sum(goldstein) AS goldstein
           FROM events GROUP BY COALESCE(location_country, ''), COALESCE(source_country, ''), ${LOCATED}, negated`,
  },
];

function label(alias: string, keys: string[]): string {
  return keys.map((k) => `CAST(${alias}.${k} AS TEXT)`).join(" || '|' || ");
}

/**
 * Each rollup table against its base tables, both ways: every group of the base tables has a row
 * with the same counts (and Goldstein sum, within rounding), and no row with counts lacks a group.
 */
export function rollupChecks(): Array<{ name: string; sql: string }> {
  return ROLLUPS.map((r) => {
    const join = r.keys.map((k) => `r.${k} = b.${k}`).join(' AND ');
    const differs = [
      ...r.counts.map((c) => `r.${c} <> b.${c}`),
      ...(r.goldstein ? [`abs(r.goldstein - b.goldstein) > ${GOLDSTEIN_TOLERANCE}`] : []),
    ].join(' OR ');
    const nonzero = [...r.counts.map((c) => `r.${c} <> 0`), ...(r.goldstein ? [`abs(r.goldstein) > ${GOLDSTEIN_TOLERANCE}`] : [])].join(' OR ');
    return {
      name: `the rollup ${r.table} matches ${r.what}`,
      sql: `SELECT ${label('b', r.keys)} AS label FROM (${r.base}) b LEFT JOIN ${r.table} r ON ${join}
            WHERE r.${r.keys[0]} IS NULL OR ${differs}
            UNION ALL
            SELECT ${label('r', r.keys)} AS label FROM ${r.table} r LEFT JOIN (${r.base}) b ON ${join}
            WHERE b.${r.keys[0]} IS NULL AND (${nonzero})`,
    };
  });
}
