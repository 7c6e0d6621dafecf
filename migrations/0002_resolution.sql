-- 0002_resolution: what resolving people, meetings and aid across articles looks things up by.
--
-- * `person_names` holds each distinct form of a person's name split into the parts resolution
--   compares: the first given name and the surname, folded, with the country it was seen with
--   and how often. A new mention is the same person as a stored one when surname and given
--   name (equal, an initial, or a nickname of it) agree with every form stored for that person
--   and the countries do not conflict; the person's country is the one seen most often.
-- * Indexes let each lookup touch only the rows that can match: names by surname, meetings by
--   date (less precise ones apart), commitments by currency, donor, recipient and date.

CREATE TABLE person_names (
    person_id      INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    given_folded   TEXT NOT NULL,               -- first given name without a final '.', '' for a surname alone
    surname_folded TEXT NOT NULL,
    country        TEXT NOT NULL DEFAULT '',    -- the code it was seen with, '' when unknown
    mentions       INTEGER NOT NULL DEFAULT 1,  -- how many articles used this form with this country
    UNIQUE (person_id, surname_folded, given_folded, country)
);
CREATE INDEX person_names_surname_folded ON person_names(surname_folded);

-- People written before this migration keep a form each: their first word as given name
-- (none for a one-word name), and the surname already stored.
INSERT OR IGNORE INTO person_names (person_id, given_folded, surname_folded, country)
SELECT id,
       CASE WHEN instr(trim(name), ' ') = 0 THEN ''
            ELSE rtrim(lower(substr(trim(name), 1, instr(trim(name), ' ') - 1)), '.,') END,
       surname_folded,
       ifnull(country, '')
FROM people;

-- A report finds its meeting among those dated within its own span (meetings_date), and among
-- the few whose date is less precise than a day, which may span it (this partial index).
CREATE INDEX meetings_imprecise_date ON meetings(date) WHERE date_precision <> 'day';
-- Commitments likewise: by key and date, and apart those dated less precisely than a day.
CREATE INDEX aid_commitments_key ON aid_commitments(currency, donor, recipient, cumulative, date);
CREATE INDEX aid_commitments_imprecise_key ON aid_commitments(currency, donor, recipient, cumulative, date)
    WHERE date_precision <> 'day';

-- The views, with their lists in an order that does not depend on which article came first:
-- principals before attendees, then order of first mention, then name; the evidence of the
-- earliest article that reports the fact.
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
        WHERE mp.meeting_id = m.id ORDER BY mp.role DESC, mp.position, p.name)) AS participants,
    (SELECT group_concat(name, '; ') FROM (
        SELECT t.name FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
        WHERE mt.meeting_id = m.id ORDER BY t.name)) AS topics,
    (SELECT s.evidence FROM meeting_sources AS s JOIN articles AS a ON a.id = s.article_id
     WHERE s.meeting_id = m.id ORDER BY a.published_on, a.source, s.start LIMIT 1) AS evidence,
    (SELECT count(*) FROM meeting_sources AS s WHERE s.meeting_id = m.id) AS sources
FROM meetings AS m;

DROP VIEW aid_list;
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
    (SELECT s.evidence FROM aid_sources AS s JOIN articles AS r ON r.id = s.article_id
     WHERE s.aid_id = a.id ORDER BY r.published_on, r.source, s.start LIMIT 1) AS evidence,
    (SELECT count(*) FROM aid_sources AS s WHERE s.aid_id = a.id) AS sources
FROM aid_commitments AS a;
