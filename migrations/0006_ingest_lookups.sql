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
--   Ingest inserts its articles with an empty `ingested_at`, which the insert trigger leaves
--   alone; before its transaction commits, it indexes them in one statement and sets their
--   `ingested_at`. No article with an empty `ingested_at` is ever committed, and any other insert
--   (with the column's default) is indexed by the trigger as before.

CREATE INDEX person_names_name ON person_names(surname_folded, given_folded, person_id);
DROP INDEX person_names_surname_folded;

DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.ingested_at <> '' BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
