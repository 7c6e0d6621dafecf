import ArgumentParser
import Extraction
import KnowledgeBase

extension Attache {
    struct Aid: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "aid",
            abstract: "List aid commitments by date, with totals per currency.",
            discussion: """
                One row per commitment, oldest first. The table then shows, apart, the total per \
                currency; json, jsonl and csv print the rows only. Totals leave out cumulative rows \
                (running totals such as "bringing total aid to $X"), which would count money twice.

                Fields: id, date, donor, recipient, amount (an exact integer in units of currency), \
                currency (ISO 4217), kind, cumulative, evidence, date_precision (day, month, year \
                or unknown: a month or a year is dated to its first day). The table leaves out \
                evidence and date_precision, and shows a date no finer than it was given.

                --group-by prints one row per group and currency instead: the group (a field named \
                after the grouping: day, month, year, donor, recipient or kind), currency, total \
                (the new commitments summed), commitments (how many), running_totals (how many \
                running totals fall in the group, never added to total) and largest_running_total \
                (the largest of them, or null). Money in different currencies is never added up. \
                A date is never made finer than the text gave it: a commitment dated only to a \
                month is in the group 2022-07 when grouping by day.

                Exit codes: 0 success, 2 usage error, 3 database error.

                Examples:
                  attache aid
                  attache aid --from 2022-01-01 --to 2022-12-31 --donor US --kind military
                  attache aid --recipient UA --format csv > ukraine-aid.csv
                  attache aid --group-by month
                """
        )

        @Option(help: ArgumentHelp("Only commitments on or after this day.", valueName: "YYYY-MM-DD"))
        var from: Day?

        @Option(help: ArgumentHelp("Only commitments on or before this day.", valueName: "YYYY-MM-DD"))
        var to: Day?

        @Option(help: ArgumentHelp("Only commitments by this donor (a country code such as US, or EU).", valueName: "code"))
        var donor: String?

        @Option(help: ArgumentHelp("Only commitments to this recipient (a country code such as UA).", valueName: "code"))
        var recipient: String?

        @Option(help: "Only commitments of this kind.")
        var kind: AidKind?

        @Option(help: "Sum the commitments per group and currency instead of listing them.")
        var groupBy: AidGrouping?

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            if let groupBy {
                let groups = try database.query {
                    try $0.aidGroups(by: groupBy, from: from, to: to, donor: donor, recipient: recipient, kind: kind)
                }
                return print(output.format.render(groups, columns: AidGroup.columns(named: groupBy.rawValue)), terminator: "")
            }
            // The table shows no evidence; the other formats carry it.
            let report = try database.query {
                try $0.aid(from: from, to: to, donor: donor, recipient: recipient, kind: kind, evidence: output.format != .table)
            }
            var text = output.format.render(report.rows)
            if output.format == .table, !report.totals.isEmpty { text += "\n" + output.format.render(report.totals) }
            print(text, terminator: "")
        }
    }
}
