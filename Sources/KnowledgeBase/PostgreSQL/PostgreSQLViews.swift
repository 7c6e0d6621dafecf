/// The views of the knowledge base (migrations/0002_resolution.sql, 0004_evidence_offsets.sql) written for PostgreSQL:
/// `string_agg(… ORDER BY …)` for SQLite's `group_concat` over an ordered subquery, and names
/// compared as SQLite compares them: byte by byte (`COLLATE "C"`), and topic names, which SQLite
/// declares `COLLATE NOCASE`, with ASCII letters folded (`lower` under "C" folds only those), so
/// both give the same rows in the same order. A migration that changes a view changes it here too: the PostgreSQL test
/// compares each view's columns with SQLite's.
enum PostgreSQLViews {
    static let sql = #"""
        CREATE VIEW meeting_sources AS
        SELECT s.meeting_id, s.article_id,
               (SELECT substr(a.body, (s.start + 1)::integer, (s."end" - s.start)::integer) FROM articles AS a WHERE a.id = s.article_id) AS evidence,
               s.start, s."end"
        FROM meeting_spans AS s;

        CREATE VIEW aid_sources AS
        SELECT s.aid_id, s.article_id,
               (SELECT substr(a.body, (s.start + 1)::integer, (s."end" - s.start)::integer) FROM articles AS a WHERE a.id = s.article_id) AS evidence,
               s.start, s."end"
        FROM aid_spans AS s;

        CREATE VIEW meeting_list AS
        SELECT
            m.id,
            m.date,
            m.date_precision,
            m.location,
            m.location_country,
            m.mode,
            m.status,
            (SELECT string_agg(p.name, '; ' ORDER BY mp.principal DESC, mp.position, p.name COLLATE "C")
             FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
             WHERE mp.meeting_id = m.id) AS participants,
            (SELECT string_agg(t.name, '; ' ORDER BY lower(t.name) COLLATE "C")
             FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
             WHERE mt.meeting_id = m.id) AS topics,
            (SELECT s.evidence FROM meeting_sources AS s JOIN articles AS a ON a.id = s.article_id
             WHERE s.meeting_id = m.id ORDER BY a.published_on, a.source COLLATE "C", s.start LIMIT 1) AS evidence,
            (SELECT count(*) FROM meeting_sources AS s WHERE s.meeting_id = m.id) AS sources
        FROM meetings AS m;

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
             WHERE s.aid_id = a.id ORDER BY r.published_on, r.source COLLATE "C", s.start LIMIT 1) AS evidence,
            (SELECT count(*) FROM aid_sources AS s WHERE s.aid_id = a.id) AS sources
        FROM aid_commitments AS a;

        """#
}
