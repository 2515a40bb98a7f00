-- Dyad store, SQLite. Ids are content hashes (articles) and merge-key hashes (events), so the
-- same input gives the same ids in SQLite and PostgreSQL. `seq` columns give a stable order and
-- the rowids the FTS5 indexes point at.

CREATE TABLE runs (
  id            TEXT PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  dyad_version  TEXT NOT NULL,
  dictionaries  TEXT NOT NULL,
  stored        INTEGER NOT NULL DEFAULT 0,
  skipped       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE run_rejections (
  run_id  TEXT NOT NULL REFERENCES runs (id),
  seq     INTEGER NOT NULL,
  input   TEXT NOT NULL,
  reason  TEXT NOT NULL,
  PRIMARY KEY (run_id, seq)
);

CREATE TABLE articles (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,          -- sha256 content hash of the text
  doc_id        TEXT NOT NULL,                 -- the input's own id
  uri           TEXT NOT NULL,
  title         TEXT,
  published     TEXT,
  sort_date     TEXT NOT NULL,                 -- published, or '' when unknown
  publisher     TEXT,
  source_key    TEXT NOT NULL,                 -- publisher, else URI host: what num_sources counts
  language      TEXT NOT NULL,
  text          TEXT NOT NULL,
  furniture     TEXT NOT NULL,                 -- JSON
  document      TEXT NOT NULL,                 -- the whole coded document, JSON
  num_events    INTEGER NOT NULL,
  dyad_version  TEXT NOT NULL,
  dictionaries  TEXT NOT NULL,
  run_id        TEXT,
  stored_at     TEXT NOT NULL
);
CREATE INDEX articles_doc_id ON articles (doc_id);
CREATE INDEX articles_sort_date ON articles (sort_date, seq);
CREATE INDEX articles_num_events ON articles (num_events, seq);

CREATE TABLE mentions (
  article_id  TEXT NOT NULL REFERENCES articles (id),
  idx         INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  char_start  INTEGER NOT NULL,
  char_end    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  country     TEXT,
  role        TEXT,
  kind        TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_code ON mentions (code);
CREATE INDEX mentions_country ON mentions (country);

CREATE TABLE events (
  id                TEXT PRIMARY KEY,
  merge_key         TEXT NOT NULL,             -- source|target|code|negated
  date              TEXT,
  sort_date         TEXT NOT NULL,             -- date, or '' when unknown
  date_precision    TEXT,
  source_code       TEXT NOT NULL,
  source_name       TEXT,
  source_country    TEXT,
  target_code       TEXT,
  target_name       TEXT,
  target_country    TEXT,
  code              TEXT NOT NULL,
  base_code         TEXT NOT NULL,
  root_code         TEXT NOT NULL,
  quad_class        INTEGER NOT NULL,
  goldstein         REAL NOT NULL,
  plover_type       TEXT,
  plover_mode       TEXT,
  negated           INTEGER NOT NULL,
  location_name     TEXT,
  location_country  TEXT,
  lat               REAL,
  lon               REAL,
  num_mentions      INTEGER NOT NULL,
  num_articles      INTEGER NOT NULL,
  num_sources       INTEGER NOT NULL,
  confidence        REAL NOT NULL,             -- the highest of its mentions
  first_seen        TEXT NOT NULL,
  source_url        TEXT NOT NULL,
  dyad_version      TEXT NOT NULL,
  dictionaries      TEXT NOT NULL
);
CREATE INDEX events_merge ON events (merge_key, date);
CREATE INDEX events_sort_date ON events (sort_date, id);
CREATE INDEX events_mentions ON events (num_mentions, id);
CREATE INDEX events_source ON events (source_code, sort_date);
CREATE INDEX events_target ON events (target_code, sort_date);
CREATE INDEX events_code ON events (code, sort_date);
CREATE INDEX events_root ON events (root_code, sort_date);
CREATE INDEX events_quad ON events (quad_class, sort_date);
CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
-- Covering indexes for the aggregates: the network, timelines and the map read only these.
CREATE INDEX events_pairs ON events (source_code, target_code, negated, goldstein);
CREATE INDEX events_days ON events (date, quad_class, root_code, negated, goldstein);
CREATE INDEX events_places ON events (location_country, source_country, negated, goldstein);

CREATE TABLE event_mentions (
  seq              INTEGER PRIMARY KEY,
  event_id         TEXT NOT NULL REFERENCES events (id),
  article_id       TEXT NOT NULL REFERENCES articles (id),
  idx              INTEGER NOT NULL,           -- index into the document's events
  sentence         INTEGER NOT NULL,
  char_start       INTEGER NOT NULL,
  char_end         INTEGER NOT NULL,
  text             TEXT NOT NULL,              -- the evidence sentence
  trigger_text     TEXT NOT NULL,
  trigger_pattern  TEXT NOT NULL,
  trigger_start    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  source_text      TEXT NOT NULL,
  target_text      TEXT,
  date             TEXT,
  date_precision   TEXT,
  confidence       REAL NOT NULL,
  modality         TEXT NOT NULL,
  source_key       TEXT NOT NULL,
  UNIQUE (article_id, idx)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id, source_key);

CREATE VIRTUAL TABLE event_mentions_fts USING fts5 (
  text, content = 'event_mentions', content_rowid = 'seq', tokenize = 'porter unicode61'
);
CREATE TRIGGER event_mentions_fts_insert AFTER INSERT ON event_mentions BEGIN
  INSERT INTO event_mentions_fts (rowid, text) VALUES (new.seq, new.text);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE claims (
  seq              INTEGER PRIMARY KEY,
  article_id       TEXT NOT NULL REFERENCES articles (id),
  idx              INTEGER NOT NULL,
  kind             TEXT NOT NULL,
  attributed_code  TEXT,
  event_id         TEXT REFERENCES events (id),
  evidence         TEXT NOT NULL,
  data             TEXT NOT NULL,              -- the claim as coded, JSON
  UNIQUE (article_id, idx)
);
CREATE INDEX claims_kind ON claims (kind);

CREATE TABLE quotes (
  seq           INTEGER PRIMARY KEY,
  article_id    TEXT NOT NULL REFERENCES articles (id),
  idx           INTEGER NOT NULL,
  speaker_code  TEXT,
  speaker_text  TEXT,
  text          TEXT NOT NULL,
  data          TEXT NOT NULL,                 -- the quote as coded, JSON
  UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_code);
