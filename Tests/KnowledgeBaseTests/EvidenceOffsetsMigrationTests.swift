import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

@Suite("Migration 0004: evidence kept as offsets into the body", .tags(.medium))
final class EvidenceOffsetsMigrationTests {
    let directory = TemporaryDirectory()

    private func strings(_ database: Database, _ sql: String) throws -> [String] {
        try database.prepare(sql).rows { $0.text(at: 0) ?? "NULL" }
    }

    @Test("A schema-3 database with evidence rows is upgraded: the same sentences, rowids and views, and no copies left")
    func upgradesSchemaThree() throws {
        let path = directory.path("kb.sqlite")
        let body = "Kenyan President Wanjiru Kamau met Irish Prime Minister Niamh Gallagher in Nairobi. "
            + "Ireland pledged €20 million to Kenya’s drought relief. Talks went on."
        let meeting = "Kenyan President Wanjiru Kamau met Irish Prime Minister Niamh Gallagher in Nairobi."
        let aid = "Ireland pledged €20 million to Kenya’s drought relief."
        let meetingSpan = evidence(meeting, in: body), aidSpan = evidence(aid, in: body)
        let sourcesSQL = "SELECT meeting_id || '|' || article_id || '|' || evidence || '|' || start || '|' || end FROM meeting_sources ORDER BY rowid"
        let aidSQL = "SELECT aid_id || '|' || article_id || '|' || evidence || '|' || start || '|' || end FROM aid_sources ORDER BY rowid"
        let before: (meetings: [String], aid: [String], lists: [String])
        do {
            let database = try Database(path: path)
            try Migrator(migrations: Array(Migrator.embedded.migrations.prefix(3))).migrate(database)
            #expect(try database.userVersion() == 3)
            try database.execute("""
                INSERT INTO articles (id, content_hash, source, title, published_on, body)
                VALUES (1, '\(String(repeating: "a", count: 64))', 'kenya.txt', 'Kamau and Gallagher', '2023-01-10', ?)
                """, [.text(body)])
            try database.execute("INSERT INTO meetings (id, date, date_precision, mode, status) VALUES (7, '2023-01-10', 'day', 'in_person', 'held')")
            try database.execute("INSERT INTO aid_commitments (id, donor, recipient, amount, currency, kind, date, date_precision, cumulative, amount_text) "
                + "VALUES (3, NULL, NULL, 20000000, 'EUR', 'humanitarian', '2023-01-10', 'day', 0, '€20 million')")
            // Rowids out of order, to show that the upgrade keeps them.
            try database.execute("INSERT INTO meeting_sources (rowid, meeting_id, article_id, evidence, start, end) VALUES (5, 7, 1, ?, ?, ?)",
                                 [.text(meeting), .integer(Int64(meetingSpan.start)), .integer(Int64(meetingSpan.end))])
            try database.execute("INSERT INTO meeting_sources (rowid, meeting_id, article_id, evidence, start, end) VALUES (2, 7, 1, ?, ?, ?)",
                                 [.text(aid), .integer(Int64(aidSpan.start)), .integer(Int64(aidSpan.end))])
            try database.execute("INSERT INTO aid_sources (aid_id, article_id, evidence, start, end) VALUES (3, 1, ?, ?, ?)",
                                 [.text(aid), .integer(Int64(aidSpan.start)), .integer(Int64(aidSpan.end))])
            before = (try strings(database, sourcesSQL), try strings(database, aidSQL),
                      try strings(database, "SELECT evidence || '|' || sources FROM meeting_list UNION ALL SELECT evidence || '|' || sources FROM aid_list"))
        }
        // To schema 4, whose spans keep their rowids (0008 keys them by content instead).
        let knowledgeBase = try KnowledgeBase(path: path, migrator: Migrator(migrations: Array(Migrator.embedded.migrations.prefix(4))))
        #expect(try knowledgeBase.schemaVersion() == 4)
        let database = knowledgeBase.database
        #expect(before.meetings == ["7|1|\(aid)|\(aidSpan.start)|\(aidSpan.end)", "7|1|\(meeting)|\(meetingSpan.start)|\(meetingSpan.end)"])
        #expect(try strings(database, sourcesSQL.replacingOccurrences(of: "ORDER BY rowid", with: "")) == before.meetings)
        #expect(try strings(database, aidSQL.replacingOccurrences(of: "ORDER BY rowid", with: "")) == before.aid)
        #expect(try strings(database, "SELECT rowid FROM meeting_spans ORDER BY rowid") == ["2", "5"])
        #expect(try strings(database, "SELECT evidence || '|' || sources FROM meeting_list UNION ALL SELECT evidence || '|' || sources FROM aid_list")
            == before.lists)
        #expect(try strings(database, "SELECT group_concat(name) FROM pragma_table_info('meeting_spans')") == ["meeting_id,article_id,start,end"])
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)

        // The file upgraded to the newest schema takes new articles, whose evidence reads back from their bodies.
        let newest = try KnowledgeBase.open(path: path)
        _ = try newest.ingest(Sample.article, facts: Sample.facts)
        let stored = try strings(newest.database, "SELECT evidence FROM meeting_sources WHERE article_id = 2 ORDER BY start")
        #expect(stored == Sample.facts.meetings[0].evidence.map(\.text))
    }

    @Test("Evidence outside the basic multilingual plane reads back at the offsets ingest checked")
    func astralScalars() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let prefix = "🇺🇦 Update 𝟚: Ze\u{301}lensky spoke. "
        let body = prefix + Sample.body
        let article = Article(source: "astral.txt", date: Sample.article.date, title: nil, body: body)
        var facts = Sample.facts
        facts.people = facts.people.map { person in
            var person = person
            person.evidence = evidence(person.evidence.text, in: body)
            return person
        }
        facts.meetings[0].evidence = facts.meetings[0].evidence.map { evidence($0.text, in: body) }
        facts.aid = facts.aid.map { aid in
            var aid = aid
            aid.evidence = evidence(aid.evidence.text, in: body)
            return aid
        }
        _ = try knowledgeBase.ingest(article, facts: facts)
        #expect(try strings(knowledgeBase.database, "SELECT evidence FROM aid_sources ORDER BY start") == facts.aid.map(\.evidence.text))
        #expect(try strings(knowledgeBase.database, "SELECT evidence FROM meeting_list") == [facts.meetings[0].evidence[0].text])
    }
}
