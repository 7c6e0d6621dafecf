import ArgumentParser
import KnowledgeBase

extension Attache {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one meeting, article or aid commitment: every field, every source.",
            discussion: """
                The ids are those `meetings`, `aid` and `search` print. The table shows the \
                record's fields one per line, then its lists as tables; json, jsonl and csv print \
                one record whose lists are arrays of objects (in csv, written as JSON).

                Exit codes: 0 success, 1 no such id, 2 usage error, 3 database error.

                Examples:
                  attache show meeting 1
                  attache show article 3 --format json
                  attache show aid 2
                """,
            subcommands: [Meeting.self, Article.self, Aid.self]
        )
    }
}

extension Attache.Show {
    struct Meeting: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "meeting",
            abstract: "Show one meeting: its fields, its participants and every report of it.",
            discussion: """
                Fields: id, date, date_precision, location, location_country, mode, status, \
                participants (id, name, role, title, country: the title and country at the time), \
                topics, sources (article_id, source, published_on, title, evidence, start, end: \
                offsets of the sentence in the article's body, in Unicode scalars).

                Exit codes: 0 success, 1 no such meeting, 2 usage error, 3 database error.

                Examples:
                  attache show meeting 1
                  attache show meeting 1 --format json | jq '.[0].sources[].evidence'
                """
        )

        @Argument(help: ArgumentHelp("The meeting's id.", valueName: "id"))
        var id: Int64

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let detail = try database.query { try $0.meeting(id: id) }
            print(output.format == .table ? detail.table : output.format.render([detail]), terminator: "")
        }
    }

    struct Article: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "article",
            abstract: "Show one article: its header, the meetings and aid it reports, and its text.",
            discussion: """
                Fields: id, source, origin, title, published_on, content_hash, ingested_at, topics, \
                meetings and aid (id, date, evidence, start, end: each fact the article reports and \
                the sentence it came from), body.

                Exit codes: 0 success, 1 no such article, 2 usage error, 3 database error.

                Examples:
                  attache show article 1
                  attache show article 1 --format json
                """
        )

        @Argument(help: ArgumentHelp("The article's id.", valueName: "id"))
        var id: Int64

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let detail = try database.query { try $0.article(id: id) }
            print(output.format == .table ? detail.table : output.format.render([detail]), terminator: "")
        }
    }

    struct Aid: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "aid",
            abstract: "Show one aid commitment: its fields and every report of it.",
            discussion: """
                Fields: id, date, date_precision, donor, recipient, amount (exact, in units of \
                currency), currency, amount_text (as first written), kind, cumulative, sources \
                (as in `show meeting`).

                Exit codes: 0 success, 1 no such commitment, 2 usage error, 3 database error.

                Examples:
                  attache show aid 1
                  attache show aid 1 --format jsonl
                """
        )

        @Argument(help: ArgumentHelp("The commitment's id.", valueName: "id"))
        var id: Int64

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let detail = try database.query { try $0.aidCommitment(id: id) }
            print(output.format == .table ? detail.table : output.format.render([detail]), terminator: "")
        }
    }
}
