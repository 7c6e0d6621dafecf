import Foundation
import Testing

/// `attache aid --kind` and `--group-by`, in every format, on the sample knowledge base.
@Suite("attache aid: kind and group-by", .tags(.large))
final class AidGroupingTests {
    let workspace = Workspace()

    init() throws {
        try SampleKnowledgeBase.write(to: workspace.path("kb.sqlite"))
    }

    private func aid(_ arguments: String...) throws -> Run {
        try workspace.attache(["aid", "--db", "kb.sqlite"] + arguments)
    }

    @Test("--kind keeps one kind; the table's dates are no finer than the text gave them")
    func kind() throws {
        let run = try aid("--kind", "military")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == """
            id  date        donor  recipient      amount  currency  kind      cumulative
            --  ----------  -----  ---------  ----------  --------  --------  ----------
             3  2022-06     EU     UA          500000000  EUR       military  no
             4  2022-07-01  US     UA         2000000000  USD       military  no

            currency       total  commitments
            --------  ----------  -----------
            EUR        500000000            1
            USD       2000000000            1

            """)
        let csv = try aid("--kind", "humanitarian", "--format", "csv")
        #expect(csv.stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first } == ["1", "2"])
        let bad = try aid("--kind", "loans")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("military"), "\(bad)")
    }

    @Test("--group-by month sums per month and currency; running totals are counted apart, never summed")
    func byMonth() throws {
        let run = try aid("--group-by", "month")
        #expect(run.stdout == """
            month    currency       total  commitments  running_totals  largest_running_total
            -------  --------  ----------  -----------  --------------  ---------------------
            2022-06  EUR        500000000            1               0
            2022-06  USD       1500000000            1               1             9000000000
            2022-07  USD       2000000000            1               0

            """)
    }

    @Test("--group-by day keeps a month-dated commitment in its month; json numbers are exact integers")
    func byDayJSON() throws {
        let run = try aid("--group-by", "day", "--format", "json")
        #expect(run.stdout == """
            [{"day":"2022-06","currency":"EUR","total":500000000,"commitments":1,"running_totals":0,"largest_running_total":null},
             {"day":"2022-06-08","currency":"USD","total":1500000000,"commitments":1,"running_totals":0,"largest_running_total":null},
             {"day":"2022-06-09","currency":"USD","total":0,"commitments":0,"running_totals":1,"largest_running_total":9000000000},
             {"day":"2022-07-01","currency":"USD","total":2000000000,"commitments":1,"running_totals":0,"largest_running_total":null}]

            """)
    }

    @Test("--group-by donor, recipient, kind and year in csv and jsonl", arguments: [
        ("donor", "csv", "donor,currency,total,commitments,running_totals,largest_running_total\r\n"
            + "EU,EUR,500000000,1,0,\r\nTR,USD,1500000000,1,1,9000000000\r\nUS,USD,2000000000,1,0,\r\n"),
        ("recipient", "csv", "recipient,currency,total,commitments,running_totals,largest_running_total\r\n"
            + "UA,EUR,500000000,1,0,\r\nUA,USD,3500000000,2,1,9000000000\r\n"),
        ("kind", "jsonl", #"{"kind":"humanitarian","currency":"USD","total":1500000000,"commitments":1,"running_totals":1,"largest_running_total":9000000000}"#
            + "\n" + #"{"kind":"military","currency":"EUR","total":500000000,"commitments":1,"running_totals":0,"largest_running_total":null}"#
            + "\n" + #"{"kind":"military","currency":"USD","total":2000000000,"commitments":1,"running_totals":0,"largest_running_total":null}"# + "\n"),
        ("year", "jsonl", #"{"year":"2022","currency":"EUR","total":500000000,"commitments":1,"running_totals":0,"largest_running_total":null}"#
            + "\n" + #"{"year":"2022","currency":"USD","total":3500000000,"commitments":2,"running_totals":1,"largest_running_total":9000000000}"# + "\n"),
    ])
    func groupings(grouping: String, format: String, expected: String) throws {
        let run = try aid("--group-by", grouping, "--format", format)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == expected)
    }

    @Test("--group-by with filters, and with nothing to group")
    func groupFiltered() throws {
        let run = try aid("--group-by", "donor", "--kind", "military", "--from", "2022-07-01", "--format", "csv")
        #expect(run.stdout == "donor,currency,total,commitments,running_totals,largest_running_total\r\nUS,USD,2000000000,1,0,\r\n")
        #expect(try aid("--group-by", "year", "--from", "2030-01-01", "--format", "json").stdout == "[]\n")
        #expect(try aid("--group-by", "week").status == 2)
    }
}
