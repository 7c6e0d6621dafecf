import ArgumentParser
import Extraction
import KnowledgeBase

extension Attache {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search the articles' full text, best match first, with the passage that matched.",
            discussion: """
                QUERY is SQLite FTS5 query syntax: words (all must appear, in any case and with or \
                without accents), "a quoted phrase", OR, NOT, NEAR(word word), prefix* and \
                title:word. A query FTS5 cannot read is refused on one line (exit 2).

                Fields: id (the article, as in `show article ID`), date (its publication day), \
                source, title, snippet (a few words around the match in the title or body, the \
                matched words in [brackets], or in bold in a table on a terminal, … where the text \
                is cut). NO_COLOR turns bold off; CLICOLOR_FORCE=1 turns it on anywhere.

                Exit codes: 0 success (also when nothing matches), 2 usage error or a malformed \
                query, 3 database error.

                Examples:
                  attache search Pentagon
                  attache search '"military aid" NOT Israel' --since 2022-06-01 --limit 5
                  attache search 'title:Ukraine OR Kyiv' --format json
                """
        )

        @Argument(help: ArgumentHelp("The FTS5 query: words, \"phrases\", OR, NOT, NEAR(…), prefix*.", valueName: "query"))
        var query: String

        @Option(help: ArgumentHelp("Only articles published on or after this day.", valueName: "YYYY-MM-DD"))
        var since: Day?

        @Option(help: ArgumentHelp("Only articles published on or before this day.", valueName: "YYYY-MM-DD"))
        var until: Day?

        @Option(help: ArgumentHelp("At most this many articles (default: 20; 0 for all).", valueName: "n"))
        var limit: Int = 20

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if query.allSatisfy(\.isWhitespace) { throw ValidationError("the search query is empty") }
            if limit < 0 { throw ValidationError("--limit must be 0 or more, not \(limit)") }
        }

        func run() throws {
            // Bold at a terminal; brackets wherever the text goes on to a program.
            let bold = output.format == .table && Terminal.hasStyle
            let hits = try database.query { knowledgeBase in
                try knowledgeBase.search(query, since: since, until: until, limit: limit == 0 ? nil : limit, open: bold ? Terminal.boldOn : "[",
                                         close: bold ? Terminal.boldOff : "]")
            }
            print(output.format.render(hits), terminator: "")
        }
    }
}
