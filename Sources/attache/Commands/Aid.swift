import ArgumentParser
import Extraction
import KnowledgeBase

extension Attache {
    struct Aid: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List aid commitments by date, with totals per currency.",
            discussion: """
                One row per commitment, oldest first. The table then shows, apart, the total per \
                currency; json, jsonl and csv print the rows only. Totals leave out cumulative rows \
                (running totals such as "bringing total aid to $X"), which would count money twice.

                Fields: id, date, donor, recipient, amount (an exact integer in units of currency), \
                currency (ISO 4217), kind, cumulative, evidence. The table leaves out evidence.

                Exit codes: 0 success, 2 usage error, 3 database error.

                Examples:
                  attache aid
                  attache aid --from 2022-01-01 --to 2022-12-31 --donor US
                  attache aid --recipient UA --format csv > ukraine-aid.csv
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

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let knowledgeBase = try database.open(.readOnly)
            let report: AidReport
            do {
                report = try knowledgeBase.aid(from: from, to: to, donor: donor, recipient: recipient)
            } catch {
                throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
            }
            var text = output.format.render(report.rows)
            if output.format == .table, !report.totals.isEmpty { text += "\n" + output.format.render(report.totals) }
            print(text, terminator: "")
        }
    }
}
