import ArgumentParser
import Extraction
import KnowledgeBase
import SQLite

extension Attache {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles, extract their facts and add them to the knowledge base.",
            discussion: """
                Each PATH is an article file, a directory (its *.txt and *.jsonl files, recursively, \
                in sorted order) or - for one article on stdin. A .jsonl file holds one article per \
                line: {"text": …, "date": "YYYY-MM-DD", "title": …, "source": …}.

                Each article is written in one transaction: wholly added or not at all. An article \
                whose text is already stored is skipped. One line per input goes to stderr \
                ("added", "known" or "error"), then a total; a bad input never stops the batch.

                Exit codes: 0 all inputs added or known, 1 some inputs failed (the rest were \
                ingested), 2 usage error, 3 database error (the batch stops).

                Examples:
                  attache ingest fixtures
                  attache ingest --date 2024-03-01 readout.txt
                  attache ingest --db gulf.sqlite batch.jsonl
                """
        )

        @Argument(help: ArgumentHelp("Article files, directories, or - for stdin.", valueName: "path"))
        var paths: [String]

        @Option(help: ArgumentHelp("Publication date for articles that state none.", valueName: "YYYY-MM-DD"))
        var date: Day?

        @Option(help: ArgumentHelp("Refuse an article (or JSON line) larger than this many bytes.", valueName: "n"))
        var maxBytes: Int = ArticleReader.defaultMaxBytes

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
        }

        func run() throws {
            let knowledgeBase = try database.open(.readWrite)
            let files = ArticleFiles(paths: paths, reader: ArticleReader(maxBytes: maxBytes, fallbackDate: date))
            var tally = IngestTally()
            for item in files {
                tally.record(try ingest(item, into: knowledgeBase))
            }
            Diagnostics.write(tally.summary(path: database.resolvedPath))
            if tally.failed > 0 { throw ExitCode.inputFailed }
        }

        /// Ingests one input and reports it on stderr; a database failure ends the batch (exit 3).
        private func ingest(_ item: ArticleFiles.Item, into knowledgeBase: KnowledgeBase) throws -> IngestTally.Outcome {
            let extractor = Extractor()
            switch item {
            case .failure(let input, let reason):
                Diagnostics.write("error  \(input): \(Diagnostics.oneLine(reason))")
                return .failed
            case .article(let article, let input):
                do {
                    switch try knowledgeBase.ingest(article, extractingWith: extractor.extract) {
                    case .added(let counts):
                        Diagnostics.write("added  \(input): \(IngestTally.describe(counts))")
                        return .added
                    case .alreadyKnown:
                        Diagnostics.write("known  \(input): already in the knowledge base, nothing added")
                        return .known
                    }
                } catch let error as KnowledgeBaseError {
                    Diagnostics.write("error  \(input): \(Diagnostics.oneLine(error.reason))")
                    return .failed
                } catch let error as SQLiteError where error.is(.constraint) {
                    // Facts that break a constraint are this article's problem, not the database's.
                    Diagnostics.write("error  \(input): \(error)")
                    return .failed
                } catch {
                    throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
                }
            }
        }
    }
}

/// The counts behind the final line of `attache ingest`.
struct IngestTally {
    enum Outcome { case added, known, failed }

    private(set) var added = 0
    private(set) var known = 0
    private(set) var failed = 0

    mutating func record(_ outcome: Outcome) {
        switch outcome {
        case .added: added += 1
        case .known: known += 1
        case .failed: failed += 1
        }
    }

    func summary(path: String) -> String {
        let inputs = added + known + failed
        return "total  \(inputs) \(inputs == 1 ? "input" : "inputs") into \(path): "
            + "\(added) added, \(known) known, \(failed) failed"
    }

    /// "7 people, 2 meetings, 1 aid"
    static func describe(_ counts: IngestCounts) -> String {
        "\(counts.people) \(counts.people == 1 ? "person" : "people"), "
            + "\(counts.meetings) \(counts.meetings == 1 ? "meeting" : "meetings"), \(counts.aid) aid"
    }
}
