-- 0007_compact_links_and_counts: the link tables stored once, in the order they are searched by
-- (issue 7: the file was 3.8 times the text it holds), and each person's number of meetings kept
-- by triggers (`people` counted them at each query: 5 ms for 667 people of 150 meetings each).
--
-- * `meeting_participants`, `meeting_topics`, `article_topics`, `person_names` and
--   `person_aliases` were each a rowid table plus an index on their key, which held every column
--   of the key a second time. As tables WITHOUT ROWID their key is the table: a lookup by meeting,
--   by person or by key reads one b-tree, and the rowid and the second copy are gone. Ingest's
--   statements read the same (their ON CONFLICT targets are the primary keys; INSERT OR IGNORE
--   ignores the same rows).
-- * An index on a table WITHOUT ROWID ends with the primary key: meeting_participants_person_meeting
--   is (person_id, meeting_id) as before, and meeting_participants_person_id, which served the
--   same lookups, is dropped.
-- * meeting_topics_topic_id and article_topics_topic_id are not made again: no query gathers every
--   meeting or article of a topic any more; a topic is checked per meeting or per report by key.
-- * aid_commitments_date and aid_commitments_date_totals give way to aid_commitments_by_date,
--   which holds every column `aid` lists and sums (all but amount_text): the commitments of a span
--   of dates are read from it alone, in order, rather than each from the table.
-- * Rows keep their values; the triggers that keep topic_counts are created again on the new
--   tables (dropping a table drops its triggers). Each table is copied aside, dropped and created
--   again under its own name, so the views that name it (meeting_list) read it unchanged.

DROP INDEX meeting_participants_person_id;
DROP INDEX aid_commitments_date;
DROP INDEX aid_commitments_date_totals;
CREATE INDEX aid_commitments_by_date
    ON aid_commitments(date, cumulative, currency, amount, kind, donor, recipient, date_precision);

-- Who took part in a meeting, by meeting (the meeting's list) and by person (their meetings).
CREATE TEMP TABLE participants_copy AS SELECT * FROM meeting_participants;
DROP TABLE meeting_participants;
CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('principal', 'attendee')),
    position   INTEGER NOT NULL,                  -- 0-based order of mention
    title      TEXT,                              -- the title and country at the time
    country    TEXT REFERENCES countries(code),
    PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
INSERT INTO meeting_participants (meeting_id, person_id, role, position, title, country)
SELECT meeting_id, person_id, role, position, title, country FROM temp.participants_copy ORDER BY meeting_id, person_id;
DROP TABLE temp.participants_copy;
CREATE INDEX meeting_participants_person_meeting ON meeting_participants(person_id, meeting_id);

CREATE TEMP TABLE meeting_topics_copy AS SELECT * FROM meeting_topics;
DROP TABLE meeting_topics;
CREATE TABLE meeting_topics (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, topic_id)
) WITHOUT ROWID;
INSERT INTO meeting_topics (meeting_id, topic_id)
SELECT meeting_id, topic_id FROM temp.meeting_topics_copy ORDER BY meeting_id, topic_id;
DROP TABLE temp.meeting_topics_copy;

CREATE TEMP TABLE article_topics_copy AS SELECT * FROM article_topics;
DROP TABLE article_topics;
CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, topic_id)
) WITHOUT ROWID;
INSERT INTO article_topics (article_id, topic_id)
SELECT article_id, topic_id FROM temp.article_topics_copy ORDER BY article_id, topic_id;
DROP TABLE temp.article_topics_copy;

-- The forms of people's names: by person (their country, a merge), and by surname and given name
-- through the index, which with the key it ends with holds every column resolution compares.
CREATE TEMP TABLE person_names_copy AS SELECT * FROM person_names;
DROP TABLE person_names;
CREATE TABLE person_names (
    person_id      INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    given_folded   TEXT NOT NULL,               -- first given name without a final '.', '' for a surname alone
    surname_folded TEXT NOT NULL,
    country        TEXT NOT NULL DEFAULT '',    -- the code it was seen with, '' when unknown
    mentions       INTEGER NOT NULL DEFAULT 1,  -- how many articles used this form with this country
    PRIMARY KEY (person_id, surname_folded, given_folded, country)
) WITHOUT ROWID;
INSERT INTO person_names (person_id, given_folded, surname_folded, country, mentions)
SELECT person_id, given_folded, surname_folded, country, mentions FROM temp.person_names_copy
ORDER BY person_id, surname_folded, given_folded, country;
DROP TABLE temp.person_names_copy;
-- 0006's lookup by surname and given name, which a rebuilt table must have again.
CREATE INDEX person_names_name ON person_names(surname_folded, given_folded, person_id);

CREATE TEMP TABLE person_aliases_copy AS SELECT * FROM person_aliases;
DROP TABLE person_aliases;
CREATE TABLE person_aliases (
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias        TEXT CHECK (alias IS NOT NULL),  -- a CHECK: SQLite 3.40's integrity_check misreads NOT NULL here
    alias_folded TEXT NOT NULL,                   -- lowercased, without diacritics
    PRIMARY KEY (person_id, alias_folded)
) WITHOUT ROWID;
INSERT INTO person_aliases (person_id, alias, alias_folded)
SELECT person_id, alias, alias_folded FROM temp.person_aliases_copy ORDER BY person_id, alias_folded;
DROP TABLE temp.person_aliases_copy;
CREATE INDEX person_aliases_alias_folded ON person_aliases(alias_folded);

-- topic_counts, kept as in 0005_query_summaries (its counts are unchanged: the rows are the same).
CREATE TRIGGER topic_counts_meeting_insert AFTER INSERT ON meeting_topics BEGIN
    INSERT INTO topic_counts VALUES (new.topic_id, 1, 0) ON CONFLICT (topic_id) DO UPDATE SET meetings = meetings + 1;
END;
CREATE TRIGGER topic_counts_meeting_delete AFTER DELETE ON meeting_topics BEGIN
    UPDATE topic_counts SET meetings = meetings - 1 WHERE topic_id = old.topic_id;
END;
CREATE TRIGGER topic_counts_meeting_update AFTER UPDATE OF topic_id ON meeting_topics BEGIN
    UPDATE topic_counts SET meetings = meetings - 1 WHERE topic_id = old.topic_id;
    INSERT INTO topic_counts VALUES (new.topic_id, 1, 0) ON CONFLICT (topic_id) DO UPDATE SET meetings = meetings + 1;
END;
CREATE TRIGGER topic_counts_article_insert AFTER INSERT ON article_topics BEGIN
    INSERT INTO topic_counts VALUES (new.topic_id, 0, 1) ON CONFLICT (topic_id) DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER topic_counts_article_delete AFTER DELETE ON article_topics BEGIN
    UPDATE topic_counts SET articles = articles - 1 WHERE topic_id = old.topic_id;
END;
CREATE TRIGGER topic_counts_article_update AFTER UPDATE OF topic_id ON article_topics BEGIN
    UPDATE topic_counts SET articles = articles - 1 WHERE topic_id = old.topic_id;
    INSERT INTO topic_counts VALUES (new.topic_id, 0, 1) ON CONFLICT (topic_id) DO UPDATE SET articles = articles + 1;
END;

-- `person_meetings`: how many meetings each person took part in, kept as participants are added
-- and removed (a merge of two people or of two meetings moves the rows, then deletes the old
-- ones in cascade), rather than counted at each query. A person without meetings has no row.
CREATE TABLE person_meetings (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    meetings  INTEGER NOT NULL
);
INSERT INTO person_meetings SELECT person_id, count(*) FROM meeting_participants GROUP BY person_id;

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
