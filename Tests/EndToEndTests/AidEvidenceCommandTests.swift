import Foundation
import Testing

/// The evidence `attache aid` lists (read from the place each commitment keeps, migration 0011) is
/// the sentence `attache show aid ID` gives its first source (read from the reports), in every
/// format, on the cross-article fixtures, which report commitments more than once.
@Suite("attache aid: each row's evidence", .tags(.large))
final class AidEvidenceCommandTests {
    let workspace = Workspace()

    @Test("aid as jsonl, json and csv: each row's evidence is the first source's sentence of show aid")
    func evidenceIsFirstSource() throws {
        let fixtures = Workspace.repository.appendingPathComponent("fixtures/cross-article").path
        let ingest = try workspace.attache("ingest", "--db", "kb.sqlite", fixtures)
        #expect(ingest.status == 0, "\(ingest)")
        let lines = try workspace.attache("aid", "--db", "kb.sqlite", "--format", "jsonl")
        #expect(lines.status == 0, "\(lines)")
        var listed: [Int: String] = [:]
        for line in lines.stdoutLines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            listed[try #require(object["id"] as? Int)] = try #require(object["evidence"] as? String)
        }
        #expect(listed.count >= 3)
        var reportedTwice = 0
        for (id, evidence) in listed {
            let show = try workspace.attache("show", "aid", "\(id)", "--db", "kb.sqlite", "--format", "json")
            #expect(show.status == 0, "\(show)")
            let records = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [[String: Any]])
            let object = try #require(records.first)
            let sources = try #require(object["sources"] as? [[String: Any]])
            if sources.count > 1 { reportedTwice += 1 }
            #expect(sources.first?["evidence"] as? String == evidence, "aid \(id)")
        }
        #expect(reportedTwice > 0)
        // json and csv carry the same sentences as jsonl.
        let json = try workspace.attache("aid", "--db", "kb.sqlite", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? Int ?? 0, $0["evidence"] as? String ?? "") }) == listed)
        let csv = try workspace.attache("aid", "--db", "kb.sqlite", "--format", "csv")
        for evidence in listed.values where !evidence.contains(",") && !evidence.contains("\"") && !evidence.contains("\n") {
            #expect(csv.stdout.contains(evidence))
        }
    }
}
