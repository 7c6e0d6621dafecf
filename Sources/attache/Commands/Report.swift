import ArgumentParser
import Extraction
import Foundation
import HTMLReport
import KnowledgeBase

extension Attache {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write a self-contained HTML report: timeline, who met whom, aid over time, evidence.",
            discussion: """
                Writes one HTML file that opens offline (inline SVG and CSS, a few lines of script, \
                nothing fetched): a timeline of the meetings selected, the network of who met whom, \
                aid over time per currency with totals per donor and recipient, and every meeting \
                and commitment with the sentence and article it was read from. The filters are those \
                of `attache meetings`; aid follows them (--person: aid of their country, --topic: \
                aid reported by articles on the topic). With --person the page is their dossier: \
                titles over time and counterparts ranked. What is too much to draw legibly is \
                aggregated or left out, and the page says so.

                Exit codes: 0 success, 1 no such person or the file could not be written, 2 usage \
                error or a name that fits several people, 3 database error.

                Examples:
                  attache report -o report.html
                  attache report --person "Jake Sullivan" -o sullivan.html
                  attache report --country UA --since 2022-01-01 --until 2022-12-31 -o ukraine-2022.html
                """
        )

        @Option(help: ArgumentHelp("A dossier of this person (any name or surname).", valueName: "name"))
        var person: String?

        @Option(help: ArgumentHelp("Only meetings held in this country or with someone from it, and aid it gave or received.",
                                   valueName: "code"))
        var country: String?

        @Option(help: ArgumentHelp("Only meetings about this topic, and aid reported by articles about it.", valueName: "topic"))
        var topic: String?

        @Option(help: ArgumentHelp("Only meetings and aid on or after this day.", valueName: "YYYY-MM-DD"))
        var since: Day?

        @Option(help: ArgumentHelp("Only meetings and aid on or before this day.", valueName: "YYYY-MM-DD"))
        var until: Day?

        @Option(name: [.short, .long], help: ArgumentHelp("The HTML file to write (- for stdout).", valueName: "file"))
        var output: String

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if let since, let until, until < since { throw ValidationError("--until \(until) is before --since \(since)") }
        }

        func run() throws {
            let selection = ReportSelection(person: person, country: country, topic: topic, since: since, until: until)
            let data = try database.query { try $0.reportData(selection) }
            let html = ReportPage(data: data, generatedAt: Date()).html()
            do {
                let sink = try OutputFile(path: output)
                try sink.write(html)
                try sink.close()
            } catch let error as OutputFile.Failure {
                Diagnostics.error(error.path, error.reason)
                throw ExitCode.inputFailed
            }
        }
    }
}
