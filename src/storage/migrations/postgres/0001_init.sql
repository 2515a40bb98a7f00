-- Dyad store, PostgreSQL. Ids are content hashes (articles) and merge-key hashes (events), so the
-- same input gives the same ids in SQLite and PostgreSQL. Codes, ids and dates use the "C"
-- collation so that sorting, prefix matches and cursors behave exactly as in SQLite.

CREATE TABLE runs (
  id            text PRIMARY KEY,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  dyad_version  text NOT NULL,
  dictionaries  text NOT NULL,
  stored        integer NOT NULL DEFAULT 0,
  skipped       integer NOT NULL DEFAULT 0
);

CREATE TABLE run_rejections (
  run_id  text NOT NULL REFERENCES runs (id),
  seq     integer NOT NULL,
  input   text NOT NULL,
  reason  text NOT NULL,
  PRIMARY KEY (run_id, seq)
);

CREATE TABLE articles (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id            text COLLATE "C" NOT NULL UNIQUE,   -- sha256 content hash of the text
  doc_id        text NOT NULL,                      -- the input's own id
  uri           text NOT NULL,
  title         text,
  published     text COLLATE "C",
  sort_date     text COLLATE "C" NOT NULL,          -- published, or '' when unknown
  publisher     text,
  source_key    text NOT NULL,                      -- publisher, else URI host: what num_sources counts
  language      text NOT NULL,
  text          text NOT NULL,
  furniture     text NOT NULL,                      -- JSON
  document      text NOT NULL,                      -- the whole coded document, JSON
  num_events    integer NOT NULL,
  dyad_version  text NOT NULL,
  dictionaries  text NOT NULL,
  run_id        text,
  stored_at     timestamptz NOT NULL,
  -- Very long pages are indexed on their first 200,000 characters (a tsvector holds at most 1 MB).
  tsv           tsvector GENERATED ALWAYS AS
                  (to_tsvector('english', left(coalesce(title, '') || ' ' || text, 200000))) STORED
);
CREATE INDEX articles_doc_id ON articles (doc_id);
CREATE INDEX articles_sort_date ON articles (sort_date, seq);
CREATE INDEX articles_num_events ON articles (num_events, seq);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE mentions (
  article_id  text COLLATE "C" NOT NULL REFERENCES articles (id),
  idx         integer NOT NULL,
  sentence    integer NOT NULL,
  char_start  integer NOT NULL,
  char_end    integer NOT NULL,
  text        text NOT NULL,
  code        text COLLATE "C" NOT NULL,
  name        text COLLATE "C" NOT NULL,
  country     text COLLATE "C",
  role        text,
  kind        text NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_code ON mentions (code);
CREATE INDEX mentions_country ON mentions (country);

CREATE TABLE events (
  id                text COLLATE "C" PRIMARY KEY,
  merge_key         text COLLATE "C" NOT NULL,      -- source|target|code|negated
  date              text COLLATE "C",
  sort_date         text COLLATE "C" NOT NULL,      -- date, or '' when unknown
  date_precision    text,
  source_code       text COLLATE "C" NOT NULL,
  source_name       text,
  source_country    text COLLATE "C",
  target_code       text COLLATE "C",
  target_name       text,
  target_country    text COLLATE "C",
  code              text COLLATE "C" NOT NULL,
  base_code         text COLLATE "C" NOT NULL,
  root_code         text COLLATE "C" NOT NULL,
  quad_class        integer NOT NULL,
  goldstein         double precision NOT NULL,
  plover_type       text,
  plover_mode       text,
  negated           integer NOT NULL,
  location_name     text,
  location_country  text COLLATE "C",
  lat               double precision,
  lon               double precision,
  num_mentions      integer NOT NULL,
  num_articles      integer NOT NULL,
  num_sources       integer NOT NULL,
  confidence        double precision NOT NULL,      -- the highest of its mentions
  first_seen        timestamptz NOT NULL,
  source_url        text NOT NULL,
  dyad_version      text NOT NULL,
  dictionaries      text NOT NULL
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
  seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id         text COLLATE "C" NOT NULL REFERENCES events (id),
  article_id       text COLLATE "C" NOT NULL REFERENCES articles (id),
  idx              integer NOT NULL,                -- index into the document's events
  sentence         integer NOT NULL,
  char_start       integer NOT NULL,
  char_end         integer NOT NULL,
  text             text NOT NULL,                   -- the evidence sentence
  trigger_text     text NOT NULL,
  trigger_pattern  text NOT NULL,
  trigger_start    integer NOT NULL,
  trigger_end      integer NOT NULL,
  source_text      text NOT NULL,
  target_text      text,
  date             text COLLATE "C",
  date_precision   text,
  confidence       double precision NOT NULL,
  modality         text NOT NULL,
  source_key       text NOT NULL,
  tsv              tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
  UNIQUE (article_id, idx)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id, source_key);
CREATE INDEX event_mentions_tsv ON event_mentions USING gin (tsv);

CREATE TABLE claims (
  seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id       text COLLATE "C" NOT NULL REFERENCES articles (id),
  idx              integer NOT NULL,
  kind             text NOT NULL,
  attributed_code  text COLLATE "C",
  event_id         text COLLATE "C" REFERENCES events (id),
  evidence         text NOT NULL,
  data             text NOT NULL,                   -- the claim as coded, JSON
  UNIQUE (article_id, idx)
);
CREATE INDEX claims_kind ON claims (kind);

CREATE TABLE quotes (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id    text COLLATE "C" NOT NULL REFERENCES articles (id),
  idx           integer NOT NULL,
  speaker_code  text COLLATE "C",
  speaker_text  text,
  text          text NOT NULL,
  data          text NOT NULL,                      -- the quote as coded, JSON
  UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_code);
