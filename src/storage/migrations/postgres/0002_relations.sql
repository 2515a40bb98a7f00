-- Standing relations (issue 11): one row per distinct relation (kind, the two parties, the object),
-- merged across articles, and every statement of it kept with its evidence sentence. Statements
-- that disagree (allies / no longer allies, strategic ties / severed ties) share the relation row
-- and stay side by side in relation_statements.

CREATE TABLE relations (
  id              text COLLATE "C" PRIMARY KEY,           -- rel- + hash of merge_key
  merge_key       text COLLATE "C" NOT NULL UNIQUE,       -- kind|party|party|object (parties sorted when mutual)
  kind            text COLLATE "C" NOT NULL,
  direction       text NOT NULL,                          -- directed | mutual
  a_code          text COLLATE "C" NOT NULL,              -- a state's government is the state (ARMGOV → ARM)
  a_name          text NOT NULL,
  a_kind          text NOT NULL,
  b_code          text COLLATE "C",
  b_name          text,
  b_kind          text,
  object          text,
  label           text NOT NULL,                          -- the label most statements give
  polarity        text NOT NULL,                          -- the polarity most statements give
  conflicting     integer NOT NULL,                       -- 1 when statements disagree (see store.ts)
  num_statements  integer NOT NULL,
  num_articles    integer NOT NULL,
  num_sources     integer NOT NULL,
  first_seen      text COLLATE "C",                       -- earliest publication date of a stating article
  last_seen       text COLLATE "C",                       -- latest one
  sort_last       text COLLATE "C" NOT NULL,              -- last_seen, or '' when every article is undated
  stored_at       timestamptz NOT NULL,
  dyad_version    text NOT NULL,
  dictionaries    text NOT NULL
);
CREATE INDEX relations_a ON relations (a_code, kind);
CREATE INDEX relations_b ON relations (b_code, kind);
CREATE INDEX relations_kind ON relations (kind, num_statements);
CREATE INDEX relations_statements ON relations (num_statements, id);
CREATE INDEX relations_last ON relations (sort_last, id);

CREATE TABLE relation_statements (
  seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  relation_id      text COLLATE "C" NOT NULL REFERENCES relations (id),
  article_id       text COLLATE "C" NOT NULL REFERENCES articles (id),
  idx              integer NOT NULL,                      -- index into the document's relations
  sentence         integer NOT NULL,
  char_start       integer NOT NULL,
  char_end         integer NOT NULL,
  text             text NOT NULL,                         -- the evidence sentence
  label            text NOT NULL,
  polarity         text NOT NULL,
  negated          integer NOT NULL,
  basis            text NOT NULL,                         -- published | stated | past | future
  asserted         integer NOT NULL,
  attributed_code  text COLLATE "C",
  published        text COLLATE "C",                      -- the article's publication date
  source_key       text NOT NULL,
  data             text NOT NULL,                         -- the relation as coded, JSON
  UNIQUE (article_id, idx)
);
CREATE INDEX relation_statements_relation ON relation_statements (relation_id, source_key);
