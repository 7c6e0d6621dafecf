import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// The running sums of migration 0004 (`aid_day_totals`, `aid_month_totals`, `aid_party_totals`) stay exactly what a
/// recomputation from `aid_commitments` gives, whatever merges ingest does, and `aidGroups` gives
/// what grouping the listed rows gives.
@Suite("Aid sums kept by triggers", .tags(.medium))
final class AidSummaryTests {
    let directory = TemporaryDirectory()

    /// The sums stored, and the sums recomputed from every commitment, as lines.
    private func sums(_ knowledgeBase: KnowledgeBase) throws -> (stored: [String], recomputed: [String]) {
        let columns = """
            sum(CASE WHEN cumulative THEN 0 ELSE amount >> 32 END) || ' ' || sum(CASE WHEN cumulative THEN 0 ELSE amount & 4294967295 END)
            || ' ' || sum(1 - cumulative) || ' ' || sum(cumulative) || ' ' || ifnull(max(CASE WHEN cumulative THEN amount END), '-')
            """
        let stored = try knowledgeBase.database.prepare("""
            SELECT 'day ' || date || ' ' || date_precision || ' ' || currency || ' ' || total_high || ' ' || total_low || ' '
                   || commitments || ' ' || running_totals || ' ' || ifnull(largest_running_total, '-') FROM aid_day_totals
            UNION ALL
            SELECT 'month ' || month || ' ' || date_precision || ' ' || currency || ' ' || total_high || ' ' || total_low || ' '
                   || commitments || ' ' || running_totals || ' ' || ifnull(largest_running_total, '-') FROM aid_month_totals
            UNION ALL
            SELECT grouping || ' ' || key || ' ' || currency || ' ' || total_high || ' ' || total_low || ' '
                   || commitments || ' ' || running_totals || ' ' || ifnull(largest_running_total, '-') FROM aid_party_totals
            ORDER BY 1
            """).rows { $0.text(at: 0) ?? "" }
        let recomputed = try knowledgeBase.database.prepare("""
            SELECT 'day ' || date || ' ' || date_precision || ' ' || currency || ' ' || \(columns)
            FROM aid_commitments GROUP BY date, date_precision, currency
            UNION ALL SELECT 'month ' || substr(date, 1, 7) || ' ' || date_precision || ' ' || currency || ' ' || \(columns)
            FROM aid_commitments GROUP BY substr(date, 1, 7), date_precision, currency
            UNION ALL SELECT 'donor ' || ifnull(donor, '') || ' ' || currency || ' ' || \(columns)
            FROM aid_commitments GROUP BY donor, currency
            UNION ALL SELECT 'recipient ' || ifnull(recipient, '') || ' ' || currency || ' ' || \(columns)
            FROM aid_commitments GROUP BY recipient, currency
            UNION ALL SELECT 'kind ' || kind || ' ' || currency || ' ' || \(columns)
            FROM aid_commitments GROUP BY kind, currency
            ORDER BY 1
            """).rows { $0.text(at: 0) ?? "" }
        return (stored, recomputed)
    }

    /// Every grouping, with and without each filter, summed by SQLite and by `AidReport.groups(by:)`.
    private func expectGroupsAgree(_ knowledgeBase: KnowledgeBase, _ comment: String) throws {
        let filters: [(from: Day?, to: Day?, donor: String?, recipient: String?, kind: AidKind?)] = [
            (nil, nil, nil, nil, nil), (day("2022-05-01"), nil, nil, nil, nil), (nil, day("2022-05-19"), nil, nil, nil),
            (day("2022-05-02"), day("2022-06-30"), nil, nil, nil),
            (day("2022-05-01"), day("2022-05-31"), nil, nil, nil), (day("2022-01-01"), day("2022-12-31"), nil, nil, nil),
            (day("2022-06-01"), day("2022-06-29"), nil, nil, nil), (nil, day("2022-05-31"), nil, nil, nil), (nil, nil, "us", nil, nil), (nil, nil, nil, "UA", nil),
            (nil, nil, nil, nil, .military), (day("2022-01-01"), day("2022-12-31"), "US", "IL", .military),
        ]
        for grouping in AidGrouping.allCases {
            for filter in filters {
                let report = try knowledgeBase.aid(from: filter.from, to: filter.to, donor: filter.donor, recipient: filter.recipient,
                                                   kind: filter.kind)
                let groups = try knowledgeBase.aidGroups(by: grouping, from: filter.from, to: filter.to, donor: filter.donor,
                                                         recipient: filter.recipient, kind: filter.kind)
                #expect(groups == report.groups(by: grouping), "\(comment): \(grouping) \(filter)")
            }
        }
    }

    private func expectExact(_ knowledgeBase: KnowledgeBase, _ comment: String) throws {
        let (stored, recomputed) = try sums(knowledgeBase)
        #expect(stored == recomputed, "\(comment)")
        try expectGroupsAgree(knowledgeBase, comment)
    }

    @Test("The fixture set, ingested forwards and backwards, leaves the sums a recomputation gives")
    func fixtures() throws {
        for (name, knowledgeBase) in try ingestFixturesBothWays(into: directory) {
            #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM aid_commitments") ?? 0 > 0)
            try expectExact(knowledgeBase, name)
        }
    }

    /// Reports whose commitments merge: a more precise amount (UPDATE), a month then a day
    /// (UPDATE of the date and its precision, then DELETE of the row merged away), running
    /// totals, other currencies, and amounts whose sum passes Int64.max.
    static let reports: [HandReport] = {
        var a = HandReport("a", "2022-05-19"), b = HandReport("b", "2022-05-20"), c = HandReport("c", "2022-05-26")
        var d = HandReport("d", "2022-06-02"), e = HandReport("e", "2022-06-03")
        a = a.aid("US", "IL", 4_800_000_000, "$4.8 billion").aid("US", "IL", 38_000_000_000, "$38 billion", cumulative: true)
            .aid("EU", "UA", 500_000_000, "€500 million", currency: "EUR", on: "2022-05-01", precision: .month)
        b = b.aid("US", "IL", 4_830_000_000, "$4.83 billion").aid("US", "IL", 40_000_000_000, "$40 billion", cumulative: true)
            .aid("EU", "UA", 500_000_000, "€500 million", currency: "EUR", on: "2022-05-20")
        c = c.aid("US", "IL", 4_800_000_000, "$4.8 billion", on: "2022-05-01", precision: .month)
            .aid(nil, "UA", 1_000_000, "$1 million", on: "2022-01-01", precision: .year)
            .aid("US", "UA", 9_000_000_000_000_000_000, "$9 quintillion")
        d = d.aid("US", "UA", 9_100_000_000_000_000_000, "$9.1 quintillion")
            .aid("US", "IL", 38_000_000_000, "$38 billion", cumulative: true)
            .aid("GB", nil, 700_000_000, "£700 million", currency: "GBP")
        e = e.aid("US", "UA", 9_000_000_000_000_000_000, "$9 quintillion", on: "2022-06-03")
            .aid("GB", nil, 700_000_000, "£700 million", currency: "GBP", on: "2022-06-01", precision: .month)
        return [a, b, c, d, e]
    }()

    @Test("Merged, corrected and running-total commitments keep the sums exact, in either order")
    func merges() throws {
        for (name, order) in [("forwards", Self.reports), ("backwards", Self.reports.reversed())] {
            let knowledgeBase = try KnowledgeBase.open(path: directory.path("\(name).sqlite"))
            for report in order {
                try report.ingest(into: knowledgeBase)
                try expectExact(knowledgeBase, "\(name), after \(report.source)")
            }
            // A sum past Int64.max saturates, as AidReport's does.
            let day = try knowledgeBase.aidGroups(by: .recipient)
            #expect(day.contains { $0.key == "UA" && $0.currency == "USD" && $0.total == .max }, "\(day)")
        }
    }

    @Test("Deleting commitments, as a merge does, takes them out of the sums and drops emptied groups")
    func deletes() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        for report in Self.reports { try report.ingest(into: knowledgeBase) }
        let ids = try knowledgeBase.database.prepare("SELECT id FROM aid_commitments ORDER BY amount DESC, id").rows { $0.int64(at: 0) }
        for id in ids {
            try knowledgeBase.database.prepare("DELETE FROM aid_commitments WHERE id = ?").run([.integer(id)])
            try expectExact(knowledgeBase, "after deleting \(id)")
        }
        #expect(try sums(knowledgeBase).stored == [])
    }

    @Test("A database written before migration 0004 gets its sums from the commitments already stored")
    func migration() throws {
        let path = directory.path("old.sqlite")
        let database = try Database(path: path)
        _ = try Migrator(migrations: Migrator.embedded.migrations.filter { $0.version < 4 }).migrate(database)
        try database.execute(script: """
            INSERT INTO countries (code) VALUES ('US'), ('UA');
            INSERT INTO aid_commitments (donor, recipient, amount, currency, kind, date, date_precision, cumulative, amount_text)
            VALUES ('US', 'UA', 5, 'USD', 'military', '2022-05-19', 'day', 0, '$5'),
                   ('US', 'UA', 7, 'USD', 'military', '2022-05-20', 'day', 1, '$7'),
                   (NULL, 'UA', 9223372036854775807, 'USD', 'other', '2022-05-01', 'month', 0, 'a lot');
            """)
        let knowledgeBase = try KnowledgeBase.open(path: path)
        try expectExact(knowledgeBase, "migrated")
        #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM aid_day_totals") == 3)
        #expect(try knowledgeBase.database.scalarInt("SELECT count(*) FROM aid_month_totals") == 2)
    }
}
