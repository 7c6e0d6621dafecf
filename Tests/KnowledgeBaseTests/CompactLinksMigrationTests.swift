import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

@Suite("Migration 0007: the link tables without rowid, and each person's number of meetings", .tags(.medium))
final class CompactLinksMigrationTests {
    let directory = TemporaryDirectory()

    /// What the queries and resolution read of the link tables, one line per row, in a fixed order
    /// (a participant's role became a flag in 0008, whose test compares it).
    static let contents = [
        "SELECT meeting_id || '|' || person_id || '|' || position || '|' || ifnull(title, '') || '|' || ifnull(country, '') FROM meeting_participants ORDER BY 1",
        "SELECT meeting_id || '|' || topic_id FROM meeting_topics ORDER BY 1",
        "SELECT article_id || '|' || topic_id FROM article_topics ORDER BY 1",
        "SELECT person_id || '|' || given_folded || '|' || surname_folded || '|' || country || '|' || mentions FROM person_names ORDER BY 1",
        "SELECT person_id || '|' || alias || '|' || alias_folded FROM person_aliases ORDER BY 1",
        "SELECT topic_id || '|' || meetings || '|' || articles FROM topic_counts ORDER BY 1",
        "SELECT person_id || '|' || count(*) FROM meeting_participants GROUP BY person_id ORDER BY 1",
        "SELECT id || '|' || ifnull(participants, '') || '|' || ifnull(topics, '') || '|' || ifnull(evidence, '') FROM meeting_list ORDER BY 1",
    ]

    private func lines(_ database: Database) throws -> [[String]] { try OlderSchema.lines(Self.contents, in: database) }

    @Test("A schema-6 database of the fixture set is upgraded: the same rows and lists, tables without rowid, counts kept after")
    func upgradesSchemaSix() throws {
        let path = directory.path("kb.sqlite")
        let articles = ResolutionTests.fixtures
        try #require(articles.count >= 8)
        let extractor = Extractor()
        let before: [[String]]
        do {
            try OlderSchema.write(Array(articles.dropLast(2)), version: 6, at: path, scratch: directory.path("scratch.sqlite"))
            let older = try Database(path: path)
            #expect(try older.userVersion() == 6)
            before = try lines(older)
            #expect(before.allSatisfy { !$0.isEmpty }, "\(before)")
        }
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let database = knowledgeBase.database
        #expect(try knowledgeBase.schemaVersion() == Migrator.embedded.newestVersion)
        #expect(try lines(database) == before)
        let withoutRowid = try database.prepare("""
            SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1 AND name IN
            ('meeting_participants', 'meeting_topics', 'article_topics', 'person_names', 'person_aliases') ORDER BY name
            """).rows { $0.text(at: 0) ?? "" }
        #expect(withoutRowid == ["article_topics", "meeting_participants", "meeting_topics", "person_aliases", "person_names"])
        let indexes = try database.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").rows { $0.text(at: 0) ?? "" }
        for dropped in ["meeting_participants_person_id", "aid_commitments_date", "aid_commitments_date_totals", "meeting_topics_topic_id",
                        "article_topics_topic_id"] {
            #expect(!indexes.contains(dropped), "\(dropped)")
        }
        #expect(indexes.contains("meeting_participants_person_meeting") && indexes.contains("person_names_name")
                && indexes.contains("aid_commitments_by_date"))
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
        #expect(try database.scalarInt("SELECT count(*) FROM temp.sqlite_schema") == 0)

        // The upgraded file takes the last articles (their people and meetings merge with stored
        // ones), and the triggers made again keep topic_counts equal to a count of the links.
        for article in articles.suffix(2) { _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract) }
        let stored = try database.prepare("SELECT topic_id || '|' || meetings || '|' || articles FROM topic_counts ORDER BY topic_id")
            .rows { $0.text(at: 0) ?? "" }
        let counted = try database.prepare("""
            SELECT t.id || '|' || (SELECT count(*) FROM meeting_topics WHERE topic_id = t.id) || '|'
                   || (SELECT count(*) FROM article_topics WHERE topic_id = t.id)
            FROM topics AS t WHERE t.id IN (SELECT topic_id FROM topic_counts) ORDER BY t.id
            """).rows { $0.text(at: 0) ?? "" }
        #expect(stored == counted)
        #expect(try database.scalarInt("SELECT count(*) FROM topic_counts WHERE meetings > 0") ?? 0 > 0)

        // The same articles ingested into a new file give the same rows.
        let fresh = try KnowledgeBase.open(path: directory.path("fresh.sqlite"))
        for article in articles { _ = try fresh.ingest(article, extractingWith: extractor.extract) }
        #expect(try lines(fresh.database) == lines(database))
    }

    /// The stored numbers of meetings, and those a count of the participants gives, one line per person.
    private func expectExactMeetings(_ database: Database, _ comment: String) throws {
        let stored = try database.prepare("SELECT person_id || '|' || meetings FROM person_meetings WHERE meetings > 0 ORDER BY person_id")
            .rows { $0.text(at: 0) ?? "" }
        let counted = try database.prepare("SELECT person_id || '|' || count(*) FROM meeting_participants GROUP BY person_id ORDER BY person_id")
            .rows { $0.text(at: 0) ?? "" }
        #expect(stored == counted, "\(comment)")
        #expect(try database.scalarInt("SELECT count(*) FROM person_meetings WHERE meetings < 0") == 0)
    }

    @Test("Each person's number of meetings stays a count of their participations through merges, in either order, and deletes")
    func personMeetings() throws {
        let articles = ResolutionTests.fixtures
        let extractor = Extractor()
        for (name, order) in [("forwards", articles), ("backwards", articles.reversed())] {
            let knowledgeBase = try KnowledgeBase.open(path: directory.path("\(name).sqlite"))
            for article in order {
                _ = try knowledgeBase.ingest(article, extractingWith: extractor.extract)
                try expectExactMeetings(knowledgeBase.database, "\(name), after \(article.source)")
            }
            let people = try knowledgeBase.people()
            #expect(people.contains { $0.meetings > 1 }, "\(people)")
            #expect(try people.map(\.meetings) == people.map { person in
                Int(try knowledgeBase.database.scalarInt("SELECT count(*) FROM meeting_participants WHERE person_id = ?", [.integer(person.id)]) ?? -1)
            })
            // Cascades: a meeting and a person deleted take their participations out of the counts.
            try knowledgeBase.database.execute("DELETE FROM meetings WHERE id = (SELECT min(meeting_id) FROM meeting_participants)")
            try knowledgeBase.database.execute("DELETE FROM people WHERE id = (SELECT max(person_id) FROM meeting_participants)")
            try expectExactMeetings(knowledgeBase.database, "\(name), after deletes")
        }
    }

    @Test("A participant, a name form and an alias are still written once: the primary keys take the old unique keys' place")
    func keysStayUnique() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)
        let database = knowledgeBase.database
        let counts = try lines(database).map(\.count)
        // The same facts again under another article: every link of the first is found, not doubled.
        let again = Article(source: "again.txt", date: Sample.article.date, title: nil, body: Sample.body + " ")
        _ = try knowledgeBase.ingest(again, facts: Sample.facts)
        let after = try lines(database)
        #expect(after[0].count == counts[0] && after[1].count == counts[1] && after[4].count == counts[4])
        #expect(try database.scalarInt("SELECT max(mentions) FROM person_names") == 2)
        #expect(throws: SQLiteError.self) {
            try database.execute("INSERT INTO person_aliases (person_id, alias, alias_folded) VALUES (1, NULL, 'x')")
        }
    }
}
