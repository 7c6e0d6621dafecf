import ArgumentParser
import KnowledgeBase

extension Attache {
    struct Person: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "person",
            abstract: "Show one person: aliases, titles over time, counterparts, topics and aid.",
            discussion: """
                NAME is matched as by `attache meetings --person`: any form the person was seen \
                under, a full name whose forms agree, or a surname. A name that fits several people \
                is refused with the list of them, each with country and title (exit 2).

                The table shows the person (id, name, country, latest title, number of meetings, \
                aliases), then their titles with the first and last day seen, the people they met \
                ranked by meetings together, the topics of their meetings, and the aid their \
                country gave or received: the latest 20 (--aid-limit), and how many there are in \
                all when there are more. json, jsonl and csv print one record with the lists \
                roles, counterparts, topics and aid, and aid_commitments, the count of them all.

                Exit codes: 0 success, 1 no such person, 2 usage error or a name that fits several \
                people, 3 database error.

                Examples:
                  attache person Gantz
                  attache person "Jake Sullivan" --format json
                  attache person "Lloyd Austin" --db defence.sqlite
                """
        )

        @Argument(help: ArgumentHelp("The person: a full name, a form they were seen under, or a surname.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("At most this many of the latest commitments of the person's country (default: 20; 0 for all).",
                                   valueName: "n"))
        var aidLimit: Int = PersonProfile.defaultAidLimit

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if aidLimit < 0 { throw ValidationError("--aid-limit must be 0 or more, not \(aidLimit)") }
        }

        func run() throws {
            let knowledgeBase = try database.open(.readOnly)
            let profile: PersonProfile
            do {
                profile = try knowledgeBase.profile(of: name, aidLimit: aidLimit == 0 ? nil : aidLimit)
            } catch {
                throw Diagnostics.queryFailure(error, path: database.resolvedPath)
            }
            print(output.format == .table ? profile.table : output.format.render([profile]), terminator: "")
        }
    }
}
