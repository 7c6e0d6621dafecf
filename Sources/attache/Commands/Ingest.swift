import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase
import SQLite

extension Attache {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Read articles, extract their facts and add them to the knowledge base.",
            discussion: """
                Each PATH is an article file, a directory (its *.txt and *.jsonl files, recursively, \
                in sorted order) or - for one article on stdin. A .jsonl file holds one article per \
                line: {"text": …, "date": "YYYY-MM-DD", "title": …, "source": …}.

                Each article is atomic: wholly added or not at all. Articles are committed in \
                batches (--batch-size, or after a second), each article in a savepoint of its own, \
                so a bad one is rolled back alone. An article whose text is already stored is \
                skipped. One line per input goes to stderr ("added", "known" or "error") once its \
                batch has committed, in input order, then a total: articles added, known and failed, and \
                the meetings, aid commitments and new people added. A bad input never stops the \
                batch. On a terminal, a batch of 100 inputs or more shows a progress line instead \
                of the added and known lines.

                --dry-run reads and extracts every article and reports what would be added, \
                writing nothing: no database is created, an existing one is only read.

                Exit codes: 0 all inputs added or known, 1 some inputs failed (the rest were \
                ingested), 2 usage error, 3 database error: the file cannot be used, or a write \
                failed (a full disk, a lock held past 5 s); the article in flight is rolled back, \
                those before it stay when their batch can still commit, and the run stops.

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

        @Option(help: ArgumentHelp("Threads: one writes, the others extract (default: the number of cores; 1 runs all on one).",
                                   valueName: "n"))
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: ArgumentHelp("Commit after this many articles (or after a second).", valueName: "n"))
        var batchSize: Int = IngestBatch.Limits().articles

        @Flag(help: "Read and extract, report what would be added, and write nothing (no database is created).")
        var dryRun = false

        @OptionGroup var database: DatabaseOptions

        // Issue 10: `--facts` loads `extract --jsonl` output instead of articles (IngestFacts.swift).
        @Flag(help: "Each PATH holds facts written by `attache extract --jsonl` (a file, a folder of part files, or -).")
        var facts = false

        func validate() throws {
            guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
            guard jobs > 0 else { throw ValidationError("--jobs must be a positive number of threads") }
            guard batchSize > 0 else { throw ValidationError("--batch-size must be a positive number of articles") }
        }

        func run() throws {
            if facts { return try ingestFacts() }
            // Opened before any input is read: a file that cannot be used is one line, with no total.
            let knowledgeBase = try dryRun ? openForDryRun() : database.open(.readWrite)
            let files = ArticleFiles(paths: paths, reader: ArticleReader(maxBytes: maxBytes, fallbackDate: date))
            var report = IngestReport(progress: ProgressLine(total: files.inputCount))
            defer { report.finish(path: Diagnostics.name(database.resolvedPath), dryRun: dryRun) }
            if dryRun {
                for item in files { report.write(try preview(item, knownIn: knowledgeBase)) }
            } else if let knowledgeBase {
                let batch = IngestBatch(knowledgeBase, limits: IngestBatch.Limits(articles: batchSize))
                if jobs > 1 {
                    for element in ExtractedArticles(files: files, threads: jobs - 1) {
                        try write(element.item, facts: element.facts, into: batch, report: &report)
                    }
                } else {
                    for item in files { try write(item, facts: nil, into: batch, report: &report) }
                }
                try commit(batch, report: &report)
            }
            if report.tally.failed > 0 { throw ExitCode.inputFailed }
        }

        /// Writes one input into the open batch, and its line into the report once the batch
        /// that holds it has committed. A fault of the database ends the batch: what was written
        /// before it is committed when the transaction survived it, and the run stops.
        private func write(_ item: ArticleFiles.Item, facts: Facts?, into batch: IngestBatch, report: inout IngestReport) throws {
            do {
                report.hold(try ingest(item, facts: facts, into: batch))
            } catch let failure as KnowledgeBaseError {
                // The input in flight is reported last, whether the batch before it commits or not.
                defer { report.stop(failure) }
                if batch.isOpen { try commit(batch, report: &report) }
                report.lose(because: failure, knowledgeBase: batch.knowledgeBase)
                throw ExitCode.database
            }
            if batch.isDue || !batch.isOpen { try commit(batch, report: &report) }
        }

        /// Commits `batch` and reports its inputs; when the commit fails, its articles are
        /// reported as not written and the run stops.
        private func commit(_ batch: IngestBatch, report: inout IngestReport) throws {
            do {
                try batch.commit()
            } catch {
                let failure = batch.knowledgeBase.writeFailure(error, writing: report.held.first?.input ?? paths.first ?? "")
                guard let failure else { throw Diagnostics.databaseFailure(error, path: database.resolvedPath) }
                report.lose(because: failure, knowledgeBase: batch.knowledgeBase)
                report.stop(nil)
                throw ExitCode.database
            }
            report.release()
        }

        /// The existing knowledge base, read-only, to tell known articles from new; nil when
        /// there is none yet. A dry run never creates or changes the file.
        private func openForDryRun() throws -> KnowledgeBase? {
            guard FileManager.default.fileExists(atPath: database.resolvedPath) else { return nil }
            return try database.open(.readOnly)
        }

        /// Extracts one input without writing, and returns the line that reports it; an article
        /// already in `knowledgeBase` is reported as known without extracting it.
        private func preview(_ item: ArticleFiles.Item, knownIn knowledgeBase: KnowledgeBase?) throws -> IngestReport.Entry {
            switch item {
            case .failure(let input, let reason):
                return IngestReport.Entry(input: input, outcome: .failed, line: "error  \(Diagnostics.name(input)): \(Diagnostics.oneLine(reason))")
            case .article(let article, let input):
                let known: Bool
                do {
                    known = try knowledgeBase?.articleID(contentHash: ContentHash.digest(of: article.body)) != nil
                } catch {
                    throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
                }
                if known { return IngestReport.Entry(input: input, outcome: .known, line: "known  \(Diagnostics.name(input)): already in the knowledge base") }
                let facts = Extractor().extract(article)
                let counts = IngestCounts(articleID: 0, people: facts.people.count, newPeople: facts.people.count,
                                          meetings: facts.meetings.count, aid: facts.aid.count)
                return IngestReport.Entry(input: input, outcome: .added(counts), line: "new    \(Diagnostics.name(input)): \(IngestTally.describe(counts))")
            }
        }

        /// Ingests one input into `batch`, extracting it unless `facts` are given, and returns
        /// its report. A fault of the database (full, locked, damaged) throws
        /// `KnowledgeBaseError.notWritten`, which ends the run.
        private func ingest(_ item: ArticleFiles.Item, facts: Facts?, into batch: IngestBatch) throws -> IngestReport.Entry {
            switch item {
            case .failure(let input, let reason):
                return IngestReport.Entry(input: input, outcome: .failed, line: "error  \(Diagnostics.name(input)): \(Diagnostics.oneLine(reason))")
            case .article(let article, let input):
                do {
                    let outcome = try facts.map { try batch.ingest(article, facts: $0) }
                        ?? batch.ingest(article, extractingWith: Extractor().extract)
                    switch outcome {
                    case .added(let counts):
                        return IngestReport.Entry(input: input, outcome: .added(counts),
                                            line: "added  \(Diagnostics.name(input)): \(IngestTally.describe(counts))")
                    case .alreadyKnown:
                        return IngestReport.Entry(input: input, outcome: .known,
                                            line: "known  \(Diagnostics.name(input)): already in the knowledge base, nothing added")
                    }
                } catch let error as KnowledgeBaseError {
                    return IngestReport.Entry(input: input, outcome: .failed, line: "error  \(Diagnostics.name(input)): \(Diagnostics.oneLine(error.reason))")
                } catch let error as SQLiteError where error.is(.constraint) {
                    // Facts that break a constraint are this article's problem, not the database's.
                    return IngestReport.Entry(input: input, outcome: .failed, line: "error  \(Diagnostics.name(input)): \(error)")
                } catch {
                    if let failure = batch.knowledgeBase.writeFailure(error, writing: input) { throw failure }
                    throw Diagnostics.databaseFailure(error, path: database.resolvedPath)
                }
            }
        }
    }
}

/// What `attache ingest` writes to stderr: a line per input, in input order, each once its
/// article's batch has committed (a line never claims an article a crash could still take
/// away), a progress line on a terminal, and the total.
struct IngestReport {
    /// One input's outcome and line, waiting for its batch to commit.
    struct Entry {
        let input: String
        let outcome: IngestTally.Outcome
        let line: String
    }

    var progress: ProgressLine
    private(set) var tally = IngestTally()
    /// The entries of the batch not committed yet.
    private(set) var held: [Entry] = []
    private var stopped = false

    init(progress: ProgressLine) { self.progress = progress }

    /// Writes `entry` now: nothing of it waits for a commit.
    mutating func write(_ entry: Entry) {
        tally.record(entry.outcome)
        if entry.outcome.isFailure || !progress.isShowing {
            progress.erase()
            Diagnostics.write(entry.line)
        }
        progress.update(done: tally.inputs)
    }

    /// Keeps `entry` until its batch commits.
    mutating func hold(_ entry: Entry) { held.append(entry) }

    /// The batch committed: its entries are written.
    mutating func release() {
        for entry in held { write(entry) }
        held = []
    }

    /// The batch was rolled back by `failure`: each article it added is reported as not
    /// written; inputs that were known or failed are reported as they were.
    mutating func lose(because failure: KnowledgeBaseError, knowledgeBase: KnowledgeBase) {
        let entries = held
        held = []
        for entry in entries {
            guard case .added = entry.outcome else {
                write(entry)
                continue
            }
            let lost: KnowledgeBaseError
            if case .notWritten(_, let path, let reason) = failure {
                lost = .notWritten(source: entry.input, path: path, reason: reason)
            } else {
                lost = failure
            }
            write(Entry(input: entry.input, outcome: .failed,
                        line: "error  \(Diagnostics.name(entry.input)): \(Diagnostics.oneLine(lost.reason))"))
        }
    }

    /// The run stops on a fault of the database; `failure`, when given, is the input in flight.
    mutating func stop(_ failure: KnowledgeBaseError?) {
        if let failure {
            tally.record(.failed)
            progress.erase()
            Diagnostics.write("error  \(Diagnostics.name(failure.subject)): \(Diagnostics.oneLine(failure.reason))")
        }
        stopped = true
    }

    /// Writes the total.
    mutating func finish(path: String, dryRun: Bool) {
        progress.erase()
        Diagnostics.write(tally.summary(path: path, dryRun: dryRun, stopped: stopped))
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
