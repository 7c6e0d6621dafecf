-- 0005_query_summaries: running sums and counts kept by triggers, so that `aid --group-by` and
-- `topics` answer from a few thousand summary rows instead of every commitment or link (issue 7).
-- The last part of this file keeps `topic_counts`; the rest, sums of aid commitments:
--
-- * `aid_day_totals`: per day, precision and currency — serves grouping by day, month and year,
--   within any dates.
-- * `aid_month_totals`: the same per month — serves grouping by month and year over whole months.
-- * `aid_party_totals`: per donor, per recipient and per kind, and currency — serves grouping by
--   donor, recipient or kind over the whole database.
--
-- They hold exactly what a recomputation from `aid_commitments` gives (Tests/KnowledgeBaseTests/
-- AidSummaryTests.swift checks it after merges): the triggers below add each inserted row, take
-- each deleted one away, and do both for an update, so merges (UPDATE and DELETE of
-- aid_commitments) keep them exact. A group left with no commitment is deleted.
--
-- Sums never overflow: the amount is kept in two parts, `total_high` (amount >> 32) and
-- `total_low` (amount & 0xFFFFFFFF), each summed on its own (under 2^31 and 2^32 per row, so a
-- sum of fewer than 2^32 rows fits), and the reader puts them together, saturating at the
-- largest integer as AidReport does. Running totals (`cumulative`) are counted apart and never
-- added in; the largest one is kept, and recomputed when it is deleted.

CREATE TABLE aid_day_totals (
    date                  TEXT NOT NULL,
    date_precision        TEXT NOT NULL,
    currency              TEXT NOT NULL,
    total_high            INTEGER NOT NULL,   -- sum of (amount >> 32) over new commitments
    total_low             INTEGER NOT NULL,   -- sum of (amount & 0xFFFFFFFF) over new commitments
    commitments           INTEGER NOT NULL,   -- new commitments
    running_totals        INTEGER NOT NULL,   -- cumulative rows
    largest_running_total INTEGER,            -- null without running totals
    PRIMARY KEY (date, date_precision, currency)
) WITHOUT ROWID;

-- The same per month ('YYYY-MM'): grouping by month or year over whole months reads a few hundred rows.
CREATE TABLE aid_month_totals (
    month                 TEXT NOT NULL,      -- substr(date, 1, 7)
    date_precision        TEXT NOT NULL,
    currency              TEXT NOT NULL,
    total_high            INTEGER NOT NULL,
    total_low             INTEGER NOT NULL,
    commitments           INTEGER NOT NULL,
    running_totals        INTEGER NOT NULL,
    largest_running_total INTEGER,
    PRIMARY KEY (month, date_precision, currency)
) WITHOUT ROWID;

CREATE TABLE aid_party_totals (
    grouping              TEXT NOT NULL CHECK (grouping IN ('donor', 'recipient', 'kind')),
    key                   TEXT NOT NULL,      -- the code or kind; '' for an unknown donor or recipient
    currency              TEXT NOT NULL,
    total_high            INTEGER NOT NULL,
    total_low             INTEGER NOT NULL,
    commitments           INTEGER NOT NULL,
    running_totals        INTEGER NOT NULL,
    largest_running_total INTEGER,
    PRIMARY KEY (grouping, key, currency)
) WITHOUT ROWID;

-- Finding the largest running total left after one is deleted, without reading every commitment.
CREATE INDEX aid_commitments_running_donor ON aid_commitments(donor, currency, amount) WHERE cumulative = 1;
CREATE INDEX aid_commitments_running_recipient ON aid_commitments(recipient, currency, amount) WHERE cumulative = 1;
CREATE INDEX aid_commitments_running_kind ON aid_commitments(kind, currency, amount) WHERE cumulative = 1;

-- The initial sums, from the commitments already stored.
INSERT INTO aid_day_totals
SELECT date, date_precision, currency,
       sum(CASE WHEN cumulative THEN 0 ELSE amount >> 32 END), sum(CASE WHEN cumulative THEN 0 ELSE amount & 4294967295 END),
       sum(1 - cumulative), sum(cumulative), max(CASE WHEN cumulative THEN amount END)
FROM aid_commitments GROUP BY date, date_precision, currency;

INSERT INTO aid_month_totals
SELECT substr(date, 1, 7), date_precision, currency,
       sum(CASE WHEN cumulative THEN 0 ELSE amount >> 32 END), sum(CASE WHEN cumulative THEN 0 ELSE amount & 4294967295 END),
       sum(1 - cumulative), sum(cumulative), max(CASE WHEN cumulative THEN amount END)
FROM aid_commitments GROUP BY substr(date, 1, 7), date_precision, currency;

INSERT INTO aid_party_totals
SELECT grouping, key, currency,
       sum(CASE WHEN cumulative THEN 0 ELSE amount >> 32 END), sum(CASE WHEN cumulative THEN 0 ELSE amount & 4294967295 END),
       sum(1 - cumulative), sum(cumulative), max(CASE WHEN cumulative THEN amount END)
FROM (SELECT 'donor' AS grouping, ifnull(donor, '') AS key, currency, amount, cumulative FROM aid_commitments
      UNION ALL SELECT 'recipient', ifnull(recipient, ''), currency, amount, cumulative FROM aid_commitments
      UNION ALL SELECT 'kind', kind, currency, amount, cumulative FROM aid_commitments)
GROUP BY grouping, key, currency;

-- Adding a commitment.
CREATE TRIGGER aid_totals_insert AFTER INSERT ON aid_commitments BEGIN
    INSERT INTO aid_day_totals VALUES (
        new.date, new.date_precision, new.currency,
        CASE WHEN new.cumulative THEN 0 ELSE new.amount >> 32 END, CASE WHEN new.cumulative THEN 0 ELSE new.amount & 4294967295 END,
        1 - new.cumulative, new.cumulative, CASE WHEN new.cumulative THEN new.amount END)
    ON CONFLICT (date, date_precision, currency) DO UPDATE SET
        total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low,
        commitments = commitments + excluded.commitments, running_totals = running_totals + excluded.running_totals,
        largest_running_total = max(ifnull(largest_running_total, excluded.largest_running_total),
                                    ifnull(excluded.largest_running_total, largest_running_total));
    INSERT INTO aid_month_totals VALUES (
        substr(new.date, 1, 7), new.date_precision, new.currency,
        CASE WHEN new.cumulative THEN 0 ELSE new.amount >> 32 END, CASE WHEN new.cumulative THEN 0 ELSE new.amount & 4294967295 END,
        1 - new.cumulative, new.cumulative, CASE WHEN new.cumulative THEN new.amount END)
    ON CONFLICT (month, date_precision, currency) DO UPDATE SET
        total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low,
        commitments = commitments + excluded.commitments, running_totals = running_totals + excluded.running_totals,
        largest_running_total = max(ifnull(largest_running_total, excluded.largest_running_total),
                                    ifnull(excluded.largest_running_total, largest_running_total));
    INSERT INTO aid_party_totals
    SELECT grouping, key, new.currency,
           CASE WHEN new.cumulative THEN 0 ELSE new.amount >> 32 END, CASE WHEN new.cumulative THEN 0 ELSE new.amount & 4294967295 END,
           1 - new.cumulative, new.cumulative, CASE WHEN new.cumulative THEN new.amount END
    FROM (SELECT 'donor' AS grouping, ifnull(new.donor, '') AS key
          UNION ALL SELECT 'recipient', ifnull(new.recipient, '') UNION ALL SELECT 'kind', new.kind) WHERE true
    ON CONFLICT (grouping, key, currency) DO UPDATE SET
        total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low,
        commitments = commitments + excluded.commitments, running_totals = running_totals + excluded.running_totals,
        largest_running_total = max(ifnull(largest_running_total, excluded.largest_running_total),
                                    ifnull(excluded.largest_running_total, largest_running_total));
END;

-- Taking a commitment away: its amount out of the sums, the largest running total found again
-- among those left, and a group left empty deleted.
CREATE TRIGGER aid_totals_delete AFTER DELETE ON aid_commitments BEGIN
    UPDATE aid_day_totals SET
        total_high = total_high - CASE WHEN old.cumulative THEN 0 ELSE old.amount >> 32 END,
        total_low = total_low - CASE WHEN old.cumulative THEN 0 ELSE old.amount & 4294967295 END,
        commitments = commitments - 1 + old.cumulative, running_totals = running_totals - old.cumulative,
        largest_running_total = CASE WHEN old.cumulative AND old.amount = largest_running_total THEN
            (SELECT max(amount) FROM aid_commitments AS a WHERE a.date = old.date AND a.cumulative = 1 AND a.currency = old.currency
             AND a.date_precision = old.date_precision) ELSE largest_running_total END
    WHERE date = old.date AND date_precision = old.date_precision AND currency = old.currency;
    DELETE FROM aid_day_totals
    WHERE date = old.date AND date_precision = old.date_precision AND currency = old.currency AND commitments = 0 AND running_totals = 0;
    UPDATE aid_month_totals SET
        total_high = total_high - CASE WHEN old.cumulative THEN 0 ELSE old.amount >> 32 END,
        total_low = total_low - CASE WHEN old.cumulative THEN 0 ELSE old.amount & 4294967295 END,
        commitments = commitments - 1 + old.cumulative, running_totals = running_totals - old.cumulative,
        largest_running_total = CASE WHEN old.cumulative AND old.amount = largest_running_total THEN
            (SELECT max(amount) FROM aid_commitments AS a
             WHERE a.date BETWEEN substr(old.date, 1, 7) || '-01' AND substr(old.date, 1, 7) || '-31' AND a.cumulative = 1
               AND a.currency = old.currency AND a.date_precision = old.date_precision) ELSE largest_running_total END
    WHERE month = substr(old.date, 1, 7) AND date_precision = old.date_precision AND currency = old.currency;
    DELETE FROM aid_month_totals
    WHERE month = substr(old.date, 1, 7) AND date_precision = old.date_precision AND currency = old.currency
      AND commitments = 0 AND running_totals = 0;
    UPDATE aid_party_totals SET
        total_high = total_high - CASE WHEN old.cumulative THEN 0 ELSE old.amount >> 32 END,
        total_low = total_low - CASE WHEN old.cumulative THEN 0 ELSE old.amount & 4294967295 END,
        commitments = commitments - 1 + old.cumulative, running_totals = running_totals - old.cumulative,
        largest_running_total = CASE WHEN old.cumulative AND old.amount = largest_running_total THEN
            CASE grouping
            WHEN 'donor' THEN (SELECT max(amount) FROM aid_commitments AS a
                               WHERE a.donor IS old.donor AND a.currency = old.currency AND a.cumulative = 1)
            WHEN 'recipient' THEN (SELECT max(amount) FROM aid_commitments AS a
                                   WHERE a.recipient IS old.recipient AND a.currency = old.currency AND a.cumulative = 1)
            ELSE (SELECT max(amount) FROM aid_commitments AS a
                  WHERE a.kind = old.kind AND a.currency = old.currency AND a.cumulative = 1) END
            ELSE largest_running_total END
    WHERE currency = old.currency
      AND ((grouping = 'donor' AND key = ifnull(old.donor, '')) OR (grouping = 'recipient' AND key = ifnull(old.recipient, ''))
           OR (grouping = 'kind' AND key = old.kind));
    DELETE FROM aid_party_totals
    WHERE currency = old.currency AND commitments = 0 AND running_totals = 0
      AND ((grouping = 'donor' AND key = ifnull(old.donor, '')) OR (grouping = 'recipient' AND key = ifnull(old.recipient, ''))
           OR (grouping = 'kind' AND key = old.kind));
END;

-- Changing a commitment (a merge corrects its amount, kind or date): the old row out, the new one in.
CREATE TRIGGER aid_totals_update AFTER UPDATE OF date, date_precision, currency, amount, kind, cumulative, donor, recipient
ON aid_commitments BEGIN
    UPDATE aid_day_totals SET
        total_high = total_high - CASE WHEN old.cumulative THEN 0 ELSE old.amount >> 32 END,
        total_low = total_low - CASE WHEN old.cumulative THEN 0 ELSE old.amount & 4294967295 END,
        commitments = commitments - 1 + old.cumulative, running_totals = running_totals - old.cumulative,
        largest_running_total = CASE WHEN old.cumulative AND old.amount = largest_running_total THEN
            (SELECT max(amount) FROM aid_commitments AS a WHERE a.date = old.date AND a.cumulative = 1 AND a.currency = old.currency
             AND a.date_precision = old.date_precision AND a.id <> old.id) ELSE largest_running_total END
    WHERE date = old.date AND date_precision = old.date_precision AND currency = old.currency;
    DELETE FROM aid_day_totals
    WHERE date = old.date AND date_precision = old.date_precision AND currency = old.currency AND commitments = 0 AND running_totals = 0;
    UPDATE aid_month_totals SET
        total_high = total_high - CASE WHEN old.cumulative THEN 0 ELSE old.amount >> 32 END,
        total_low = total_low - CASE WHEN old.cumulative THEN 0 ELSE old.amount & 4294967295 END,
        commitments = commitments - 1 + old.cumulative, running_totals = running_totals - old.cumulative,
        largest_running_total = CASE WHEN old.cumulative AND old.amount = largest_running_total THEN
            (SELECT max(amount) FROM aid_commitments AS a
             WHERE a.date BETWEEN substr(old.date, 1, 7) || '-01' AND substr(old.date, 1, 7) || '-31' AND a.cumulative = 1
               AND a.currency = old.currency AND a.date_precision = old.date_precision AND a.id <> old.id) ELSE largest_running_total END
    WHERE month = substr(old.date, 1, 7) AND date_precision = old.date_precision AND currency = old.currency;
    DELETE FROM aid_month_totals
    WHERE month = substr(old.date, 1, 7) AND date_precision = old.date_precision AND currency = old.currency
      AND commitments = 0 AND running_totals = 0;
    UPDATE aid_party_totals SET
        total_high = total_high - CASE WHEN old.cumulative THEN 0 ELSE old.amount >> 32 END,
        total_low = total_low - CASE WHEN old.cumulative THEN 0 ELSE old.amount & 4294967295 END,
        commitments = commitments - 1 + old.cumulative, running_totals = running_totals - old.cumulative,
        largest_running_total = CASE WHEN old.cumulative AND old.amount = largest_running_total THEN
            CASE grouping
            WHEN 'donor' THEN (SELECT max(amount) FROM aid_commitments AS a
                               WHERE a.donor IS old.donor AND a.currency = old.currency AND a.cumulative = 1 AND a.id <> old.id)
            WHEN 'recipient' THEN (SELECT max(amount) FROM aid_commitments AS a
                                   WHERE a.recipient IS old.recipient AND a.currency = old.currency AND a.cumulative = 1
                                     AND a.id <> old.id)
            ELSE (SELECT max(amount) FROM aid_commitments AS a
                  WHERE a.kind = old.kind AND a.currency = old.currency AND a.cumulative = 1 AND a.id <> old.id) END
            ELSE largest_running_total END
    WHERE currency = old.currency
      AND ((grouping = 'donor' AND key = ifnull(old.donor, '')) OR (grouping = 'recipient' AND key = ifnull(old.recipient, ''))
           OR (grouping = 'kind' AND key = old.kind));
    DELETE FROM aid_party_totals
    WHERE currency = old.currency AND commitments = 0 AND running_totals = 0
      AND ((grouping = 'donor' AND key = ifnull(old.donor, '')) OR (grouping = 'recipient' AND key = ifnull(old.recipient, ''))
           OR (grouping = 'kind' AND key = old.kind));
    INSERT INTO aid_day_totals VALUES (
        new.date, new.date_precision, new.currency,
        CASE WHEN new.cumulative THEN 0 ELSE new.amount >> 32 END, CASE WHEN new.cumulative THEN 0 ELSE new.amount & 4294967295 END,
        1 - new.cumulative, new.cumulative, CASE WHEN new.cumulative THEN new.amount END)
    ON CONFLICT (date, date_precision, currency) DO UPDATE SET
        total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low,
        commitments = commitments + excluded.commitments, running_totals = running_totals + excluded.running_totals,
        largest_running_total = max(ifnull(largest_running_total, excluded.largest_running_total),
                                    ifnull(excluded.largest_running_total, largest_running_total));
    INSERT INTO aid_month_totals VALUES (
        substr(new.date, 1, 7), new.date_precision, new.currency,
        CASE WHEN new.cumulative THEN 0 ELSE new.amount >> 32 END, CASE WHEN new.cumulative THEN 0 ELSE new.amount & 4294967295 END,
        1 - new.cumulative, new.cumulative, CASE WHEN new.cumulative THEN new.amount END)
    ON CONFLICT (month, date_precision, currency) DO UPDATE SET
        total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low,
        commitments = commitments + excluded.commitments, running_totals = running_totals + excluded.running_totals,
        largest_running_total = max(ifnull(largest_running_total, excluded.largest_running_total),
                                    ifnull(excluded.largest_running_total, largest_running_total));
    INSERT INTO aid_party_totals
    SELECT grouping, key, new.currency,
           CASE WHEN new.cumulative THEN 0 ELSE new.amount >> 32 END, CASE WHEN new.cumulative THEN 0 ELSE new.amount & 4294967295 END,
           1 - new.cumulative, new.cumulative, CASE WHEN new.cumulative THEN new.amount END
    FROM (SELECT 'donor' AS grouping, ifnull(new.donor, '') AS key
          UNION ALL SELECT 'recipient', ifnull(new.recipient, '') UNION ALL SELECT 'kind', new.kind) WHERE true
    ON CONFLICT (grouping, key, currency) DO UPDATE SET
        total_high = total_high + excluded.total_high, total_low = total_low + excluded.total_low,
        commitments = commitments + excluded.commitments, running_totals = running_totals + excluded.running_totals,
        largest_running_total = max(ifnull(largest_running_total, excluded.largest_running_total),
                                    ifnull(excluded.largest_running_total, largest_running_total));
END;

-- `aid --donor` and `aid --recipient` (codes in any case), with or without dates: the donor's or
-- recipient's commitments by date, rather than every commitment of the dates.
CREATE INDEX aid_commitments_donor_date ON aid_commitments(donor COLLATE NOCASE, date);
CREATE INDEX aid_commitments_recipient_date ON aid_commitments(recipient COLLATE NOCASE, date);

-- `topics`: how many meetings and articles each topic tags, kept as the links are added and
-- removed (a merge deletes a meeting, and its links with it), rather than counted at each query.
CREATE TABLE topic_counts (
    topic_id INTEGER PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
    meetings INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
INSERT INTO topic_counts
SELECT t.id, (SELECT count(*) FROM meeting_topics AS mt WHERE mt.topic_id = t.id),
       (SELECT count(*) FROM article_topics AS at WHERE at.topic_id = t.id)
FROM topics AS t
WHERE EXISTS (SELECT 1 FROM meeting_topics AS mt WHERE mt.topic_id = t.id)
   OR EXISTS (SELECT 1 FROM article_topics AS at WHERE at.topic_id = t.id);

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
