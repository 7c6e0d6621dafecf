-- 0001_initial: the first shape of the Attache knowledge base.
--
-- Conventions
-- * Dates are ISO 8601 text, 'YYYY-MM-DD', with their precision beside them where a text may
--   state less than a day (day / month / year / unknown).
-- * Every fact keeps its evidence: an article, the sentence, and half-open offsets into that
--   article's body counted in Unicode scalars, so substr(body, start + 1, end - start) returns
--   the sentence.
-- * Countries are ISO 3166-1 alpha-2 codes, or an international body's short name (EU, NATO,
--   UN). The ingest adds every code it meets to `countries` (INSERT OR IGNORE); names come later.
-- * A child row that cannot live without its parent goes with it (ON DELETE CASCADE).
-- * A shipped migration is never edited: change the schema with a new NNNN_name.sql.

CREATE TABLE countries (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 2 AND 12),
    name TEXT
);

-- One row per distinct article text: the same body ingested twice is one article.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),  -- SHA-256 of the body, hex
    source       TEXT NOT NULL,                                           -- the path or name it was read from
    origin       TEXT,                                                    -- a URL or outlet named in its header
    title        TEXT,
    published_on TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    body         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published_on ON articles(published_on);

-- Full-text search over title and body. An external-content table (content='articles') keeps
-- only the index, not a second copy of every body, and its rowid is the article id, so a match
-- joins straight back to `articles`. The triggers below keep it consistent on every insert,
-- update and delete: articles_fts must never be written to directly.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- One row per real person across all articles.
CREATE TABLE people (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,               -- the fullest form, as first seen
    surname_folded   TEXT NOT NULL,               -- last name, lowercased, without diacritics
    country          TEXT REFERENCES countries(code),
    first_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE INDEX people_surname_folded ON people(surname_folded);

-- Every surface form seen for a person ("Lloyd J. Austin III", "Austin", "Lloyd Austin").
CREATE TABLE person_aliases (
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,
    alias_folded TEXT NOT NULL,                   -- lowercased, without diacritics
    UNIQUE (person_id, alias_folded)
);
CREATE INDEX person_aliases_alias_folded ON person_aliases(alias_folded);

-- Titles change over time: each (person, title, country) with the first and last day it was seen.
CREATE TABLE person_roles (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    country    TEXT REFERENCES countries(code),
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL CHECK (last_seen >= first_seen),
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL   -- where it was first seen
);
CREATE UNIQUE INDEX person_roles_key ON person_roles(person_id, title, ifnull(country, ''));

CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY,
    date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision   TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    location         TEXT,
    location_country TEXT REFERENCES countries(code),
    mode             TEXT NOT NULL CHECK (mode IN ('in_person', 'call', 'video')),
    status           TEXT NOT NULL CHECK (status IN ('held', 'planned', 'cancelled'))
);
CREATE INDEX meetings_date ON meetings(date);

-- Who took part, in the order the article names them: the first two are the principals.
CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('principal', 'attendee')),
    position   INTEGER NOT NULL,                  -- 0-based order of mention
    title      TEXT,                              -- the title and country at the time
    country    TEXT REFERENCES countries(code),
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_participants_person_id ON meeting_participants(person_id);

CREATE TABLE meeting_sources (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence   TEXT NOT NULL,
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end >= start)
);
CREATE INDEX meeting_sources_meeting_id ON meeting_sources(meeting_id);
CREATE INDEX meeting_sources_article_id ON meeting_sources(article_id);

CREATE TABLE aid_commitments (
    id             INTEGER PRIMARY KEY,
    donor          TEXT REFERENCES countries(code),
    recipient      TEXT REFERENCES countries(code),
    amount         INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),  -- exact, whole units
    currency       TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),  -- ISO 4217
    kind           TEXT NOT NULL
                   CHECK (kind IN ('military', 'humanitarian', 'economic', 'financial', 'development', 'other')),
    date           TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    cumulative     INTEGER NOT NULL CHECK (cumulative IN (0, 1)),  -- 1: a running total, never summed
    amount_text    TEXT NOT NULL                                   -- as written: '$4.8 billion'
);
CREATE INDEX aid_commitments_date ON aid_commitments(date);

CREATE TABLE aid_sources (
    aid_id     INTEGER NOT NULL REFERENCES aid_commitments(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence   TEXT NOT NULL,
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end >= start)
);
CREATE INDEX aid_sources_aid_id ON aid_sources(aid_id);
CREATE INDEX aid_sources_article_id ON aid_sources(article_id);

-- A small taxonomy: a topic may sit under a broader one.
CREATE TABLE topics (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    parent_id INTEGER REFERENCES topics(id) ON DELETE SET NULL
);

CREATE TABLE meeting_topics (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, topic_id)
);
CREATE INDEX meeting_topics_topic_id ON meeting_topics(topic_id);

CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, topic_id)
);
CREATE INDEX article_topics_topic_id ON article_topics(topic_id);

-- One row per meeting, readable in the sqlite3 shell or Datasette.
CREATE VIEW meeting_list AS
SELECT
    m.id,
    m.date,
    m.date_precision,
    m.location,
    m.location_country,
    m.mode,
    m.status,
    (SELECT group_concat(name, '; ') FROM (
        SELECT p.name FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
        WHERE mp.meeting_id = m.id ORDER BY mp.position)) AS participants,
    (SELECT group_concat(name, '; ') FROM (
        SELECT t.name FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
        WHERE mt.meeting_id = m.id ORDER BY t.name)) AS topics,
    (SELECT s.evidence FROM meeting_sources AS s WHERE s.meeting_id = m.id ORDER BY s.rowid LIMIT 1) AS evidence
FROM meetings AS m;

-- One row per aid commitment, with the sentence of its first source.
CREATE VIEW aid_list AS
SELECT
    a.id,
    a.date,
    a.date_precision,
    a.donor,
    a.recipient,
    a.amount,
    a.currency,
    a.kind,
    a.cumulative,
    a.amount_text,
    (SELECT s.evidence FROM aid_sources AS s WHERE s.aid_id = a.id ORDER BY s.rowid LIMIT 1) AS evidence
FROM aid_commitments AS a;
