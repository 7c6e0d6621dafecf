import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// Migration 0010: an article's hash is stored as its 32 bytes, shown as 64 hex digits as before,
/// and the meetings' date index holds their sketches of countries; a schema-9 file is upgraded in
/// place with every row kept.
@Suite("Migration 0010: hashes as bytes, meetings by date with their sketches", .tags(.medium))
final class HashBytesMigrationTests {
    let directory = TemporaryDirectory()

    /// What the upgrade must keep, one line per row: the articles with their hashes as hex (however
    /// stored), and the meetings as the lists read them.
    static let contents = [
        "SELECT id || '|' || \(OlderSchema.hexHash) || '|' || source || '|' || published_on || '|' || ingested_at FROM articles ORDER BY id",
        """
        SELECT l.id || '|' || l.date || '|' || m.country_bits || '|' || ifnull(l.participants, '') || '|' || ifnull(l.evidence, '')
        FROM meeting_list AS l JOIN meetings AS m ON m.id = l.id ORDER BY l.id
        """,
    ]

    @Test("A hash is stored as the 32 bytes of the SHA-256 and shown as its 64 hex digits")
    func hashRoundTrip() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        guard case .added(let counts) = try knowledgeBase.ingest(Sample.article, facts: Sample.facts) else {
            Issue.record("the sample was not added")
            return
        }
        let database = knowledgeBase.database
        #expect(try database.scalarText("SELECT typeof(content_hash) || ' ' || length(content_hash) FROM articles") == "blob 32")
        #expect(try database.prepare("SELECT content_hash FROM articles").rows { $0.blob(at: 0) } == [ContentHash.digest(of: Sample.body)])
        #expect(try knowledgeBase.article(id: counts.articleID).contentHash == ContentHash.of(Sample.body))
        #expect(ContentHash.of(Sample.body).count == 64)
        #expect(try knowledgeBase.articleID(contentHash: ContentHash.digest(of: Sample.body)) == counts.articleID)
        #expect(try knowledgeBase.ingest(Sample.article, facts: Sample.facts) == .alreadyKnown(articleID: counts.articleID))
        // Hex text is refused: the column holds the bytes alone.
        #expect(throws: SQLiteError.self) {
            try database.execute("""
                INSERT INTO articles (content_hash, source, published_on, body) VALUES (?, 'hex.txt', '2024-01-01', 'Hex')
                """, [.text(ContentHash.of("Hex"))])
        }
    }

    @Test("A schema-9 database of the fixture set is upgraded: the same hashes as hex, articles and meetings, and it takes new articles")
    func upgradesSchemaNine() throws {
        let (path, articles) = try OlderSchema.writeFixtures(version: 9, in: directory)
        let before: [[String]]
        do {
            let older = try Database(path: path)
            #expect(try older.userVersion() == 9)
            #expect(try older.scalarInt("SELECT count(*) FROM articles WHERE typeof(content_hash) = 'text' AND length(content_hash) = 64")
                    == Int64(articles.count - 2))
            before = try OlderSchema.lines(Self.contents, in: older)
            #expect(before.allSatisfy { !$0.isEmpty }, "\(before)")
        }
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let database = knowledgeBase.database
        #expect(try knowledgeBase.schemaVersion() == Migrator.embedded.newestVersion)
        #expect(try OlderSchema.lines(Self.contents, in: database) == before)
        #expect(try database.scalarInt("SELECT count(*) FROM articles WHERE typeof(content_hash) <> 'blob' OR length(content_hash) <> 32") == 0)
        for (index, article) in articles.dropLast(2).enumerated() {
            let id = try #require(try knowledgeBase.articleID(contentHash: ContentHash.digest(of: article.body)), "\(article.source)")
            #expect(try knowledgeBase.article(id: id).contentHash == ContentHash.of(article.body), "\(index)")
        }
        let indexes = try database.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'meetings' ORDER BY name")
            .rows { $0.text(at: 0) ?? "" }
        #expect(indexes == ["meetings_date"])
        #expect(try database.prepare("SELECT name FROM pragma_index_info('meetings_date') ORDER BY seqno").rows { $0.text(at: 0) ?? "" }
                == ["date", "id", "country_bits"])
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)

        // An article already stored is known by its hash; the last articles are added, as to a new file.
        let extractor = Extractor()
        for article in articles.dropLast(2) {
            let known = try knowledgeBase.articleID(contentHash: ContentHash.digest(of: article.body))
            #expect(try knowledgeBase.ingest(article, extractingWith: extractor.extract) == .alreadyKnown(articleID: known ?? 0))
        }
        #expect(try database.scalarInt("SELECT count(*) FROM articles") == Int64(articles.count - 2))
        for article in articles.suffix(2) { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        let fresh = try KnowledgeBase.open(path: directory.path("fresh.sqlite"))
        for article in articles { _ = try fresh.ingest(article, extractingWith: extractor.extract) }
        let hashes = "SELECT lower(hex(content_hash)) FROM articles ORDER BY id"
        #expect(try OlderSchema.lines([hashes], in: database) == OlderSchema.lines([hashes], in: fresh.database))
    }
}
