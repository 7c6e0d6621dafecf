import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// Migration 0009: each meeting's sketch of its countries holds a bit for every country the
/// meeting has, whatever ingest merges, so that `--country` never loses a meeting; and a schema-8
/// file is upgraded to it.
@Suite("Migration 0009: meetings' sketches of their countries", .tags(.medium))
final class MeetingCountryBitsTests {
    let directory = TemporaryDirectory()

    /// Meetings with a country whose bit their sketch lacks (there must be none).
    static let missingBits = """
        SELECT count(*) FROM (
            SELECT id, location_country AS code FROM meetings WHERE location_country IS NOT NULL
            UNION SELECT mp.meeting_id, p.country FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
                  WHERE p.country IS NOT NULL) AS c
        JOIN meetings AS m ON m.id = c.id
        WHERE m.country_bits & \(KnowledgeBase.countryBitSQL("c.code")) = 0
        """

    /// The meetings of `country`, found without the sketches, as `meetings` lists them.
    static let exact = """
        SELECT m.id FROM meetings AS m
        WHERE m.location_country = ?1
           OR EXISTS (SELECT 1 FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
                      WHERE mp.meeting_id = m.id AND p.country = ?1)
        ORDER BY m.date, m.id
        """

    /// Every country's meetings, by `meetings(country:)`, are those found without the sketches.
    private func expectSameMeetings(_ knowledgeBase: KnowledgeBase, _ comment: String) throws {
        let database = knowledgeBase.database
        #expect(try database.scalarInt(Self.missingBits) == 0, "\(comment)")
        // Every sketch has its size bit, and no bit above it: 4 bytes, whatever it gains.
        #expect(try database.scalarInt("SELECT count(*) FROM meetings WHERE country_bits NOT BETWEEN 1 << 30 AND (1 << 31) - 1") == 0,
                "\(comment)")
        let codes = try database.prepare("SELECT code FROM countries ORDER BY code").rows { $0.text(at: 0) ?? "" }
        for code in codes {
            let exact = try database.prepare(Self.exact).rows([.text(code)]) { $0.int64(at: 0) }
            #expect(try knowledgeBase.meetings(country: code, evidence: false).map(\.id) == exact, "\(comment): \(code)")
        }
    }

    @Test("The fixture set, ingested forwards and backwards (people and meetings merge), leaves a bit for every country")
    func fixtures() throws {
        for (_, knowledgeBase) in try ingestFixturesBothWays(into: directory, checking: expectSameMeetings) {
            #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM meetings WHERE country_bits = 1 << 30") == 0)
        }
    }

    @Test("A person's new country, a new location and a participant moved to another meeting each set their bit")
    func changes() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let extractor = Extractor()
        for article in ResolutionTests.fixtures { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        let database = knowledgeBase.database
        try database.execute("INSERT OR IGNORE INTO countries (code) VALUES ('NZ'), ('FJ'), ('TO')")
        let person = try #require(try database.scalarInt("SELECT min(person_id) FROM meeting_participants"))
        try database.execute("UPDATE people SET country = 'NZ' WHERE id = ?", [.integer(person)])
        let meeting = try #require(try database.scalarInt("SELECT max(id) FROM meetings"))
        try database.execute("UPDATE meetings SET location_country = 'FJ' WHERE id = ?", [.integer(meeting)])
        // A person of a third country takes another's place in the first meeting.
        let first = try #require(try database.scalarInt("SELECT min(id) FROM meetings"))
        let newcomer = try #require(try database.scalarInt("""
            SELECT min(id) FROM people WHERE id NOT IN (SELECT person_id FROM meeting_participants WHERE meeting_id = ?1)
            """, [.integer(first)]))
        try database.execute("UPDATE people SET country = 'TO' WHERE id = ?", [.integer(newcomer)])
        try database.execute("""
            UPDATE meeting_participants SET person_id = ?1 WHERE meeting_id = ?2
              AND person_id = (SELECT max(person_id) FROM meeting_participants WHERE meeting_id = ?2)
            """, [.integer(newcomer), .integer(first)])
        try expectSameMeetings(knowledgeBase, "after the changes")
        #expect(try knowledgeBase.meetings(country: "TO", evidence: false).contains { $0.id == first })
        #expect(try knowledgeBase.meetings(country: "FJ", evidence: false).map(\.id) == [meeting])
    }

    @Test("A schema-8 database of the fixture set is upgraded: sketches for its meetings, the same lists, and it takes new articles")
    func upgradesSchemaEight() throws {
        let (path, articles) = try OlderSchema.writeFixtures(version: 8, in: directory)
        let listed = "SELECT id || '|' || ifnull(participants, '') || '|' || ifnull(topics, '') || '|' || ifnull(evidence, '') FROM meeting_list ORDER BY 1"
        let before: [[String]]
        do {
            let older = try Database(path: path)
            #expect(try older.userVersion() == 8)
            before = try OlderSchema.lines([listed], in: older)
        }
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let database = knowledgeBase.database
        #expect(try knowledgeBase.schemaVersion() == Migrator.embedded.newestVersion)
        #expect(try OlderSchema.lines([listed], in: database) == before)
        #expect(try database.scalarInt("SELECT count(*) FROM meetings WHERE country_bits = 1 << 30") == 0)
        #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'meetings_location_country'") == 0)
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        try expectSameMeetings(knowledgeBase, "upgraded")

        // The upgraded file takes the last articles, whose meetings and people merge with stored ones.
        let extractor = Extractor()
        for article in articles.suffix(2) { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        try expectSameMeetings(knowledgeBase, "upgraded, then the last articles")
    }
}
