import ArgumentParser
import Extraction
import Foundation
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
                ("added", "known" or "error"), then a total: articles added, known and failed, and \
                the meetings, aid commitments and new people added. A bad input never stops the \
                batch. On a terminal, a batch of 100 inputs or more shows a progress line instead \
                of the added and known lines.

                --dry-run reads and extracts every article and reports what would be added, \
                writing nothing: no database is created, an existing one is only read.

                Exit codes: 0 all inputs added or known, 1 some inputs failed (the rest were \
                ingested), 2 usage error, 3 database error: the file cannot be used, or a write \
                failed (a full disk, a lock held past 5 s); the article in flight is rolled back, \
                those before it stay, and the batch stops.

                Examples:
                  attache ingest fixtures
                  attache ingest --date 2024-03-01 readout.txt
                  attache ingest --dry-run --db gulf.sqlite batch.jsonl
                  attache ingest --facts facts/
                """
        )

        @Argument(help: ArgumentHelp("Article files, directories, or - for stdin.", valueName: "path"))
        var paths: [String]

        @Option(help: ArgumentHelp("Publication date for articles that state none.", valueName: "YYYY-MM-DD"))
        var date: Day?

        @Option(help: ArgumentHelp("Refuse an article (or JSON line) larger than this many bytes.", valueName: "n"))
        var maxBytes: Int = ArticleReader.defaultMaxBytes

        @Flag(help: "Read and extract, report what would be added, and write nothing (no database is created).")
        var dryRun = false

        @OptionGroup var database: DatabaseOptions

        // Issue 10: `--facts` loads `extract --jsonl` output instead of articles (IngestFacts.swift).
        @Flag(help: "Each PATH holds facts written by `attache extract --jsonl` (a file, a folder of part files, or -).")
        var facts = false

        func validate() throws {
            guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
        }

        func run() throws {
            if facts { return try ingestFacts() }
            let target: Target = try dryRun ? .preview(knownIn: openForDryRun()) : .write(database.open(.readWrite))
            let files = ArticleFiles(paths: paths, reader: ArticleReader(maxBytes: maxBytes, fallbackDate: date))
            var tally = IngestTally()
            var progress = ProgressLine(total: files.inputCount)
            var stopped = false
            defer {
                progress.erase()
                Diagnostics.write(tally.summary(path: Diagnostics.name(database.resolvedPath), dryRun: dryRun, stopped: stopped))
            }
            for item in files {
                let outcome: IngestTally.Outcome
                let line: String
                do {
                    switch target {
                    case .write(let knowledgeBase): (outcome, line) = try ingest(item, into: knowledgeBase)
                    case .preview(let knowledgeBase): (outcome, line) = try preview(item, knownIn: knowledgeBase)
                    }
                } catch let failure as KnowledgeBaseError {
                    tally.record(.failed)
                    stopped = true
                    progress.erase()
                    Diagnostics.write("error  \(Diagnostics.name(failure.subject)): \(Diagnostics.oneLine(failure.reason))")
                    throw ExitCode.database
                }
                tally.record(outcome)
                if outcome.isFailure || !progress.isShowing {
                    progress.erase()
                    Diagnostics.write(line)
                }
                progress.update(done: tally.inputs)
            }
            if tally.failed > 0 { throw ExitCode.inputFailed }
        }

        /// Where the articles go: into the knowledge base, or, in a dry run, nowhere.
        private enum Target {
            case write(KnowledgeBase)
            /// A dry run; the knowledge base, when there is one, tells which articles are known.
            case preview(knownIn: KnowledgeBase?)
        }

        /// The existing knowledge base, read-only, to tell known articles from new; nil when
        /// there is none yet. A dry run never creates or changes the file.
        private func openForDryRun() throws -> KnowledgeBase? {
            guard FileManager.default.fileExists(atPath: database.resolvedPath) else { return nil }
            return try database.open(.readOnly)
        }

        /// Extracts one input without writing, and returns the line that reports it; an article
        /// already in `knowledgeBase` is reported as known without extracting it.
        private func preview(_ item: ArticleFiles.Item, knownIn knowledgeBase: KnowledgeBase?) throws -> (IngestTally.Outcome, String) {
            switch item {
            case .failure(let input, let reason):
                return (.failed, "error  \(Diagnostics.name(input)): \(Diagnostics.oneLine(reason))")
            case .article(let article, let input):
                let known: Bool
                do {
                    known = try knowledgeBase?.articleID(contentHash: ContentHash.of(article.body)) != nil
                } catch {
                    throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
                }
                if known { return (.known, "known  \(Diagnostics.name(input)): already in the knowledge base") }
                let facts = Extractor().extract(article)
                let counts = IngestCounts(articleID: 0, people: facts.people.count, newPeople: facts.people.count,
                                          meetings: facts.meetings.count, aid: facts.aid.count)
                return (.added(counts), "new    \(Diagnostics.name(input)): \(IngestTally.describe(counts))")
            }
        }

        /// Ingests one input and returns the line that reports it. A fault of the database (full,
        /// locked, damaged) throws `KnowledgeBaseError.notWritten`, which ends the batch.
        private func ingest(_ item: ArticleFiles.Item, into knowledgeBase: KnowledgeBase) throws -> (IngestTally.Outcome, String) {
            switch item {
            case .failure(let input, let reason):
                return (.failed, "error  \(Diagnostics.name(input)): \(Diagnostics.oneLine(reason))")
            case .article(let article, let input):
                do {
                    switch try knowledgeBase.ingest(article, extractingWith: Extractor().extract) {
                    case .added(let counts):
                        return (.added(counts), "added  \(Diagnostics.name(input)): \(IngestTally.describe(counts))")
                    case .alreadyKnown:
                        return (.known, "known  \(Diagnostics.name(input)): already in the knowledge base, nothing added")
                    }
                } catch let error as KnowledgeBaseError {
                    return (.failed, "error  \(Diagnostics.name(input)): \(Diagnostics.oneLine(error.reason))")
                } catch let error as SQLiteError where error.is(.constraint) {
                    // Facts that break a constraint are this article's problem, not the database's.
                    return (.failed, "error  \(Diagnostics.name(input)): \(error)")
                } catch {
                    if let failure = knowledgeBase.writeFailure(error, writing: input) { throw failure }
                    throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
                }
            }
        }
    }
}

/// The counts behind the final line of `attache ingest`.
struct IngestTally {
    enum Outcome {
        case added(IngestCounts)
        case known
        case failed

        var isFailure: Bool {
            if case .failed = self { return true }
            return false
        }
    }

    private(set) var added = 0
    private(set) var known = 0
    private(set) var failed = 0
    private(set) var meetings = 0
    private(set) var aid = 0
    private(set) var newPeople = 0

    var inputs: Int { added + known + failed }

    mutating func record(_ outcome: Outcome) {
        switch outcome {
        case .added(let counts):
            added += 1
            meetings += counts.meetings
            aid += counts.aid
            newPeople += counts.newPeople
        case .known: known += 1
        case .failed: failed += 1
        }
    }

    /// "total  3 inputs into kb.sqlite: 1 added, 1 known, 1 failed; 2 meetings, 1 aid commitment, 5 new people"
    func summary(path: String, dryRun: Bool = false, stopped: Bool = false) -> String {
        let inputs = "\(inputs) \(inputs == 1 ? "input" : "inputs")"
        let facts = "\(Self.count(meetings, "meeting")), \(Self.count(aid, "aid commitment"))"
        if dryRun {
            return "total  \(inputs), dry run, \(path) unchanged: \(added) new, \(known) known, \(failed) failed; "
                + "\(facts), \(newPeople) \(newPeople == 1 ? "person" : "people") found"
        }
        return "total  \(inputs) into \(path)\(stopped ? ", stopped by a database error" : ""): \(added) added, \(known) known, \(failed) failed; "
            + "\(facts), \(newPeople) new \(newPeople == 1 ? "person" : "people")"
    }

    /// "7 people, 2 meetings, 1 aid"
    static func describe(_ counts: IngestCounts) -> String {
        "\(counts.people) \(counts.people == 1 ? "person" : "people"), "
            + "\(count(counts.meetings, "meeting")), \(counts.aid) aid"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
