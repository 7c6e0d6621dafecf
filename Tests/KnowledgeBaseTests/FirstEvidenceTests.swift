import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// The evidence of a list's rows, read after the list (`FirstEvidence`), is the sentence of each
/// fact's earliest report, as the `meeting_list` and `aid_list` views choose it in SQL.
@Suite("Evidence of lists", .tags(.medium))
final class FirstEvidenceTests {
    let directory = TemporaryDirectory()

    @Test("Meetings and aid, of articles ingested forwards and backwards, carry the views' evidence, in batches of any size")
    func sameAsViews() throws {
        for (name, knowledgeBase) in try ingestFixturesBothWays(into: directory) {
            let database = knowledgeBase.database
            // Facts reported by several articles, whose earliest report is chosen.
            #expect(try database.scalarInt("SELECT count(*) FROM meeting_list WHERE sources > 1") ?? 0 > 0)
            let meetings = try database.prepare("SELECT id, evidence FROM meeting_list ORDER BY date, id")
                .rows { "\($0.int64(at: 0)) \($0.text(at: 1) ?? "-")" }
            let aid = try database.prepare("SELECT id, evidence FROM aid_list ORDER BY date, id")
                .rows { "\($0.int64(at: 0)) \($0.text(at: 1) ?? "-")" }
            #expect(try knowledgeBase.meetings().map { "\($0.id) \($0.evidence ?? "-")" } == meetings, "\(name)")
            #expect(try knowledgeBase.aid().rows.map { "\($0.id) \($0.evidence ?? "-")" } == aid, "\(name)")
            #expect(try knowledgeBase.meetings(evidence: false).allSatisfy { $0.evidence == nil })

            // Batches of one and two facts give the same as one batch.
            var rows = try knowledgeBase.meetings(evidence: false)
            for batch in [1, 2] {
                for index in rows.indices { rows[index].evidence = nil }
                try FirstEvidence.meetings.fill(rows.count, id: { rows[$0].id }, set: { rows[$0].evidence = $1 }, in: database,
                                                batch: batch)
                #expect(rows.map { "\($0.id) \($0.evidence ?? "-")" } == meetings, "\(name), batches of \(batch)")
            }
        }
    }
}
