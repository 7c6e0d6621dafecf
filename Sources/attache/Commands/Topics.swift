import ArgumentParser
import KnowledgeBase

extension Attache {
    struct Topics: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "topics",
            abstract: "List the topics of the taxonomy that meetings and articles were tagged with.",
            discussion: """
                One row per topic met so far, with how many meetings and how many articles are \
                about it, most meetings first. A topic name is what `meetings --topic` takes.

                Fields: id, name, parent (the broader topic, or null), meetings, articles.

                Exit codes: 0 success, 2 usage error, 3 database error.

                Examples:
                  attache topics
                  attache topics --format csv > topics.csv
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let rows = try database.query { try $0.topics() }
            print(output.format.render(rows), terminator: "")
        }
    }
}
