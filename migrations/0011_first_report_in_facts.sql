-- 0011_first_report_in_facts: each aid commitment keeps where its evidence sentence is, the
-- sentence of its earliest report, so that a list reads it without searching the reports (issue 7:
-- `aid --from D --to D+30 --format json`, 1,700 facts, spent two thirds of its time in SQLite, a
-- search of each fact's reports, a search of its article, and a copy of the article's whole body
-- before substr() cut the sentence out of it).
--
-- * `aid_commitments` gains `evidence_article`, the article of the earliest report, and
--   `evidence_offset` and `evidence_bytes`, where the sentence is in that article's body, counted
--   in bytes of its UTF-8 (the spans count characters, as substr() does; bytes let a reader read
--   the sentence alone, through SQLite's incremental blob I/O, without copying the body). The
--   earliest report is the one `aid_list` and `FirstEvidence` choose: by the article's day, then
--   its source, then the sentence's start, then the article's id and the sentence's end. All three
--   are null while a commitment has no report.
-- * `aid_commitments_by_date`, from which a list within dates reads every column, holds them too:
--   a list's evidence is then one search of each article, in the order of their ids. The index
--   also holds the id after the date, so that the list's order (date, then id) is the index's own:
--   SQLite sorted each day's rows apart (a sixth of the list's time, 0.36 µs a row).
-- * They are derived from `aid_spans` and kept by triggers, whoever writes: a report inserted
--   earlier than the commitment's first takes its place; a report deleted (its article deleted, its
--   commitment merged into another) or moved to another commitment has both commitments' first
--   report chosen again; an article deleted, or whose day, source or body changes, has the first
--   report of every commitment it reports chosen again. No foreign key: deleting an article would then search every
--   commitment for it, and the triggers on `aid_spans` already clear what it took away.
-- * Rows that exist are filled in here, from the reports they have.

ALTER TABLE aid_commitments ADD COLUMN evidence_article INTEGER;
ALTER TABLE aid_commitments ADD COLUMN evidence_offset INTEGER;
ALTER TABLE aid_commitments ADD COLUMN evidence_bytes INTEGER;

UPDATE aid_commitments SET (evidence_article, evidence_offset, evidence_bytes) = (
    SELECT f.article_id, length(CAST(substr(a.body, 1, f.start) AS BLOB)),
           length(CAST(substr(a.body, f.start + 1, f.end - f.start) AS BLOB))
    FROM (SELECT s.article_id, s.start, s.end FROM aid_spans AS s JOIN articles AS r ON r.id = s.article_id
          WHERE s.aid_id = aid_commitments.id
          ORDER BY r.published_on, r.source, s.start, s.article_id, s.end LIMIT 1) AS f
    JOIN articles AS a ON a.id = f.article_id);

DROP INDEX aid_commitments_by_date;
CREATE INDEX aid_commitments_by_date ON aid_commitments(
    date, id, cumulative, currency, amount, kind, donor, recipient, date_precision, evidence_article, evidence_offset, evidence_bytes);

-- A new report: it becomes the first when no report of the commitment comes before it (the new row
-- itself is among them, and does not come before itself).
CREATE TRIGGER aid_evidence_insert AFTER INSERT ON aid_spans BEGIN
    UPDATE aid_commitments SET (evidence_article, evidence_offset, evidence_bytes) = (
        SELECT new.article_id, length(CAST(substr(a.body, 1, new.start) AS BLOB)),
               length(CAST(substr(a.body, new.start + 1, new.end - new.start) AS BLOB))
        FROM articles AS a WHERE a.id = new.article_id)
    WHERE id = new.aid_id
      AND NOT EXISTS (
          SELECT 1 FROM articles AS n CROSS JOIN aid_spans AS s CROSS JOIN articles AS r ON r.id = s.article_id
          WHERE n.id = new.article_id AND s.aid_id = new.aid_id
            AND (r.published_on, r.source, s.start, s.article_id, s.end) < (n.published_on, n.source, new.start, new.article_id, new.end));
END;

-- A report gone: when it was in the article of the first, the first is chosen again (none: null).
CREATE TRIGGER aid_evidence_delete AFTER DELETE ON aid_spans
WHEN old.article_id IS (SELECT evidence_article FROM aid_commitments WHERE id = old.aid_id) BEGIN
    UPDATE aid_commitments SET (evidence_article, evidence_offset, evidence_bytes) = (
        SELECT f.article_id, length(CAST(substr(a.body, 1, f.start) AS BLOB)),
               length(CAST(substr(a.body, f.start + 1, f.end - f.start) AS BLOB))
        FROM (SELECT s.article_id, s.start, s.end FROM aid_spans AS s JOIN articles AS r ON r.id = s.article_id
              WHERE s.aid_id = old.aid_id
              ORDER BY r.published_on, r.source, s.start, s.article_id, s.end LIMIT 1) AS f
        JOIN articles AS a ON a.id = f.article_id)
    WHERE id = old.aid_id;
END;

-- A report moved (a merge moves the reports of one commitment to another) or changed: both
-- commitments' first reports chosen again.
CREATE TRIGGER aid_evidence_update AFTER UPDATE ON aid_spans BEGIN
    UPDATE aid_commitments SET (evidence_article, evidence_offset, evidence_bytes) = (
        SELECT f.article_id, length(CAST(substr(a.body, 1, f.start) AS BLOB)),
               length(CAST(substr(a.body, f.start + 1, f.end - f.start) AS BLOB))
        FROM (SELECT s.article_id, s.start, s.end FROM aid_spans AS s JOIN articles AS r ON r.id = s.article_id
              WHERE s.aid_id = aid_commitments.id
              ORDER BY r.published_on, r.source, s.start, s.article_id, s.end LIMIT 1) AS f
        JOIN articles AS a ON a.id = f.article_id)
    WHERE id IN (old.aid_id, new.aid_id);
END;

-- An article deleted: every commitment it reports has its first report chosen again among the
-- articles left. With foreign keys on, deleting its reports does it too; with them off (the sqlite3
-- shell's default) its reports stay, and only this keeps the place off the missing article.
CREATE TRIGGER aid_evidence_article_delete AFTER DELETE ON articles BEGIN
    UPDATE aid_commitments SET (evidence_article, evidence_offset, evidence_bytes) = (
        SELECT f.article_id, length(CAST(substr(a.body, 1, f.start) AS BLOB)),
               length(CAST(substr(a.body, f.start + 1, f.end - f.start) AS BLOB))
        FROM (SELECT s.article_id, s.start, s.end FROM aid_spans AS s JOIN articles AS r ON r.id = s.article_id
              WHERE s.aid_id = aid_commitments.id
              ORDER BY r.published_on, r.source, s.start, s.article_id, s.end LIMIT 1) AS f
        JOIN articles AS a ON a.id = f.article_id)
    WHERE id IN (SELECT aid_id FROM aid_spans WHERE article_id = old.id);
END;

-- An article's day, source or body changed (ingest never does; the sqlite3 shell may): every
-- commitment it reports has its first report chosen again.
CREATE TRIGGER aid_evidence_article_update AFTER UPDATE OF published_on, source, body ON articles BEGIN
    UPDATE aid_commitments SET (evidence_article, evidence_offset, evidence_bytes) = (
        SELECT f.article_id, length(CAST(substr(a.body, 1, f.start) AS BLOB)),
               length(CAST(substr(a.body, f.start + 1, f.end - f.start) AS BLOB))
        FROM (SELECT s.article_id, s.start, s.end FROM aid_spans AS s JOIN articles AS r ON r.id = s.article_id
              WHERE s.aid_id = aid_commitments.id
              ORDER BY r.published_on, r.source, s.start, s.article_id, s.end LIMIT 1) AS f
        JOIN articles AS a ON a.id = f.article_id)
    WHERE id IN (SELECT aid_id FROM aid_spans WHERE article_id = new.id);
END;
