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
            IngestBatch on one thread, `attache ingest` itself on the corpus as JSON Lines (with
            --jobs 1 and one per core: wall time, CPU time, peak memory), peak resident memory,
            database size, the cold start of
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

    @Option(parsing: .upToNextOption,
            help: "Time only the queries whose label contains one of these words, e.g. --queries country json (default: all).")
    var queries: [String] = []

    @Option(help: "Spawns of `attache --version`.")
    var startRuns = 20

    @Option(help: "Directory for the databases.")
    var workDirectory = ".build/bench"

    @Option(help: ArgumentHelp("Write the first N articles of the corpus as JSON Lines to this file and stop.", valueName: "path"))
    var writeCorpus: String?

    @Flag(help: "Also compare transaction strategies for ingest (a per-article transaction, savepoints in a batch, a plain batch).")
    var ingestModes = false

    @Option(parsing: .upToNextOption, help: "Stages to run: extract, ingest, command, start, query, report (default: all).")
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
        if wants("command") { try command(corpus) }
        if ingestModes { try IngestModes.compare(corpus, directory: workDirectory) }
        say("peak memory (VmHWM) after extraction and ingest: \(fixed(Double(Machine.peakResidentBytes) / 1_048_576)) MB")
        if wants("start") { coldStart() }
        if wants("query") { try queryLatency() }
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
        let startCPU = threadCPUSeconds()
        let time = try seconds {
            let batch = IngestBatch(try KnowledgeBase.open(path: path))
            for article in corpus {
                bytes += article.body.utf8.count
                _ = try batch.ingest(article) { article in
                    let start = ContinuousClock.now
                    defer { extracting += (ContinuousClock.now - start).seconds }
                    return extractor.extract(article)
                }
                if batch.isDue { try batch.commit() }
            }
            try batch.commit()
        }
        let cpu = threadCPUSeconds() - startCPU
        let (size, rows) = try Self.measure(database: path)
        say("""
            ingest through IngestBatch (one thread, batches of \(IngestBatch.Limits().articles)): \
            \(grouped(Int(Double(corpus.count) / time))) articles/s, \
            \(grouped(Int(Double(rows) / time))) rows/s (\(grouped(rows)) rows in \(fixed(time, 2)) s; \
            extraction \(fixed(extracting / time * 100, 0))% of it, writing \(fixed((time - extracting) / time * 100, 0))%; \
            CPU \(fixed(cpu / Double(corpus.count) * 1_000_000, 0)) µs/article)
            database: \(fixed(Double(size) / 1_048_576)) MB, \(fixed(Double(size) / Double(corpus.count) / 1000, 2)) KB/article, \
            \(fixed(Double(size) / Double(bytes), 2))× the raw text (\(fixed(Double(bytes) / 1_048_576)) MB)
            """)
    }

    /// The file's size once its WAL is checkpointed into it, and its rows outside the full-text index.
    private static func measure(database path: String) throws -> (size: Int, rows: Int) {
        let db = try Database(path: path)
        var rows = 0
        for table in try db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%' AND name != 'articles_fts'").rows(nil, { $0.text(at: 0) ?? "" }) {
            rows += Int(try db.scalarInt("SELECT count(*) FROM \"\(table)\"") ?? 0)
        }
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return (Machine.fileSize(path) + Machine.fileSize(path + "-wal"), rows)
    }

    /// `attache ingest` itself on the corpus written as JSON Lines: reading, extraction on its
    /// threads, writing, as a user runs it. Wall time, and the CPU time and peak memory of the process.
    private func command(_ corpus: Corpus) throws {
        let binary = attacheBinary
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return say("attache ingest: skipped, \(binary) not built (swift build -c release --product attache)")
        }
        let input = "\(workDirectory)/corpus-\(corpus.count)-seed\(seed).jsonl"
        if !FileManager.default.fileExists(atPath: input) { try CorpusFile.write(corpus, to: input) }
        let bytes = corpus.reduce(0) { $0 + $1.body.utf8.count }
        for jobs in [1, Machine.cores] where jobs == 1 || Machine.cores > 1 {
            let path = "\(workDirectory)/command.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            defer { posix_spawn_file_actions_destroy(&actions) }
            let arguments = [binary, "ingest", "--jobs", "\(jobs)", "--db", path, input]
            let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            defer { for arg in argv { free(arg) } }
            var pid: pid_t = 0
            let start = ContinuousClock.now
            guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return say("attache ingest: cannot spawn \(binary)") }
            var status: Int32 = 0
            var usage = rusage()
            wait4(pid, &status, 0, &usage)
            let time = (ContinuousClock.now - start).seconds
            let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
            let size = try Self.measure(database: path).size
            say("""
                attache ingest --jobs \(jobs) (end to end, JSON Lines in): \(grouped(Int(Double(corpus.count) / time))) articles/s \
                (\(fixed(time, 2)) s; CPU \(fixed(cpu, 2)) s, \(fixed(cpu / Double(corpus.count) * 1_000_000, 0)) µs/article, \
                \(fixed(cpu / time * 100, 0))% of a core; peak memory \(fixed(Double(usage.ru_maxrss) / 1024)) MB; \
                database \(fixed(Double(size) / Double(bytes), 2))× the raw text; exit \(status >> 8 & 0xFF))
                """)
        }
    }

    /// The `attache` binary built beside this one.
    private var attacheBinary: String {
        Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("attache").path ?? "attache"
    }

    private func coldStart() {
        let binary = attacheBinary
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

    private func queryLatency() throws {
        try QueryLatency.report(meetings: queryMeetings, runs: queryRuns, seed: seed, directory: workDirectory, only: queries)
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
