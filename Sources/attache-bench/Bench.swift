import ArgumentParser
import Extraction
import Foundation
import KnowledgeBase
import SQLite

/// `attache-bench`: how fast Attache extracts, ingests, starts and answers, on a synthetic corpus.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attache-bench",
        abstract: "Measure extraction, ingest, memory, database size, cold start and query latency.",
        discussion: """
            Generates a deterministic synthetic corpus (streamed, never held in memory) and reports,
            in one run: extraction alone on one core, ingest into a fresh database through
            KnowledgeBase.ingest, peak resident memory, database size, the cold start of
            `attache --version`, and the p50/p99 latency of the CLI's queries on a database of
            --query-meetings meetings (built once with bulk inserts and cached under .build/bench/).

            Run it with `Scripts/bench` or `swift run -c release attache-bench`.
            """
    )

    @Option(help: "Articles in the synthetic corpus.")
    var articles = 20_000

    @Option(help: "Seed of the synthetic corpus.")
    var seed: UInt64 = 1

    @Option(help: "Meetings in the query database.")
    var queryMeetings = 1_000_000

    @Option(help: "Runs of each query.")
    var queryRuns = 1_000

    @Option(help: "Spawns of `attache --version`.")
    var startRuns = 20

    @Option(help: "Directory for the databases.")
    var workDirectory = ".build/bench"

    @Option(help: ArgumentHelp("Write the first N articles of the corpus as JSON Lines to this file and stop.", valueName: "path"))
    var writeCorpus: String?

    @Flag(help: "Also compare transaction strategies for ingest (a per-article transaction, savepoints in a batch, a plain batch).")
    var ingestModes = false

    @Option(parsing: .upToNextOption, help: "Stages to run: extract, ingest, start, query, report (default: all).")
    var only: [String] = []

    func run() throws {
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        let corpus = Corpus(seed: seed, count: articles)
        if let writeCorpus {
            try CorpusFile.write(corpus, to: writeCorpus)
            return
        }
        func wants(_ stage: String) -> Bool { only.isEmpty || only.contains(stage) }
        say("attache-bench: \(Machine.cores) cores, \(Machine.cpuModel); SQLite \(Database.libraryVersion)")
        say("corpus: \(grouped(articles)) synthetic articles, seed \(seed)")
        if wants("extract") { try extraction(corpus) }
        if wants("ingest") { try ingest(corpus) }
        if ingestModes { try IngestModes.compare(corpus, directory: workDirectory) }
        say("peak memory (VmHWM) after extraction and ingest: \(fixed(Double(Machine.peakResidentBytes) / 1_048_576)) MB")
        if wants("start") { coldStart() }
        if wants("query") { try queries() }
        if wants("report") { try ReportBench.run(directory: workDirectory) }
        say("peak memory (VmHWM) overall: \(fixed(Double(Machine.peakResidentBytes) / 1_048_576)) MB")
    }

    // MARK: - Stages

    private func extraction(_ corpus: Corpus) throws {
        let extractor = Extractor()
        var bytes = 0
        var facts = 0
        var time = 0.0
        var cpu = 0.0
        for article in corpus {
            bytes += article.body.utf8.count
            let start = ContinuousClock.now
            let startCPU = threadCPUSeconds()
            let result = extractor.extract(article)
            cpu += threadCPUSeconds() - startCPU
            time += (ContinuousClock.now - start).seconds
            facts += result.people.count + result.meetings.count + result.aid.count
        }
        say("""
            extraction (one core): \(grouped(Int(Double(corpus.count) / time))) articles/s, \
            \(fixed(Double(bytes) / time / 1_000_000, 2)) MB/s \
            (\(fixed(Double(bytes) / 1_000_000)) MB in \(fixed(time, 2)) s; \
            \(fixed(Double(bytes) / Double(corpus.count) / 1000, 2)) KB/article; \
            \(fixed(Double(facts) / Double(corpus.count), 2)) people+meetings+aid per article)
              by CPU time of the thread: \(grouped(Int(Double(corpus.count) / cpu))) articles/s, \(fixed(Double(bytes) / cpu / 1_000_000, 2)) MB/s
            """)
    }

    private func ingest(_ corpus: Corpus) throws {
        let path = "\(workDirectory)/ingest.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let extractor = Extractor()
        var bytes = 0
        var extracting = 0.0
        var time = 0.0
        do {
            let kb = try KnowledgeBase.open(path: path)
            for article in corpus {
                bytes += article.body.utf8.count
                let start = ContinuousClock.now
                _ = try kb.ingest(article) { article in
                    let start = ContinuousClock.now
                    defer { extracting += (ContinuousClock.now - start).seconds }
                    return extractor.extract(article)
                }
                time += (ContinuousClock.now - start).seconds
            }
        }
        // Closed: the WAL is checkpointed into the file, whose size is now the database's.
        let db = try Database(path: path)
        var rows = 0
        for table in try db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%' AND name != 'articles_fts'").rows(nil, { $0.text(at: 0) ?? "" }) {
            rows += Int(try db.scalarInt("SELECT count(*) FROM \"\(table)\"") ?? 0)
        }
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let size = Machine.fileSize(path) + Machine.fileSize(path + "-wal")
        say("""
            ingest (end to end, one core): \(grouped(Int(Double(corpus.count) / time))) articles/s, \
            \(grouped(Int(Double(rows) / time))) rows/s (\(grouped(rows)) rows in \(fixed(time, 2)) s; \
            extraction \(fixed(extracting / time * 100, 0))% of it, writing \(fixed((time - extracting) / time * 100, 0))%)
            database: \(fixed(Double(size) / 1_048_576)) MB, \(fixed(Double(size) / Double(corpus.count) / 1000, 2)) KB/article, \
            \(fixed(Double(size) / Double(bytes), 2))× the raw text (\(fixed(Double(bytes) / 1_048_576)) MB)
            """)
    }

    private func coldStart() {
        let binary = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("attache").path ?? "attache"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            say("cold start: skipped, \(binary) not built (swift build -c release --product attache)")
            return
        }
        // posix_spawn and waitpid, not Foundation's Process, whose run-loop wait adds tens of milliseconds.
        var times: [Double] = []
        for _ in 0..<startRuns {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            defer { posix_spawn_file_actions_destroy(&actions) }
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup(binary), strdup("--version"), nil]
            defer { for arg in argv { free(arg) } }
            var pid: pid_t = 0
            let start = ContinuousClock.now
            guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
                say("cold start: cannot spawn \(binary)")
                return
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            times.append((ContinuousClock.now - start).seconds)
        }
        say("cold start of `attache --version`: median \(fixed(percentile(times, 50) * 1000, 1)) ms, "
            + "max \(fixed((times.max() ?? 0) * 1000, 1)) ms over \(startRuns) spawns")
    }

    private func queries() throws {
        let (path, built) = try QueryDatabase.path(meetings: queryMeetings, directory: workDirectory)
        // Read the file once, as the ingest that wrote it would have left it: the figures are those of a
        // warm file cache, not of the disk.
        if let file = FileHandle(forReadingAtPath: path) {
            while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {}
            try file.close()
        }
        let kb = try KnowledgeBase.openForReading(path: path)
        say("query database: \(grouped(queryMeetings)) meetings, \(grouped(QueryDatabase.aidCount(meetings: queryMeetings))) aid commitments, "
            + "\(grouped(QueryDatabase.peopleCount(meetings: queryMeetings))) people, "
            + "\(fixed(Double(Machine.fileSize(path)) / 1_048_576)) MB, \(built.map { "built in \(fixed($0)) s" } ?? "cached") (\(path))")
        var rng = SplitMix64(seed: seed)
        let people = QueryDatabase.peopleCount(meetings: queryMeetings)
        func day() -> Day { Day(ordinal: QueryDatabase.firstDay.ordinal + rng.int(0...(QueryDatabase.days - 1))) }
        func time(_ label: String, _ run: () throws -> Int) rethrows {
            var times: [Double] = []
            var rows = 0
            for _ in 0..<queryRuns {
                let start = ContinuousClock.now
                rows += try run()
                times.append((ContinuousClock.now - start).seconds)
            }
            say("  \(label): p50 \(fixed(percentile(times, 50) * 1000, 2)) ms, p99 \(fixed(percentile(times, 99) * 1000, 2)) ms "
                + "(\(fixed(Double(rows) / Double(queryRuns), 1)) rows on average)")
        }
        say("query latency over \(queryRuns) runs, in process, file cache warm:")
        try time("meetings --person NAME (a random person)") {
            try kb.meetings(person: QueryDatabase.personName(rng.int(1...people))).count
        }
        try time("aid --from D --to D+30 (a random month)") {
            let from = day()
            return try kb.aid(from: from, to: from.adding(days: 30)).rows.count
        }
        try time("aid grouped by month over a random year") {
            let year = 2015 + rng.int(0...9)
            return try kb.aidTotals(per: .month, from: Day(year: year, month: 1, day: 1), to: Day(year: year, month: 12, day: 31)).count
        }
        try time("aid grouped by month, whole database") {
            try kb.aidTotals(per: .month).count
        }
    }
}

/// Writes the corpus as JSON Lines articles, the input `attache extract` and `attache ingest` read.
enum CorpusFile {
    private struct Line: Encodable {
        let date: String
        let title: String?
        let source: String
        let text: String
    }

    static func write(_ corpus: Corpus, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("cannot write \(path)")
        }
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for article in corpus {
            var data = try encoder.encode(Line(date: article.date.description, title: article.title, source: article.source, text: article.body))
            data.append(0x0A)
            try handle.write(contentsOf: data)
        }
    }
}
