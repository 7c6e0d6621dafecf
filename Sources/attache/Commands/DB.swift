import ArgumentParser
import KnowledgeBase

extension Attache {
    struct DB: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Check the knowledge base file, or bring its schema up to date.",
            discussion: """
                Exit codes: 0 success, 2 usage error, 3 database error or problems found.

                Examples:
                  attache db check
                  attache db migrate --db old.sqlite
                """,
            subcommands: [Check.self, Migrate.self]
        )
    }
}

extension Attache.DB {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the file's integrity, its foreign keys and its schema version; change nothing.",
            discussion: """
                Runs PRAGMA integrity_check (every page, index and constraint) and PRAGMA \
                foreign_key_check (every reference points at a row), and compares the schema \
                version with the newest this attache knows. Works on a knowledge base of any \
                version. One row per check that passed, one per problem found.

                Fields: check (integrity_check, foreign_key_check or schema_version), ok, detail.

                Exit codes: 0 no problems, 2 usage error, 3 problems found, or the file is \
                missing or not a database.

                Examples:
                  attache db check
                  attache db check --db kb.sqlite --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let rows: [CheckRow]
            do {
                rows = try KnowledgeBase.check(path: database.resolvedPath)
            } catch {
                throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
            }
            print(output.format.render(rows), terminator: "")
            let problems = rows.filter { !$0.ok }.count
            if problems > 0 {
                Diagnostics.error(database.resolvedPath, "\(problems) problem\(problems == 1 ? "" : "s") found")
                throw ExitCode.database
            }
        }
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Apply the schema migrations the knowledge base lacks, and report its versions.",
            discussion: """
                Each migration runs in its own transaction; a failing one leaves the file at the \
                version before it. Creates the knowledge base when it is missing (as ingest \
                would). A file written by a newer attache is refused, unchanged. Any ingest \
                migrates too; this does it without ingesting, for example before opening the \
                file in another tool.

                Fields: path, from_version, to_version, applied (the migrations run, NNNN_name).

                Exit codes: 0 success, 2 usage error, 3 database error.

                Examples:
                  attache db migrate
                  attache db migrate --db old.sqlite --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let report: MigrationReport
            do {
                report = try KnowledgeBase.migrate(path: database.resolvedPath)
            } catch {
                throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
            }
            print(output.format.renderRecord(report), terminator: "")
        }
    }
}
