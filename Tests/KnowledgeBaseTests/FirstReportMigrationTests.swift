import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// Migration 0011: each aid commitment keeps the place of its evidence sentence (the article of its
/// earliest report, the sentence's bytes in its body), which triggers keep as reports come, go and
/// move; a schema-10 file is upgraded in place with every row kept and every place filled in.
@Suite("Migration 0011: the first report's place in each commitment", .tags(.medium))
final class FirstReportMigrationTests {
    let directory = TemporaryDirectory()

    /// Each commitment whose stored place is not that of its earliest report (by the article's day,
    /// source, the sentence's start, the article's id and the sentence's end, as `FirstEvidence`
    /// chooses it), or does not read that report's sentence: one line each, empty when all agree.
    static let misplaced = """
        WITH expected AS (
            SELECT c.id,
                   (SELECT s.article_id FROM aid_sources AS s JOIN articles AS r ON r.id = s.article_id WHERE s.aid_id = c.id
                    ORDER BY r.published_on, r.source, s.start, s.article_id, s.end LIMIT 1) AS article,
                   (SELECT s.evidence FROM aid_sources AS s JOIN articles AS r ON r.id = s.article_id WHERE s.aid_id = c.id
                    ORDER BY r.published_on, r.source, s.start, s.article_id, s.end LIMIT 1) AS evidence,
                   c.evidence_article, c.evidence_offset, c.evidence_bytes,
                   CAST(substr(CAST((SELECT body FROM articles WHERE id = c.evidence_article) AS BLOB),
                               c.evidence_offset + 1, c.evidence_bytes) AS TEXT) AS stored
            FROM aid_commitments AS c)
        SELECT id || ': ' || ifnull(article, 'none') || ' ' || ifnull(evidence, 'none') || ' | stored '
               || ifnull(evidence_article, 'none') || ' ' || ifnull(stored, 'none')
        FROM expected
        WHERE article IS NOT evidence_article OR evidence IS NOT stored
           OR (article IS NULL AND (evidence_offset IS NOT NULL OR evidence_bytes IS NOT NULL))
        ORDER BY id
        """

    /// What the upgrade must keep, one line per row: the commitments as `aid_list` shows them, with
    /// their sources, and every report.
    static let contents = [
        """
        SELECT id || '|' || date || '|' || ifnull(donor, '') || '|' || ifnull(recipient, '') || '|' || amount || '|'
               || currency || '|' || kind || '|' || cumulative || '|' || ifnull(evidence, '') || '|' || sources
        FROM aid_list ORDER BY id
        """,
        "SELECT aid_id || '|' || article_id || '|' || start || '|' || end FROM aid_spans ORDER BY aid_id, article_id, start, end",
        "SELECT id || '|' || amount_text || '|' || date_precision FROM aid_commitments ORDER BY id",
    ]

    @Test("A schema-10 database of the fixture set is upgraded: every commitment kept, each with its first report's place, and it takes new articles")
    func upgradesSchemaTen() throws {
        let (path, articles) = try OlderSchema.writeFixtures(version: 10, in: directory)
        let before: [[String]]
        do {
            let older = try Database(path: path)
            #expect(try older.userVersion() == 10)
            #expect(try older.scalarInt("SELECT count(*) FROM pragma_table_info('aid_commitments') WHERE name LIKE 'evidence%'") == 0)
            before = try OlderSchema.lines(Self.contents, in: older)
            #expect(before.allSatisfy { !$0.isEmpty }, "\(before)")
        }
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let database = knowledgeBase.database
        #expect(try knowledgeBase.schemaVersion() == Migrator.embedded.newestVersion)
        #expect(try OlderSchema.lines(Self.contents, in: database) == before)
        #expect(try database.scalarInt("SELECT count(*) FROM aid_commitments WHERE evidence_article IS NULL") == 0)
        #expect(try OlderSchema.lines([Self.misplaced], in: database) == [[]])
        #expect(try database.prepare("SELECT name FROM pragma_index_info('aid_commitments_by_date') ORDER BY seqno").rows { $0.text(at: 0) ?? "" }
                == ["date", "id", "cumulative", "currency", "amount", "kind", "donor", "recipient", "date_precision",
                    "evidence_article", "evidence_offset", "evidence_bytes"])
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
        // The lists read the sentences from the places: the same as the view.
        let listed = try knowledgeBase.aid().rows.map { "\($0.id) \($0.evidence ?? "-")" }
        let viewed = try database.prepare("SELECT id, evidence FROM aid_list ORDER BY date, id").rows { "\($0.int64(at: 0)) \($0.text(at: 1) ?? "-")" }
        #expect(listed == viewed)

        // The last articles are added as to a new file, and the places are those a new file keeps.
        let extractor = Extractor()
        for article in articles.suffix(2) { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        #expect(try OlderSchema.lines([Self.misplaced], in: database) == [[]])
        let fresh = try KnowledgeBase.open(path: directory.path("fresh.sqlite"))
        for article in articles { _ = try fresh.ingest(article, extractingWith: extractor.extract) }
        let places = """
            SELECT c.id || '|' || c.amount || '|' || r.source || '|' || c.evidence_offset || '|' || c.evidence_bytes
            FROM aid_commitments AS c JOIN articles AS r ON r.id = c.evidence_article ORDER BY c.id
            """
        #expect(try OlderSchema.lines([places], in: database) == OlderSchema.lines([places], in: fresh.database))
    }

    @Test("Ingest keeps each commitment's place, whatever the order of the articles; deleting and changing articles moves it")
    func triggersKeepThePlace() throws {
        let both = try ingestFixturesBothWays(into: directory, checking: { (knowledgeBase: KnowledgeBase, name: String) throws in
            let misplaced = try OlderSchema.lines([Self.misplaced], in: knowledgeBase.database)
            #expect(misplaced == [[]], "\(name)")
        })
        for (name, knowledgeBase) in both {
            let database = knowledgeBase.database
            #expect(try database.scalarInt("SELECT count(*) FROM aid_commitments") ?? 0 > 0)
            #expect(try database.scalarInt("SELECT count(*) FROM aid_commitments WHERE evidence_article IS NULL") == 0)
            // A sentence with letters outside ASCII reads the same by bytes as by characters.
            try database.execute("""
                UPDATE articles SET body = 'Ünïcödé — ' || body WHERE id = (SELECT min(evidence_article) FROM aid_commitments)
                """)
            #expect(try database.scalarInt("SELECT count(*) FROM aid_commitments WHERE evidence_article IS NULL") == 0)
            // The offsets stay as they were (a test's change, not ingest's), so the sentences move; the
            // place follows the offsets: compared with the view, which reads them the same way.
            #expect(try OlderSchema.lines([Self.misplaced], in: database) == [[]], "\(name), body changed")
            // An article a day earlier than every other becomes the first report of all it reports.
            try database.execute("UPDATE articles SET published_on = '1999-01-01' WHERE id = (SELECT max(article_id) FROM aid_spans)")
            #expect(try OlderSchema.lines([Self.misplaced], in: database) == [[]], "\(name), day changed")
            // Each article deleted in turn: its reports go, and each commitment's next report is its first, or none.
            let ids = try database.prepare("SELECT id FROM articles ORDER BY published_on, id").rows { $0.int64(at: 0) }
            for id in ids {
                try database.execute("DELETE FROM articles WHERE id = ?", [.integer(id)])
                #expect(try OlderSchema.lines([Self.misplaced], in: database) == [[]], "\(name), article \(id) deleted")
            }
            #expect(try database.scalarInt("SELECT count(*) FROM aid_commitments WHERE evidence_article IS NOT NULL") == 0)
            #expect(try knowledgeBase.aid().rows.allSatisfy { $0.evidence == nil })
        }
    }

    @Test("An article deleted with foreign keys off (the sqlite3 shell's default) moves the places off it; a dangling place lists no evidence")
    func deletedWithoutForeignKeys() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let extractor = Extractor()
        for article in ResolutionTests.fixtures { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        let database = knowledgeBase.database
        try database.execute("PRAGMA foreign_keys = OFF")
        // The article of the first report of a commitment reported more than once, and of every other.
        let articles = try database.prepare("""
            SELECT DISTINCT evidence_article FROM aid_commitments ORDER BY (SELECT count(*) FROM aid_spans WHERE aid_id = id) DESC
            """).rows { $0.int64(at: 0) }
        for article in articles {
            try database.execute("DELETE FROM articles WHERE id = ?", [.integer(article)])
            // The reports of the missing article stay (no cascade); the view and the places leave them out.
            #expect(try OlderSchema.lines([Self.misplaced], in: database) == [[]], "article \(article) deleted")
        }
        #expect(try database.scalarInt("SELECT count(*) FROM aid_spans") ?? 0 > 0)
        // A place left dangling (written by hand here) lists the row without evidence rather than failing.
        try database.execute("UPDATE aid_commitments SET evidence_article = 999999, evidence_offset = 0, evidence_bytes = 5")
        #expect(try knowledgeBase.aid().rows.allSatisfy { $0.evidence == nil })
    }

    @Test("A report moved to another commitment, as a merge moves them, moves both places")
    func movedReports() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let extractor = Extractor()
        for article in ResolutionTests.fixtures { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        let database = knowledgeBase.database
        let ids = try database.prepare("SELECT id FROM aid_commitments ORDER BY id").rows { $0.int64(at: 0) }
        try #require(ids.count >= 2)
        // Every report of the first commitment to the last, as AidResolver's merge moves them.
        try database.execute("UPDATE OR IGNORE aid_spans SET aid_id = ?1 WHERE aid_id = ?2", [.integer(ids.last!), .integer(ids[0])])
        #expect(try OlderSchema.lines([Self.misplaced], in: database) == [[]])
        #expect(try database.scalarInt("SELECT count(*) FROM aid_commitments WHERE id = ? AND evidence_article IS NULL", [.integer(ids[0])]) == 1)
    }

    @Test("Exports leave the place out, as they leave out the full-text index: the rows and the PostgreSQL schema are as before 0011")
    func exportsLeaveThePlaceOut() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let extractor = Extractor()
        for article in ResolutionTests.fixtures { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        var header: [String] = []
        var rows = 0
        try knowledgeBase.export(table: "aid_commitments", header: { header = $0 }) { values in
            rows += 1
            #expect(values.count == header.count)
        }
        #expect(header == ["id", "donor", "recipient", "amount", "currency", "kind", "date", "date_precision", "cumulative", "amount_text"])
        #expect(Int64(rows) == (try knowledgeBase.database.scalarInt("SELECT count(*) FROM aid_commitments")))
        let schema = try knowledgeBase.postgreSQLSchema()
        let table = try #require(schema.tables.first { $0.name == "aid_commitments" })
        #expect(table.columns.map(\.name) == header)
        #expect(!schema.createTables.contains("evidence_"))
        let index = try #require(schema.indexes.first { $0.contains("aid_commitments_by_date") })
        #expect(!index.contains("evidence_") && index.contains("date_precision)"), "\(index)")
    }
}
