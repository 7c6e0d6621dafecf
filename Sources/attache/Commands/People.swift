import ArgumentParser
import KnowledgeBase

extension Attache {
    struct People: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "people",
            abstract: "List the people in the knowledge base, one row per person.",
            discussion: """
                One row per real person, however many articles name them and under whatever forms \
                ("Benny Gantz", "Benjamin Gantz", "Gantz"), by name. Namesakes with different first \
                names or countries are different rows.

                Fields: id, name (the most complete form seen), country, title (the latest seen), \
                meetings (how many), aliases (every form seen).

                Exit codes: 0 success, 2 usage error, 3 database error.

                Examples:
                  attache people
                  attache people --country IL
                  attache people --format csv > people.csv
                """
        )

        @Option(help: ArgumentHelp("Only people of this country (a code such as US, or EU).", valueName: "code"))
        var country: String?

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let knowledgeBase = try database.open(.readOnly)
            let rows: [PersonRow]
            do {
                rows = try knowledgeBase.people(country: country)
            } catch {
                throw Diagnostics.queryFailure(error, path: database.resolvedPath)
            }
            print(output.format.render(rows), terminator: "")
        }
    }
}
