-- Standing relations (issue 11): one row per distinct relation (kind, the two parties, the object),
-- merged across articles, and every statement of it kept with its evidence sentence. Statements
-- that disagree (allies / no longer allies, strategic ties / severed ties) share the relation row
-- and stay side by side in relation_statements.

CREATE TABLE relations (
  id              TEXT PRIMARY KEY,            -- rel- + hash of merge_key
  merge_key       TEXT NOT NULL UNIQUE,        -- kind|party|party|object (parties sorted when mutual)
  kind            TEXT NOT NULL,
  direction       TEXT NOT NULL,               -- directed | mutual
  a_code          TEXT NOT NULL,               -- a state's government is the state (ARMGOV → ARM)
  a_name          TEXT NOT NULL,
  a_kind          TEXT NOT NULL,
  b_code          TEXT,
  b_name          TEXT,
  b_kind          TEXT,
  object          TEXT,
  label           TEXT NOT NULL,               -- the label most statements give
  polarity        TEXT NOT NULL,               -- the polarity most statements give
  conflicting     INTEGER NOT NULL,            -- 1 when statements disagree (see store.ts)
  num_statements  INTEGER NOT NULL,
  num_articles    INTEGER NOT NULL,
  num_sources     INTEGER NOT NULL,
  first_seen      TEXT,                        -- earliest publication date of a stating article
  last_seen       TEXT,                        -- latest one
  sort_last       TEXT NOT NULL,               -- last_seen, or '' when every article is undated
  stored_at       TEXT NOT NULL,
  dyad_version    TEXT NOT NULL,
  dictionaries    TEXT NOT NULL
);
CREATE INDEX relations_a ON relations (a_code, kind);
CREATE INDEX relations_b ON relations (b_code, kind);
CREATE INDEX relations_kind ON relations (kind, num_statements);
CREATE INDEX relations_statements ON relations (num_statements, id);
CREATE INDEX relations_last ON relations (sort_last, id);

CREATE TABLE relation_statements (
  seq              INTEGER PRIMARY KEY,
  relation_id      TEXT NOT NULL REFERENCES relations (id),
  article_id       TEXT NOT NULL REFERENCES articles (id),
  idx              INTEGER NOT NULL,           -- index into the document's relations
  sentence         INTEGER NOT NULL,
  char_start       INTEGER NOT NULL,
  char_end         INTEGER NOT NULL,
  text             TEXT NOT NULL,              -- the evidence sentence
  label            TEXT NOT NULL,
  polarity         TEXT NOT NULL,
  negated          INTEGER NOT NULL,
  basis            TEXT NOT NULL,              -- published | stated | past | future
  asserted         INTEGER NOT NULL,
  attributed_code  TEXT,
  published        TEXT,                       -- the article's publication date
  source_key       TEXT NOT NULL,
  data             TEXT NOT NULL,              -- the relation as coded, JSON
  UNIQUE (article_id, idx)
);
CREATE INDEX relation_statements_relation ON relation_statements (relation_id, source_key);
