import ArgumentParser
import Extraction
import KnowledgeBase

extension Attache {
    struct Meetings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "meetings",
            abstract: "List meetings, oldest first, optionally those of one person.",
            discussion: """
                --person matches any name a person was seen under, a full name whose forms agree \
                ("Tony Blinken" finds Antony Blinken), or a surname, ignoring case and accents \
                ("blaszczak" finds "Błaszczak"). A name that fits several people is refused with \
                the list of them (exit 2): give a fuller name. --with narrows to meetings with a \
                second person, --topic to a topic, --country to meetings held in a country or \
                with someone from it, --mode and --status to how and whether it took place. \
                Without filters, every meeting. The same meeting reported by several articles is \
                one row.

                Fields: id, date, date_precision, location, mode, status, participants, topics, \
                evidence. The table leaves out date_precision (its date shows only what is known) \
                and evidence; json, jsonl and csv carry every field. --evidence adds sources: \
                every article that reports the meeting with its sentence (in json and jsonl a list \
                of objects: article_id, source, published_on, title, evidence, start, end; in csv \
                and the table, the sentences).

                Exit codes: 0 success, 2 usage error or a name that fits several people, \
                3 database error.

                Examples:
                  attache meetings --person Gantz
                  attache meetings --person "Lloyd Austin" --with Gantz --since 2022-01-01 --until 2022-12-31
                  attache meetings --country UA --topic "humanitarian aid" --format json
                  attache meetings --mode call --status held --limit 10 --evidence
                """
        )

        @Option(help: ArgumentHelp("Only meetings this person took part in (any name or surname).", valueName: "name"))
        var person: String?

        @Option(help: ArgumentHelp("With --person: only meetings this second person also took part in.", valueName: "name"))
        var with: String?

        @Option(help: ArgumentHelp("Only meetings about this topic (any case).", valueName: "topic"))
        var topic: String?

        @Option(help: ArgumentHelp("Only meetings held in this country or with someone from it (a code such as IL).",
                                   valueName: "code"))
        var country: String?

        @Option(help: ArgumentHelp("Only meetings on or after this day.", valueName: "YYYY-MM-DD"))
        var since: Day?

        @Option(help: ArgumentHelp("Only meetings on or before this day.", valueName: "YYYY-MM-DD"))
        var until: Day?

        @Option(help: "Only meetings held this way.")
        var mode: MeetingMode?

        @Option(help: "Only meetings in this state.")
        var status: MeetingStatus?

        @Option(help: ArgumentHelp("At most this many meetings (the oldest).", valueName: "n"))
        var limit: Int?

        @Flag(help: "Add every source of each meeting: the article and the sentence that reports it.")
        var evidence = false

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if with != nil, person == nil { throw ValidationError("--with needs --person: the meetings of whom with \(with ?? "")?") }
            if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more, not \(limit)") }
        }

        func run() throws {
            let rows = try database.query { knowledgeBase in
                // The table shows no `evidence` field (with --evidence, its sources' sentences instead).
                try knowledgeBase.meetings(person: person, with: with, topic: topic, country: country, since: since,
                                           until: until, mode: mode, status: status, limit: limit, withSources: evidence,
                                           evidence: output.format != .table)
            }
            guard evidence else { return print(output.format.render(rows), terminator: "") }
            print(output.format.render(rows, columns: MeetingRow.columnsWithSources(for: output.format),
                                       tableColumns: MeetingRow.tableColumnsWithEvidence), terminator: "")
        }
    }
}
