-- 0006_ingest_lookups: what keeps ingest's cost per article flat as the knowledge base grows (issue 7).
--
-- * People are found by surname and given name together. Resolving a full name used to read
--   every stored form of its surname, so its cost grew with the people sharing a common surname.
--   It now looks up, by this index, the distinct given names stored with the surname (a seek
--   each), then the people with the given names that agree with the mention's (equal, an
--   initial, a nickname), then only those people's forms. The index starts with the surname, so
--   it serves every lookup person_names_surname_folded served, and that one goes.
-- * Articles written by ingest are indexed for full-text search once per transaction, not one by
--   one. FTS5 writes its pending index out at every savepoint, the statement savepoint of a
--   trigger included, so indexing each article as it was inserted cost three times the insert.
--   While `search_index_pending` holds a row, the insert trigger leaves new articles alone; ingest
--   adds the row when its transaction begins (`since`: the largest article id then), and before
--   it commits indexes the articles after `since` in one statement and deletes the row. Outside
--   such a transaction the table is empty, so any other insert is indexed by the trigger as
--   before, and a transaction that does not commit leaves neither articles nor index behind.

CREATE INDEX person_names_name ON person_names(surname_folded, given_folded, person_id);
DROP INDEX person_names_surname_folded;

CREATE TABLE search_index_pending (
    since INTEGER NOT NULL   -- the largest article id when the transaction began; 0 for none
);

DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM search_index_pending) BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
