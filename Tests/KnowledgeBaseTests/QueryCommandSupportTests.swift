import Extraction
import Foundation
import Testing

@testable import KnowledgeBase

/// The queries behind `aid --group-by`, `search`, `show` and `db check`, through the library.
@Suite("Grouping, search, records and checks", .tags(.medium))
final class QueryCommandSupportTests {
    let directory = TemporaryDirectory()

    private func row(_ id: Int64, _ date: String, precision: String = "day", donor: String? = "US", amount: Int64,
                     currency: String = "USD", cumulative: Bool = false) -> AidRow {
        var row = AidRow(id: id, date: date, donor: donor, recipient: "UA", amount: amount, currency: currency,
                         kind: "military", cumulative: cumulative, evidence: nil)
        row.datePrecision = precision
        return row
    }

    @Test("A group's date is never finer than the commitment's", arguments: [
        (AidGrouping.day, "2022-06-08", "day", "2022-06-08"), (.day, "2022-06-01", "month", "2022-06"),
        (.month, "2022-06-08", "day", "2022-06"), (.year, "2022-06-01", "month", "2022"),
        (.day, "2022-01-01", "year", "2022"), (.month, "2022-01-01", "unknown", "unknown"),
    ])
    func groupKeys(grouping: AidGrouping, date: String, precision: String, key: String) {
        #expect(grouping.key(of: row(1, date, precision: precision, amount: 1)) == key)
    }

    @Test("Groups sum new commitments per currency, count running totals apart, and saturate rather than overflow")
    func groups() {
        let report = AidReport(rows: [
            row(1, "2022-06-08", amount: .max - 1), row(2, "2022-06-09", amount: 5),
            row(3, "2022-06-10", amount: 7, currency: "EUR"),
            row(4, "2022-06-11", amount: 900, cumulative: true), row(5, "2022-06-12", amount: 800, cumulative: true),
            row(6, "2022-06-12", donor: nil, amount: 3),
        ])
        #expect(report.groups(by: .month) == [
            AidGroup(key: "2022-06", currency: "EUR", total: 7, commitments: 1, runningTotals: 0, largestRunningTotal: nil),
            AidGroup(key: "2022-06", currency: "USD", total: .max, commitments: 3, runningTotals: 2, largestRunningTotal: 900),
        ])
        #expect(report.groups(by: .donor).map(\.key) == ["", "US", "US"])
    }

    @Test("search: FTS5's own errors become malformedSearch; other text is searched as written")
    func search() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)
        #expect(try knowledgeBase.search("Pentagon").map(\.id) == [1])
        #expect(try knowledgeBase.search("pentagon", open: "<b>", close: "</b>").first?.snippet.contains("<b>Pentagon</b>") == true)
        #expect(try knowledgeBase.search(#""'; DROP TABLE articles; --""#).isEmpty)
        #expect(throws: QueryError.self) { try knowledgeBase.search("'; DROP TABLE articles; --") }
        #expect(try knowledgeBase.search("Pentagon").count == 1)
        let error = #expect(throws: QueryError.self) { try knowledgeBase.search("Pentagon AND") }
        guard case .malformedSearch(let query, let reason) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(query == "Pentagon AND")
        #expect(reason.contains("syntax error"))
    }

    @Test("show: a record that is not there is notFound, naming the kind and the id")
    func notFound() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        #expect(throws: QueryError.notFound(kind: "meeting", id: 7)) { try knowledgeBase.meeting(id: 7) }
        #expect(throws: QueryError.notFound(kind: "article", id: 7)) { try knowledgeBase.article(id: 7) }
        #expect(throws: QueryError.notFound(kind: "aid commitment", id: 7)) { try knowledgeBase.aidCommitment(id: 7) }
        #expect(QueryError.notFound(kind: "meeting", id: 7).description == "meeting 7: no such meeting in the knowledge base")
    }

    @Test("export covers every table but SQLite's own and the full-text index's")
    func exportedTables() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        let tables = try knowledgeBase.exportedTables()
        #expect(tables.first == "countries")
        #expect(Set(tables).isSuperset(of: ["articles", "people", "meetings", "aid_commitments", "topics", "person_names"]))
        #expect(!tables.contains { $0.hasPrefix("articles_fts") || $0.hasPrefix("sqlite_") })
        #expect(throws: QueryError.self) { try knowledgeBase.export(table: "sqlite_schema", header: { _ in }, row: { _ in }) }
    }

    @Test("A snapshot sees the knowledge base as it was when it began, whatever commits meanwhile")
    func snapshot() throws {
        let path = directory.path("kb.sqlite")
        let writer = try KnowledgeBase.open(path: path)
        _ = try writer.ingest(Sample.article, facts: Sample.facts)
        let reader = try KnowledgeBase.openForReading(path: path)
        try reader.snapshot {
            #expect(try reader.statistics().articles == 1)
            let body = "A second article, about nothing."
            _ = try writer.ingest(Article(source: "two.txt", date: Sample.article.date, body: body),
                                  facts: Facts(source: "two.txt", date: Sample.article.date, title: nil))
            #expect(try reader.statistics().articles == 1)
            #expect(try reader.search("nothing").isEmpty)
        }
        #expect(try reader.statistics().articles == 2)
    }
}
