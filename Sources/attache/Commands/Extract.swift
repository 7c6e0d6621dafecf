// `stdout` (C's), which Swift 6 refuses as shared mutable state unless the module that declares it is imported so.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase

extension Attache {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Print the facts extracted from articles as JSON, without touching a database.",
            discussion: """
                Prints one JSON object per article, in input order: source, date, title, people, \
                meetings, aid and topics, each fact with its evidence sentence and offsets. Keys are \
                sorted; amounts are exact integers. PATHs are read as by `attache ingest`.

                --jsonl is the streaming contract, for a pipe or a map step (Scripts/spark-extract): \
                - is read as JSON Lines, one article per line ({"text": …, "date": …, "title": …, \
                "source": …, "id": …}), and each line is answered at once, in order, by one line: \
                the facts object with the article's "body" (and "origin"), as `attache ingest \
                --facts` reads it, or {"error": …, "input": "<stdin>:LINE"} for a bad line, which \
                is also named on stderr. Memory stays flat however long the stream.

                Exit codes: 0 success, 1 some inputs failed (each named on stderr), 2 usage error. \
                With --jsonl, a bad input answered by an error object leaves the exit code 0: \
                a non-zero code then means the stream itself broke.

                Examples:
                  attache extract fixtures/seed-gantz-austin-pentagon.txt
                  attache extract --format json readouts/
                  attache extract --date 2024-03-01 - < readout.txt
                  attache extract --jsonl - < articles.jsonl > facts.jsonl
                """
        )

        /// The shapes `extract` prints; the eval harness reads `jsonl`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case jsonl, json
        }

        @Argument(help: ArgumentHelp("Article files, directories, or - for stdin.", valueName: "path"))
        var paths: [String]

        @Option(help: "Output format: one object per line (jsonl) or a JSON array (json).")
        var format: Format = .jsonl

        @Option(help: ArgumentHelp("Publication date for articles that state none.", valueName: "YYYY-MM-DD"))
        var date: Day?

        @Option(help: ArgumentHelp("Refuse an article (or JSON line) larger than this many bytes.", valueName: "n"))
        var maxBytes: Int = ArticleReader.defaultMaxBytes

        @Flag(help: "Stream: read - as JSON Lines, print each article's facts with its body, one flushed line per input line.")
        var jsonl = false

        @Flag(help: .hidden)
        var explain = false

        func validate() throws {
            guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
            if jsonl, format != .jsonl { throw ValidationError("--jsonl streams JSON Lines; it cannot be combined with --format \(format.rawValue)") }
        }

        func run() throws {
            if jsonl { return try stream() }
            let extractor = Extractor()
            var printed = 0
            var failed = false
            for item in ArticleFiles(paths: paths, reader: ArticleReader(maxBytes: maxBytes, fallbackDate: date)) {
                switch item {
                case .failure(let input, let reason):
                    Diagnostics.error(input, reason)
                    failed = true
                case .article(let article, _):
                    if explain { FileHandle.standardError.write(Data((extractor.explain(article) + "\n").utf8)) }
                    // Bytes into stdout's C buffer, where `print` writes too, without a `String` made of them.
                    var line = format == .jsonl ? [] : Array((printed == 0 ? "[" : ",\n ").utf8)
                    line.append(contentsOf: extractor.extract(article).sortedJSONUTF8)
                    if format == .jsonl { line.append(UInt8(ascii: "\n")) }
                    let written = line.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stdout) }
                    // A failed write (a full disk) is the error `print`'s would have been at the last flush.
                    if written < line.count, errno != EPIPE {
                        Diagnostics.error("stdout", "cannot write: \(String(cString: strerror(errno)))")
                        throw ExitCode.inputFailed
                    }
                    printed += 1
                }
            }
            if format == .json { print(printed == 0 ? "[]" : "]") }
            if failed { throw ExitCode.inputFailed }
        }
    }
}
