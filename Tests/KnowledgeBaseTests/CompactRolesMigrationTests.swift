import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

@Suite("Migration 0008: roles and spans without rowid, articles written once", .tags(.medium))
final class CompactRolesMigrationTests {
    let directory = TemporaryDirectory()

    /// What the queries read of the tables 0008 rebuilds, one line per row, in a fixed order; a
    /// role's unknown country reads as '-' whether stored as null (before) or '' (after).
    static let contents = [
        """
        SELECT person_id || '|' || title || '|' || ifnull(nullif(country, ''), '-') || '|' || first_seen || '|' || last_seen
               || '|' || ifnull(article_id, '') FROM person_roles ORDER BY 1
        """,
        "SELECT meeting_id || '|' || article_id || '|' || start || '|' || end || '|' || evidence FROM meeting_sources ORDER BY 1",
        "SELECT aid_id || '|' || article_id || '|' || start || '|' || end || '|' || evidence FROM aid_sources ORDER BY 1",
        "SELECT id || '|' || ifnull(participants, '') || '|' || ifnull(evidence, '') || '|' || sources FROM meeting_list ORDER BY 1",
        "SELECT id || '|' || ifnull(evidence, '') || '|' || sources FROM aid_list ORDER BY 1",
        "SELECT id || '|' || \(OlderSchema.hexHash) || '|' || ingested_at FROM articles ORDER BY 1",
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'minister OR president' ORDER BY 1",
    ]

    private func lines(_ database: Database) throws -> [[String]] { try OlderSchema.lines(Self.contents, in: database) }

    /// Each participant's role, as schema 7 wrote it (text) and as 0008 does (a flag).
    static let roles = (
        before: "SELECT meeting_id || '|' || person_id || '|' || role || '|' || position FROM meeting_participants ORDER BY 1",
        after: """
            SELECT meeting_id || '|' || person_id || '|' || CASE principal WHEN 1 THEN 'principal' WHEN 0 THEN 'attendee' END
                   || '|' || position FROM meeting_participants ORDER BY 1
            """
    )

    @Test("A schema-7 database of the fixture set is upgraded: the same roles, reports and lists, keyed tables, and it takes new articles")
    func upgradesSchemaSeven() throws {
        let path = directory.path("kb.sqlite")
        let articles = ResolutionTests.fixtures
        try #require(articles.count >= 8)
        let before: [[String]]
        let rolesBefore: [String]
        do {
            try OlderSchema.write(Array(articles.dropLast(2)), version: 7, at: path, scratch: directory.path("scratch.sqlite"))
            let older = try Database(path: path)
            #expect(try older.userVersion() == 7)
            // A role without a country, so that the null → '' → null round trip is exercised.
            try older.execute("""
                INSERT INTO person_roles (person_id, title, country, first_seen, last_seen, article_id)
                VALUES (1, 'Special Envoy', NULL, '2022-05-01', '2022-05-02', NULL)
                """)
            before = try lines(older)
            #expect(before.allSatisfy { !$0.isEmpty }, "\(before)")
            rolesBefore = try older.prepare(Self.roles.before).rows { $0.text(at: 0) ?? "" }
            #expect(rolesBefore.contains { $0.contains("|principal|") } && rolesBefore.contains { $0.contains("|attendee|") })
        }
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let database = knowledgeBase.database
        #expect(try knowledgeBase.schemaVersion() == Migrator.embedded.newestVersion)
        #expect(try lines(database) == before)
        #expect(try database.prepare(Self.roles.after).rows { $0.text(at: 0) ?? "" } == rolesBefore)
        let withoutRowid = try database.prepare("""
            SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1
              AND name IN ('person_roles', 'meeting_spans', 'aid_spans', 'meeting_participants') ORDER BY name
            """).rows { $0.text(at: 0) ?? "" }
        #expect(withoutRowid == ["aid_spans", "meeting_participants", "meeting_spans", "person_roles"])
        // The triggers made again keep each person's number of meetings.
        #expect(try database.scalarInt("""
            SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'meeting_participants' AND name LIKE 'person_meetings_%'
            """) == 3)
        let indexes = try database.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").rows { $0.text(at: 0) ?? "" }
        for dropped in ["person_roles_key", "meeting_sources_meeting_id", "meeting_sources_article_id", "aid_sources_aid_id",
                        "aid_sources_article_id", "meetings_imprecise_date"] {
            #expect(!indexes.contains(dropped), "\(dropped)")
        }
        #expect(indexes.contains("meeting_spans_article") && indexes.contains("aid_spans_article"))
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
        #expect(try database.scalarInt("SELECT count(*) FROM temp.sqlite_schema") == 0)
        #expect(try database.scalarInt("SELECT count(*) FROM fts_deferred") == 0)

        // The profile reads an unknown country as none, as before.
        let roles = try database.prepare(KnowledgeBase.profileSQL.roles).rows([.integer(1)]) { ($0.text(at: 0) ?? "", $0.isNull(at: 1)) }
        #expect(roles.contains { $0 == ("Special Envoy", true) }, "\(roles)")
        #expect(!roles.contains { $0.0 != "Special Envoy" && $0.1 })
        try database.execute("DELETE FROM person_roles WHERE title = 'Special Envoy'")

        // The upgraded file takes the last articles (their people, meetings and roles merge with
        // stored ones), and gives the rows a new file given every article gives.
        let extractor = Extractor()
        for article in articles.suffix(2) { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        let fresh = try KnowledgeBase.open(path: directory.path("fresh.sqlite"))
        for article in articles { _ = try fresh.ingest(article, extractingWith: extractor.extract) }
        // Articles differ in ingested_at alone; the other lines must be equal.
        let upgraded = try lines(database), new = try lines(fresh.database)
        for index in Self.contents.indices where !Self.contents[index].contains("ingested_at") {
            #expect(upgraded[index] == new[index], "\(Self.contents[index])")
        }
        #expect(try database.prepare(Self.roles.after).rows { $0.text(at: 0) ?? "" }
                == fresh.database.prepare(Self.roles.after).rows { $0.text(at: 0) ?? "" })
        #expect(try OlderSchema.lines(["SELECT person_id || '|' || meetings FROM person_meetings WHERE meetings > 0 ORDER BY 1"], in: database)
                == OlderSchema.lines(["SELECT person_id || '|' || count(*) FROM meeting_participants GROUP BY person_id ORDER BY 1"], in: database))
        #expect(try database.scalarInt("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'minister'")
                == fresh.database.scalarInt("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'minister'"))
    }

    @Test("Ingest writes each article once at its full size: indexed for search, stamped, and no deferral left")
    func articlesWrittenOnce() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let batch = IngestBatch(knowledgeBase)
        let extractor = Extractor()
        for article in ResolutionTests.fixtures { _ = try batch.ingest(article, extractingWith: extractor.extract) }
        try batch.commit()
        let database = knowledgeBase.database
        #expect(try database.scalarInt("SELECT count(*) FROM fts_deferred") == 0)
        #expect(try database.scalarInt("SELECT count(*) FROM articles WHERE ingested_at NOT GLOB '2*Z'") == 0)
        let articles = try database.scalarInt("SELECT count(*) FROM articles") ?? 0
        #expect(articles == Int64(ResolutionTests.fixtures.count))
        #expect(try database.scalarInt("SELECT count(*) FROM articles_fts_docsize") == articles)
        // Any other insert is indexed by the trigger at once.
        try database.execute("""
            INSERT INTO articles (content_hash, source, published_on, body) VALUES (?, 'hand.txt', '2024-01-01', 'Zanzibar talks')
            """, [.blob([UInt8](repeating: 0xbb, count: 32))])
        #expect(try database.scalarInt("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zanzibar'") == 1)
    }

    @Test("The same report twice is one span")
    func spansAreKeys() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        var facts = Sample.facts
        facts.meetings[0].evidence += facts.meetings[0].evidence
        _ = try knowledgeBase.ingest(Sample.article, facts: facts)
        #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM meeting_spans")
                == Int64(Sample.facts.meetings[0].evidence.count))
    }
}
