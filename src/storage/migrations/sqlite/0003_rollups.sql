-- Counts kept at write time, in the same transaction as the document that changes them, so that
-- the actor list, the whole-store aggregates and the summary read a few thousand rows instead of
-- every event and mention (src/storage/sql/rollup-writer.ts keeps them; `db check` compares them
-- with the base tables). Existing stores are backfilled here.

-- Per actor code: its mentions, and the events (not negated) it is the source or target of. Every
-- code that occurs in mentions or events has a row, so a code prefix can be expanded from here.
CREATE TABLE actor_counts (
  code       TEXT PRIMARY KEY,
  mentions   INTEGER NOT NULL,
  as_source  INTEGER NOT NULL,
  as_target  INTEGER NOT NULL
);
CREATE INDEX actor_counts_mentions ON actor_counts (mentions DESC, code);

-- Per actor code, name and country ('' when none): mentions, so that an actor's most frequent
-- name is one lookup, and actors filtered by name or country are counted without the mentions.
CREATE TABLE actor_names (
  code      TEXT NOT NULL,
  name      TEXT NOT NULL,
  country   TEXT NOT NULL,
  mentions  INTEGER NOT NULL,
  PRIMARY KEY (code, name, country)
) WITHOUT ROWID;

-- (WITHOUT ROWID: a rollup is read in the order of its key, so its rows are stored in that order.)

-- Events per date ('' when undated), CAMEO code, QuadClass and negation, with their mentions
-- (the sum of num_mentions) and Goldstein sum: timelines and the summary.
CREATE TABLE event_days (
  date        TEXT NOT NULL,
  code        TEXT NOT NULL,
  root_code   TEXT NOT NULL,
  quad_class  INTEGER NOT NULL,
  negated     INTEGER NOT NULL,
  events      INTEGER NOT NULL,
  mentions    INTEGER NOT NULL,
  goldstein   REAL NOT NULL,
  PRIMARY KEY (negated, date, quad_class, root_code, code)
) WITHOUT ROWID;

-- Events per directed pair of actor codes (events with a target): the network.
CREATE TABLE event_pairs (
  source_code  TEXT NOT NULL,
  target_code  TEXT NOT NULL,
  negated      INTEGER NOT NULL,
  events       INTEGER NOT NULL,
  goldstein    REAL NOT NULL,
  PRIMARY KEY (source_code, target_code, negated)
) WITHOUT ROWID;
-- The network's busiest edges first, without reading every pair.
CREATE INDEX event_pairs_busiest ON event_pairs (negated, events DESC, source_code, target_code);

-- Events per place country and source country ('' when none) and whether they have coordinates:
-- the map and the summary.
CREATE TABLE event_places (
  location_country  TEXT NOT NULL,
  source_country    TEXT NOT NULL,
  located           INTEGER NOT NULL,
  negated           INTEGER NOT NULL,
  events            INTEGER NOT NULL,
  goldstein         REAL NOT NULL,
  PRIMARY KEY (location_country, source_country, located, negated)
) WITHOUT ROWID;

-- The dyad series reads a pair's dates and scores from the index alone.
DROP INDEX events_pairs;
CREATE INDEX events_pairs ON events (source_code, target_code, negated, date, goldstein);

INSERT INTO actor_counts (code, mentions, as_source, as_target)
SELECT code, sum(m), sum(s), sum(t) FROM (
  SELECT code, count(*) AS m, 0 AS s, 0 AS t FROM mentions GROUP BY code
  UNION ALL
  SELECT source_code, 0, sum(1 - negated), 0 FROM events GROUP BY source_code
  UNION ALL
  SELECT target_code, 0, 0, sum(1 - negated) FROM events WHERE target_code IS NOT NULL GROUP BY target_code
) x GROUP BY code;

INSERT INTO actor_names (code, name, country, mentions)
SELECT code, name, COALESCE(country, ''), count(*) FROM mentions GROUP BY code, name, COALESCE(country, '');

INSERT INTO event_days (date, code, root_code, quad_class, negated, events, mentions, goldstein)
SELECT COALESCE(date, ''), code, root_code, quad_class, negated, count(*), sum(num_mentions), sum(goldstein)
FROM events GROUP BY COALESCE(date, ''), code, root_code, quad_class, negated;

INSERT INTO event_pairs (source_code, target_code, negated, events, goldstein)
SELECT source_code, target_code, negated, count(*), sum(goldstein)
FROM events WHERE target_code IS NOT NULL GROUP BY source_code, target_code, negated;

INSERT INTO event_places (location_country, source_country, located, negated, events, goldstein)
SELECT COALESCE(location_country, ''), COALESCE(source_country, ''),
       CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN 1 ELSE 0 END, negated, count(*), sum(goldstein)
FROM events
GROUP BY COALESCE(location_country, ''), COALESCE(source_country, ''), CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN 1 ELSE 0 END, negated;

-- A full-text filter on a common word tests events one at a time against the sentence index
-- (src/storage/sql/event-plans.ts). Each test seeks the word in every segment of the index, so it
-- costs ten times more on an index left in many segments by many small inserts: merge them once
-- now, and keep at most two per level from here on (`dyad ingest` merges a little after each run).
INSERT INTO event_mentions_fts (event_mentions_fts) VALUES ('optimize');
INSERT INTO event_mentions_fts (event_mentions_fts, rank) VALUES ('usermerge', 2);
