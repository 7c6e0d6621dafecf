-- 0004_evidence_offsets: evidence is kept as offsets into its article's body, not as a second
-- copy of the sentence (the copies were a seventh of the file).
--
-- * `meeting_spans` and `aid_spans` hold the rows `meeting_sources` and `aid_sources` held, less
--   the sentence: the fact, the article, and the half-open offsets into the body, counted in
--   Unicode scalars as SQLite's substr() counts the characters of TEXT.
-- * `meeting_sources` and `aid_sources` become views of them with the same columns as before,
--   `evidence` read from the body with substr(), so every query and view reads them unchanged.
--   The indexes keep their names, and the plans read as they did. Ingest writes the spans.
-- * Rows keep their rowids, so "first reported" orders stay the same.

CREATE TABLE meeting_spans (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end >= start)
);
INSERT INTO meeting_spans (rowid, meeting_id, article_id, start, end)
SELECT rowid, meeting_id, article_id, start, end FROM meeting_sources ORDER BY rowid;
DROP TABLE meeting_sources;
CREATE INDEX meeting_sources_meeting_id ON meeting_spans(meeting_id);
CREATE INDEX meeting_sources_article_id ON meeting_spans(article_id);

CREATE TABLE aid_spans (
    aid_id     INTEGER NOT NULL REFERENCES aid_commitments(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end >= start)
);
INSERT INTO aid_spans (rowid, aid_id, article_id, start, end)
SELECT rowid, aid_id, article_id, start, end FROM aid_sources ORDER BY rowid;
DROP TABLE aid_sources;
CREATE INDEX aid_sources_aid_id ON aid_spans(aid_id);
CREATE INDEX aid_sources_article_id ON aid_spans(article_id);

-- The sentence is a scalar subquery rather than a join, so that a query that does not read it
-- (counting a meeting's sources) never looks at the article.
CREATE VIEW meeting_sources AS
SELECT s.meeting_id, s.article_id,
       (SELECT substr(a.body, s.start + 1, s.end - s.start) FROM articles AS a WHERE a.id = s.article_id) AS evidence,
       s.start, s.end
FROM meeting_spans AS s;

CREATE VIEW aid_sources AS
SELECT s.aid_id, s.article_id,
       (SELECT substr(a.body, s.start + 1, s.end - s.start) FROM articles AS a WHERE a.id = s.article_id) AS evidence,
       s.start, s.end
FROM aid_spans AS s;
