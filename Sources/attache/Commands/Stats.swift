import ArgumentParser
import KnowledgeBase

extension Attache {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Count what the knowledge base holds, over which dates, and its size.",
            discussion: """
                Fields: articles, people, meetings, aid_commitments, topics, meeting_reports and \
                aid_reports (evidence rows: one per article reporting a fact), first_article and \
                last_article (publication days), first_meeting, last_meeting, first_aid, last_aid \
                (null when there are none), schema_version, size_bytes (the database file without \
                its -wal file). The table shows one field per line.

                Exit codes: 0 success, 2 usage error, 3 database error.

                Examples:
                  attache stats
                  attache stats --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let statistics = try database.query { try $0.statistics() }
            print(output.format.renderRecord(statistics), terminator: "")
        }
    }
}
