import ArgumentParser
import Foundation

/// The `attache` command: ingest diplomatic news into a SQLite knowledge base and query it.
@main
struct Attache: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attache",
        abstract: "Turn diplomatic news articles into a SQLite knowledge base of meetings and aid.",
        discussion: """
            Attache reads articles (plain text with a `date YYYY-MM-DD` header, or JSON Lines), \
            extracts who met whom, when, where and about what, and which aid was committed, and keeps \
            every fact with the sentence it came from in one SQLite file.

            The knowledge base is --db, else $ATTACHE_DB, else ./attache.sqlite.

            Exit codes: 0 success, 1 some inputs failed (the rest were processed), no such \
            person or id, or the output could not be written, 2 usage error, a name that fits several people or a malformed search, \
            3 database error (or problems found by `db check`).

            Examples:
              attache ingest fixtures
              attache meetings --person Gantz
              attache person "Jake Sullivan"
              attache aid --from 2022-01-01 --format csv
              attache search Pentagon
              attache report --person "Jake Sullivan" -o sullivan.html
              attache --generate-completion-script zsh > ~/.zfunc/_attache
            """,
        version: "0.1.0",
        subcommands: [Ingest.self, Extract.self, Meetings.self, People.self, Person.self, Aid.self, Topics.self,
                      Search.self, Show.self, Export.self, Stats.self, Report.self, DB.self]
    )

    /// Runs the command, with one change to argument-parser's exits: usage errors exit 2
    /// (argument-parser's default is 64, EX_USAGE), as documented above and in README.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            try flushStandardOutput()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Diagnostics.write(fullMessage(for: error))
                exit(withError: ExitCode.usage)
            }
            exit(withError: error)
        }
    }
}

/// Writes out what stdout still buffers. A failed write (a full disk, a closed file) is one
/// line and exit 1, rather than a success that lost the data; a reader that stopped reading
/// (`attache export | head`) is no failure.
private func flushStandardOutput() throws {
    guard fflush(nil) != 0, errno != EPIPE else { return }
    Diagnostics.error("stdout", "cannot write: \(String(cString: strerror(errno)))")
    throw ExitCode.inputFailed
}

extension ExitCode {
    /// Some inputs failed; the others were processed.
    static let inputFailed = ExitCode(1)
    /// The command line is wrong.
    static let usage = ExitCode(2)
    /// The knowledge base could not be opened, read or written.
    static let database = ExitCode(3)
}
