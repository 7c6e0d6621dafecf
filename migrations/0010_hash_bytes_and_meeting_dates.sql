-- 0010_hash_bytes_and_meeting_dates: an article's hash stored as its 32 bytes rather than 64 hex
-- digits, and the room that frees spent on the meetings' date index holding each meeting's sketch
-- of its countries (issue 7: `meetings --country C` over a week read every one of the week's
-- 1,900 meetings from the table to test its sketch; the file was at three times the text it
-- holds, the ceiling, so the index had to be paid for first).
--
-- * `articles.content_hash` was 64 hexadecimal characters, in the table and again in its UNIQUE
--   index: 130 bytes an article where 66 do. It becomes a BLOB of the 32 bytes of the SHA-256;
--   readers show it as hex again (lower(hex(content_hash))).
--   Changing a column's type and CHECK in place needs no copy of the table: the rows' bytes do
--   not depend on them. Rebuilding `articles` would need foreign keys off (dropping it deletes
--   what refers to it), which a migration's transaction cannot turn off, so the table's
--   definition is edited as SQLite documents for such changes, then the hashes are rewritten,
--   each checked by the new CHECK (a definition the edit missed keeps the old CHECK, which every
--   rewritten hash fails: the migration then stops, changing nothing).
--   <https://www.sqlite.org/lang_altertable.html#otheralter>
-- * SQLite 3.40 has no unhex(): each pair of digits is the byte at its value in a blob of all 256
--   bytes, and the 32 bytes are joined by a recursive query (|| keeps the bytes; CAST makes them
--   a blob again).
-- * meetings_date, on (date), is made again on (date, id, country_bits): still in the order the
--   lists are (date, then id), and a meeting's sketch is tested in the index, so that only the
--   meetings that may hold the country are read from the table (an eighth of them for one of
--   thirty countries). The id is named so that the order is the index's own.

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),  -- SHA-256 of the body, hex',
                  'content_hash BLOB NOT NULL UNIQUE CHECK (typeof(content_hash) = ''blob'' AND length(content_hash) = 32),  -- SHA-256 of the body')
WHERE type = 'table' AND name = 'articles';
PRAGMA writable_schema = RESET;

UPDATE articles SET content_hash = (
    WITH RECURSIVE bytes(i, done) AS (
        SELECT 0, x''
        UNION ALL
        SELECT i + 1, done || substr(
            x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
            16 * (instr('0123456789abcdef', substr(lower(articles.content_hash), 2 * i + 1, 1)) - 1)
                + instr('0123456789abcdef', substr(lower(articles.content_hash), 2 * i + 2, 1)),
            1)
        FROM bytes WHERE i < 32)
    SELECT CAST(done AS BLOB) FROM bytes WHERE i = 32);
-- The unique index rewritten in key order, not as the hashes were updated.
REINDEX sqlite_autoindex_articles_1;

DROP INDEX meetings_date;
CREATE INDEX meetings_date ON meetings(date, id, country_bits);
