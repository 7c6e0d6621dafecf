import Foundation
import SQLite

/// The Attache knowledge base: one SQLite file of articles, people, meetings and aid.
///
/// Opening for writing creates the file when it is missing and migrates it to the newest
/// schema; opening read-only changes nothing. Every SQL statement Attache runs lives in this
/// module, and every value in it is bound. One `KnowledgeBase` serves one thread or task.
public final class KnowledgeBase {
    /// How the file is opened.
    public enum Access: Sendable {
        /// Create the file if needed, migrate it, and write: WAL journal, synchronous NORMAL.
        case readWrite
        /// Query only: the file must exist at the newest schema version.
        case readOnly
    }

    /// The path the knowledge base was opened with.
    public let path: String
    let database: Database

    /// Runs a query of several statements (a list, then its participants, then its evidence) on one snapshot of the
    /// file: a writer's transaction committed between two of them (an article whose meeting merges into another) is
    /// seen whole or not at all. A savepoint, so that it nests in a transaction already open.
    func reading<T>(_ body: () throws -> T) throws -> T {
        try database.savepoint("reading", body)
    }

    /// Ingest's prepared statements, made on the first ingest and kept while the file is open.
    private var preparedWriters: Writers?
    /// Statements prepared by `statement(_:)`, by their SQL, kept while the file is open.
    private var preparedStatements: [String: Statement] = [:]

    /// The page size of a new file: bodies of a few kilobytes fill 8 KiB pages better than the
    /// default 4 KiB, and the file is about 8% smaller. An existing file keeps its own.
    /// <https://www.sqlite.org/pragma.html#pragma_page_size>
    static let pageSize = 8192

    /// How much of the file a read-only knowledge base maps into memory (see `init`).
    static let mappedBytes = 1 << 32

    /// The page cache of a connection that writes, in KiB.
    static let writeCacheKiB = 16_384

    /// How long a write waits for another connection's lock before it fails with SQLITE_BUSY.
    public let busyTimeout: Duration

    /// The default wait for a lock: long enough for another ingest to commit an article.
    public static let defaultBusyTimeout: Duration = .seconds(5)

    /// Opens the knowledge base at `path`.
    ///
    /// A file that is not a database, or was written by a newer attache, is refused before
    /// anything is written to it.
    ///
    /// - Parameters:
    ///   - busyTimeout: how long a statement waits for another connection's lock.
    ///   - maxPageCount: a ceiling on the file's size in pages, applied after migration; a write
    ///     past it fails with SQLITE_FULL as a full disk would. Tests use it to simulate one.
    ///     <https://www.sqlite.org/pragma.html#pragma_max_page_count>
    public init(path: String, access: Access = .readWrite, migrator: Migrator = .embedded,
                busyTimeout: Duration = KnowledgeBase.defaultBusyTimeout, maxPageCount: Int? = nil) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        if access == .readOnly, !FileManager.default.fileExists(atPath: path) {
            throw KnowledgeBaseError.missing(path: path)
        }
        do {
            database = try Database(path: path, mode: access == .readOnly ? .readOnly : .readWriteCreate,
                                    busyTimeout: Self.milliseconds(busyTimeout))
            try migrator.refuseNewer(database)
            switch access {
            case .readWrite:
                // SQLite opens a write-protected file read-only without a word; refuse it now,
                // before any article is read, rather than at the first write.
                if database.isReadOnly { throw KnowledgeBaseError.unusable(path: path, reason: Self.readOnlyReason) }
                // > It is not possible to change the page size after entering WAL mode
                // So on a new, empty file only, and before the journal mode.
                if try database.scalarInt("SELECT count(*) FROM sqlite_schema") == 0 {
                    try database.execute("PRAGMA page_size = \(Self.pageSize)")
                }
                // > The WAL journaling mode uses a write-ahead log instead of a rollback journal …
                // > WAL provides more concurrency as readers do not block writers.
                // <https://www.sqlite.org/wal.html>
                try database.execute("PRAGMA journal_mode = WAL")
                // > In WAL mode when synchronous is NORMAL, … the database is safe from corruption.
                try database.execute("PRAGMA synchronous = NORMAL")
                // Each article of a batch is written in a savepoint, whose journal of the pages it
                // changed (a few hundred KB) is then kept in memory, not spilled to a temporary file.
                // <https://www.sqlite.org/pragma.html#pragma_temp_store>
                try database.execute("PRAGMA temp_store = MEMORY")
                // An article's writes touch index pages all over the file. With SQLite's 2 MB page
                // cache, ingesting 20,000 articles (a 136 MB file) read pages back from the OS over
                // and over: 12 s of its 57 s of CPU were the kernel's. 16 MB cut that to 5 s and the
                // CPU per article by 12%, for 12 MB of memory that does not grow with the file.
                // <https://www.sqlite.org/pragma.html#pragma_cache_size>
                try database.execute("PRAGMA cache_size = -\(Self.writeCacheKiB)")
                try migrator.migrate(database)
                // PRAGMA takes no bound parameters; the value is an Int.
                if let maxPageCount { try database.execute("PRAGMA max_page_count = \(maxPageCount)") }
            case .readOnly:
                let version = try database.userVersion()
                if version < migrator.newestVersion {
                    throw KnowledgeBaseError.olderSchema(path: path, version: version, known: migrator.newestVersion)
                }
                // Queries read pages scattered over the file (a meeting, its participants, their
                // people, the article of its evidence): mapped, a page in the file cache is read
                // where it lies rather than copied by a system call, a quarter of a list's time.
                // > … SQLite will … access the database file using memory-mapped I/O.
                // <https://www.sqlite.org/mmap.html>; SQLite caps it at its compile-time maximum.
                try database.execute("PRAGMA mmap_size = \(Self.mappedBytes)")
            }
            // `search` orders its matches by it (see `searchSQL`).
            try database.registerRankFunction()
        } catch let error as SQLiteError where Self.isUnusableFile(error) {
            throw KnowledgeBaseError.unusable(path: path, reason: Self.reason(error, path: path))
        }
    }

    /// Opens the knowledge base at `path` for writing, creating and migrating it as needed.
    public static func open(path: String) throws -> KnowledgeBase {
        try KnowledgeBase(path: path, access: .readWrite)
    }

    /// Opens the existing knowledge base at `path` for queries only.
    public static func openForReading(path: String) throws -> KnowledgeBase {
        try KnowledgeBase(path: path, access: .readOnly)
    }

    /// Ingest's statements, prepared on first use.
    func writers() throws -> Writers {
        if let preparedWriters { return preparedWriters }
        let writers = try Writers(database: database)
        preparedWriters = writers
        return writers
    }

    /// The statement compiled from `sql`, prepared on first use and reused afterwards: ingest runs
    /// the same few statements for every article, and compiling them is a tenth of its time.
    /// Each use must leave the statement reset (`run` and `rows` do).
    func statement(_ sql: String) throws -> Statement {
        if let statement = preparedStatements[sql] { return statement }
        let statement = try database.prepare(sql)
        preparedStatements[sql] = statement
        return statement
    }

    /// The schema version of the open file.
    public func schemaVersion() throws -> Int { try database.userVersion() }

    /// `duration` in whole milliseconds, within the range `sqlite3_busy_timeout` takes.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total))
    }

    // MARK: - Errors while writing

    /// The error that reports `error`, thrown while ingesting the article `source`, when it is a
    /// fault of the database (full, locked, read-only, damaged, unreadable) rather than of the
    /// article; nil otherwise. The article's transaction has been rolled back by then.
    public func writeFailure(_ error: any Error, writing source: String) -> KnowledgeBaseError? {
        guard let error = error as? SQLiteError, !error.is(.constraint) else { return nil }
        let reason: String
        switch error {
        case SQLiteError.Code.full: reason = "the database or disk is full"
        case SQLiteError.Code.busy: reason = "another process held the database's write lock for longer than \(busyTimeout)"
        case SQLiteError.Code.readOnly: reason = "the database is read-only"
        case SQLiteError.Code.corrupt: reason = "the database disk image is malformed"
        default: reason = error.message.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        return .notWritten(source: source, path: path, reason: reason)
    }

    // MARK: - Errors at open

    /// Errors that say the file itself cannot serve as a knowledge base.
    private static func isUnusableFile(_ error: SQLiteError) -> Bool {
        error.is(.notADatabase) || error.is(.corrupt) || error.is(.cannotOpen) || error.is(.readOnly)
    }

    static let readOnlyReason = "read-only: attache cannot write to this file or its folder "
        + "(SQLite keeps its -wal and -shm files beside the database)"

    /// SQLite's message without the path `Database` appends to it, or a plainer one.
    private static func reason(_ error: SQLiteError, path: String) -> String {
        if error.is(.readOnly) { return readOnlyReason }
        if error.is(.cannotOpen) { return "unable to open or create the file (does its folder exist, and may attache write there?)" }
        let suffix = " (\(path))"
        return error.message.hasSuffix(suffix) ? String(error.message.dropLast(suffix.count)) : error.message
    }
}

/// A knowledge base holds one connection, which belongs to one thread or task at a time.
@available(*, unavailable)
extension KnowledgeBase: Sendable {}
