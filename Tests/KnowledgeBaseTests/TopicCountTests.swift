import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// `topic_counts` (migration 0004) stays what counting the links gives, whatever merges ingest
/// does and whatever cascades delete.
@Suite("Topic counts kept by triggers", .tags(.medium))
final class TopicCountTests {
    let directory = TemporaryDirectory()

    /// The counts stored and the counts recomputed, one line per topic with any link.
    private func expectExact(_ knowledgeBase: KnowledgeBase, _ comment: String) throws {
        let stored = try knowledgeBase.database.prepare("""
            SELECT topic_id || ' ' || meetings || ' ' || articles FROM topic_counts WHERE meetings > 0 OR articles > 0 ORDER BY topic_id
            """).rows { $0.text(at: 0) ?? "" }
        let recomputed = try knowledgeBase.database.prepare("""
            SELECT t.id || ' ' || (SELECT count(*) FROM meeting_topics WHERE topic_id = t.id) || ' '
                   || (SELECT count(*) FROM article_topics WHERE topic_id = t.id)
            FROM topics AS t
            WHERE EXISTS (SELECT 1 FROM meeting_topics WHERE topic_id = t.id) OR EXISTS (SELECT 1 FROM article_topics WHERE topic_id = t.id)
            ORDER BY t.id
            """).rows { $0.text(at: 0) ?? "" }
        #expect(stored == recomputed, "\(comment)")
        #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM topic_counts WHERE meetings < 0 OR articles < 0") == 0)
    }

    @Test("The fixture set, ingested forwards and backwards, leaves the counts of the links; deletes take them away")
    func fixtures() throws {
        for (name, knowledgeBase) in try ingestFixturesBothWays(into: directory, checking: expectExact) {
            #expect(try knowledgeBase.topics().contains { $0.meetings > 0 })
            // Cascades: a meeting takes its links with it, an article its own.
            let meeting = try #require(try knowledgeBase.database.scalarInt("SELECT min(meeting_id) FROM meeting_topics"))
            try knowledgeBase.database.prepare("DELETE FROM meetings WHERE id = ?").run([.integer(meeting)])
            try expectExact(knowledgeBase, "\(name), without meeting \(meeting)")
            try knowledgeBase.database.execute("DELETE FROM articles")
            try expectExact(knowledgeBase, "\(name), without articles")
        }
    }

    @Test("Meetings merged across reports count once for each topic")
    func merges() throws {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20")
        a = a.people(a.person("Benny Gantz", "IL"), a.person("Lloyd Austin", "US"))
            .meeting(["Benny Gantz", "Lloyd Austin"], on: "2022-05-01", precision: .month, topics: ["defence", "trade"])
        b = b.people(b.person("Benny Gantz", "IL"), b.person("Lloyd Austin", "US"))
            .meeting(["Benny Gantz", "Lloyd Austin"], topics: ["defence", "energy"])
        for (name, order) in [("forwards", [a, b]), ("backwards", [b, a])] {
            let knowledgeBase = try KnowledgeBase.open(path: directory.path("\(name).sqlite"))
            for report in order {
                try report.ingest(into: knowledgeBase)
                try expectExact(knowledgeBase, "\(name), after \(report.source)")
            }
            #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM meetings") == 1)
        }
    }
}
