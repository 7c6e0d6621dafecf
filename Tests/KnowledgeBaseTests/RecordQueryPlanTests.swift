import Foundation
import Testing

@testable import KnowledgeBase

/// The statements behind `show`, `topics`, `search`, `people`, `person` and `--evidence` read through indexes.
@Suite("Query plans of records, topics and search", .tags(.medium))
final class RecordQueryPlanTests {
    let directory = TemporaryDirectory()

    /// Each statement, and the one table it may read whole (`topics` lists every topic).
    static let statements: [(sql: String, wholeTable: String?)] = [
        (KnowledgeBase.meetingDetailSQL.meeting, nil), (KnowledgeBase.meetingDetailSQL.participants, nil),
        (KnowledgeBase.meetingDetailSQL.topics, nil), (KnowledgeBase.aidDetailSQL, nil),
        (KnowledgeBase.articleDetailSQL.article, nil), (KnowledgeBase.articleDetailSQL.topics, nil),
        (KnowledgeBase.articleDetailSQL.meetings, nil), (KnowledgeBase.articleDetailSQL.aid, nil),
        (SourceQuery.meetingSQL, nil), (SourceQuery.aidSQL, nil), (KnowledgeBase.searchSQL, nil),
        (KnowledgeBase.topicsSQL, "t"), (KnowledgeBase.peopleSQL.ofCountry, nil), (KnowledgeBase.personRowSQL.person, nil),
        (KnowledgeBase.personRowSQL.aliases, nil), (KnowledgeBase.profileSQL.roles, nil), (KnowledgeBase.profileSQL.counterparts, nil),
        (KnowledgeBase.profileSQL.topics, nil), (KnowledgeBase.peopleSQL.all, "people"),
        (KnowledgeBase.personLookupSQL.alias, nil), (KnowledgeBase.personLookupSQL.surname, nil), (KnowledgeBase.personLookupSQL.forms, nil),
        (KnowledgeBase.profileAidSQL.given, nil), (KnowledgeBase.profileAidSQL.received, nil),
        (KnowledgeBase.profileAidSQL.count, "CONSTANT ROW"),
    ]

    @Test("Every lookup of a record goes through an index or a primary key, never a scan of a table")
    func indexed() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)
        for (sql, wholeTable) in Self.statements {
            let plan = try knowledgeBase.database.prepare("EXPLAIN QUERY PLAN " + sql).rows { $0.text(at: 3) ?? "" }
            let scans = plan.filter { $0.hasPrefix("SCAN") && !$0.contains("INDEX") && $0 != "SCAN \(wholeTable ?? "")" }
            #expect(scans.isEmpty, "\(sql)\n\(plan.joined(separator: "\n"))")
        }
    }

    @Test("A profile's latest commitments are read backwards from the party's date index, never sorted")
    func profileAid() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        for (sql, index) in [(KnowledgeBase.profileAidSQL.given, "aid_commitments_donor_date (donor=?)"),
                             (KnowledgeBase.profileAidSQL.received, "aid_commitments_recipient_date (recipient=?)")] {
            // Columns: id, parent, notused, detail; the outer query's steps have parent 0.
            let plan = try knowledgeBase.database.prepare("EXPLAIN QUERY PLAN " + sql).rows { ($0.int64(at: 1), $0.text(at: 3) ?? "") }
            #expect(plan.contains { $0.0 == 0 && $0.1.hasPrefix("SEARCH a USING") && $0.1.hasSuffix(index) }, "\(plan)")
            #expect(!plan.contains { $0.0 == 0 && $0.1.contains("TEMP B-TREE") }, "\(plan)")
        }
    }
}
