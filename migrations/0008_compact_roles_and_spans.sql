-- 0008_compact_roles_and_spans: the writers' tables stored once, in the order they are searched by,
-- a participant's role as a flag (issue 7: the file was 3.2 times the text it holds, where three
-- times is the target), and the articles' rows written once at their full size.
--
-- * `person_roles` was a rowid table plus a unique index on (person_id, title, ifnull(country,
--   '')), which held the key a second time. As a table WITHOUT ROWID keyed by (person_id, title,
--   country) the key is the table. A key column cannot be null, so an unknown country is '' (as
--   in `person_names`), and the column no longer refers to `countries` ('' is no code); readers
--   turn '' back into null. The `id` nobody referred to is gone.
-- * `meeting_spans` and `aid_spans` were rowid tables with two indexes each. Keyed by (fact,
--   article, start, end) WITHOUT ROWID, a fact's reports are the table, and one index finds an
--   article's; the same report written twice (the same sentence at the same offsets) is one row.
--   Nothing read their rowids: reports are ordered by content (the article's day, its source, the
--   offset), as 0002's views order them.
-- * Articles were inserted with an empty `ingested_at`, set at the end of the transaction (see
--   0006): the update grew each row by 20 bytes after its page had been filled, and the pages
--   split, a twentieth of the articles' pages. Now ingest inserts each article with its time, and
--   defers full-text indexing by holding a row in `fts_deferred` (never committed): the
--   insert trigger leaves alone what is inserted while it holds one, and ingest indexes the
--   articles after `after` before it commits. Every other insert is indexed by the trigger.
-- * `meeting_participants.role`, the text 'principal' or 'attendee' on every participant (a
--   seventh of the table), becomes `principal`, 1 or 0, which SQLite's record format stores in
--   no bytes at all. The ties are settled as before: 'attendee' sorted before 'principal', and 0
--   sorts before 1 (a merge keeps min()); lists put principals first (DESC). `meeting_list` is
--   made again over the new column; the person_meetings triggers again on the new table.
-- * meetings_imprecise_date served the lookup of meeting candidates by date (0002); since 0006
--   they are found from their principals, and no statement searches it.
-- * Tables are copied aside, dropped and created again under their own names, so the views that
--   name them (meeting_sources, aid_sources) read them unchanged. No table refers to these four,
--   so dropping them deletes nothing else.

DROP INDEX meetings_imprecise_date;

CREATE TEMP TABLE person_roles_copy AS SELECT * FROM person_roles;
DROP TABLE person_roles;
CREATE TABLE person_roles (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    country    TEXT NOT NULL DEFAULT '',            -- the code, '' when unknown
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL CHECK (last_seen >= first_seen),
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,   -- where it was first seen
    PRIMARY KEY (person_id, title, country)
) WITHOUT ROWID;
INSERT INTO person_roles (person_id, title, country, first_seen, last_seen, article_id)
SELECT person_id, title, ifnull(country, ''), first_seen, last_seen, article_id FROM temp.person_roles_copy
ORDER BY person_id, title, ifnull(country, '');
DROP TABLE temp.person_roles_copy;

CREATE TEMP TABLE meeting_spans_copy AS SELECT * FROM meeting_spans;
DROP TABLE meeting_spans;
CREATE TABLE meeting_spans (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end >= start),
    PRIMARY KEY (meeting_id, article_id, start, end)
) WITHOUT ROWID;
INSERT OR IGNORE INTO meeting_spans (meeting_id, article_id, start, end)
SELECT meeting_id, article_id, start, end FROM temp.meeting_spans_copy ORDER BY meeting_id, article_id, start, end;
DROP TABLE temp.meeting_spans_copy;
CREATE INDEX meeting_spans_article ON meeting_spans(article_id);

CREATE TEMP TABLE aid_spans_copy AS SELECT * FROM aid_spans;
DROP TABLE aid_spans;
CREATE TABLE aid_spans (
    aid_id     INTEGER NOT NULL REFERENCES aid_commitments(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end >= start),
    PRIMARY KEY (aid_id, article_id, start, end)
) WITHOUT ROWID;
INSERT OR IGNORE INTO aid_spans (aid_id, article_id, start, end)
SELECT aid_id, article_id, start, end FROM temp.aid_spans_copy ORDER BY aid_id, article_id, start, end;
DROP TABLE temp.aid_spans_copy;
CREATE INDEX aid_spans_article ON aid_spans(article_id);

CREATE TEMP TABLE participants_copy AS SELECT * FROM meeting_participants;
DROP TABLE meeting_participants;
CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    principal  INTEGER NOT NULL CHECK (principal IN (0, 1)),  -- 1: a principal, 0: an attendee
    position   INTEGER NOT NULL,                  -- 0-based order of mention
    title      TEXT,                              -- the title and country at the time
    country    TEXT REFERENCES countries(code),
    PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
INSERT INTO meeting_participants (meeting_id, person_id, principal, position, title, country)
SELECT meeting_id, person_id, role = 'principal', position, title, country FROM temp.participants_copy
ORDER BY meeting_id, person_id;
DROP TABLE temp.participants_copy;
CREATE INDEX meeting_participants_person_meeting ON meeting_participants(person_id, meeting_id);

-- person_meetings, kept as in 0007_compact_links_and_counts (its counts are unchanged: the rows are the same).
CREATE TRIGGER person_meetings_insert AFTER INSERT ON meeting_participants BEGIN
    INSERT INTO person_meetings VALUES (new.person_id, 1) ON CONFLICT (person_id) DO UPDATE SET meetings = meetings + 1;
END;
CREATE TRIGGER person_meetings_delete AFTER DELETE ON meeting_participants BEGIN
    UPDATE person_meetings SET meetings = meetings - 1 WHERE person_id = old.person_id;
END;
CREATE TRIGGER person_meetings_update AFTER UPDATE OF person_id ON meeting_participants BEGIN
    UPDATE person_meetings SET meetings = meetings - 1 WHERE person_id = old.person_id;
    INSERT INTO person_meetings VALUES (new.person_id, 1) ON CONFLICT (person_id) DO UPDATE SET meetings = meetings + 1;
END;

DROP VIEW meeting_list;
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
        WHERE mp.meeting_id = m.id ORDER BY mp.principal DESC, mp.position, p.name)) AS participants,
    (SELECT group_concat(name, '; ') FROM (
        SELECT t.name FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
        WHERE mt.meeting_id = m.id ORDER BY t.name)) AS topics,
    (SELECT s.evidence FROM meeting_sources AS s JOIN articles AS a ON a.id = s.article_id
     WHERE s.meeting_id = m.id ORDER BY a.published_on, a.source, s.start LIMIT 1) AS evidence,
    (SELECT count(*) FROM meeting_sources AS s WHERE s.meeting_id = m.id) AS sources
FROM meetings AS m;

-- While this holds a row, articles inserted are not indexed by the trigger: ingest indexes those
-- after `after` (the largest id when it began) just before it commits, and deletes the row.
CREATE TABLE fts_deferred (
    after INTEGER NOT NULL
);
DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
