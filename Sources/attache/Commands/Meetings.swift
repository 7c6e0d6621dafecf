import ArgumentParser
import Extraction
import KnowledgeBase

extension Attache {
    struct Meetings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List meetings, oldest first, optionally those of one person.",
            discussion: """
                --person matches any name a person was seen under, or their surname, ignoring case \
                and accents ("blaszczak" finds "Błaszczak"). A name several people share matches them \
                all; the participants column shows who is who. Without --person, every meeting.

                Fields: id, date, date_precision, location, mode, status, participants, topics, \
                evidence. The table leaves out date_precision (its date shows only what is known) \
                and evidence; json, jsonl and csv carry every field.

                Exit codes: 0 success, 2 usage error, 3 database error.

                Examples:
                  attache meetings --person Gantz
                  attache meetings --person "Lloyd Austin" --since 2022-01-01 --until 2022-12-31
                  attache meetings --person austin --format json
                """
        )

        @Option(help: ArgumentHelp("Only meetings this person took part in (any name or surname).", valueName: "name"))
        var person: String?

        @Option(help: ArgumentHelp("Only meetings on or after this day.", valueName: "YYYY-MM-DD"))
        var since: Day?

        @Option(help: ArgumentHelp("Only meetings on or before this day.", valueName: "YYYY-MM-DD"))
        var until: Day?

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let knowledgeBase = try database.open(.readOnly)
            let rows: [MeetingRow]
            do {
                rows = try knowledgeBase.meetings(person: person, since: since, until: until)
            } catch {
                throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
            }
            print(output.format.render(rows), terminator: "")
        }
    }
}
