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
    /// Ingest's prepared statements, made on the first ingest and kept while the file is open.
    private var preparedWriters: Writers?

    /// Opens the knowledge base at `path`.
    ///
    /// A file that is not a database, or was written by a newer attache, is refused before
    /// anything is written to it.
    public init(path: String, access: Access = .readWrite, migrator: Migrator = .embedded) throws {
        self.path = path
        if access == .readOnly, !FileManager.default.fileExists(atPath: path) {
            throw KnowledgeBaseError.missing(path: path)
        }
        do {
            database = try Database(path: path, mode: access == .readOnly ? .readOnly : .readWriteCreate)
            try migrator.refuseNewer(database)
            switch access {
            case .readWrite:
                // > The WAL journaling mode uses a write-ahead log instead of a rollback journal …
                // > WAL provides more concurrency as readers do not block writers.
                // <https://www.sqlite.org/wal.html>
                try database.execute("PRAGMA journal_mode = WAL")
                // > In WAL mode when synchronous is NORMAL, … the database is safe from corruption.
                try database.execute("PRAGMA synchronous = NORMAL")
                try migrator.migrate(database)
            case .readOnly:
                let version = try database.userVersion()
                if version < migrator.newestVersion {
                    throw KnowledgeBaseError.olderSchema(path: path, version: version, known: migrator.newestVersion)
                }
            }
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

    /// The schema version of the open file.
    public func schemaVersion() throws -> Int { try database.userVersion() }

    // MARK: - Errors at open

    /// Errors that say the file itself cannot serve as a knowledge base.
    private static func isUnusableFile(_ error: SQLiteError) -> Bool {
        error.is(.notADatabase) || error.is(.corrupt) || error.is(.cannotOpen) || error.is(.readOnly)
    }

    /// SQLite's message without the path `Database` appends to it.
    private static func reason(_ error: SQLiteError, path: String) -> String {
        let suffix = " (\(path))"
        return error.message.hasSuffix(suffix) ? String(error.message.dropLast(suffix.count)) : error.message
    }
}

/// A knowledge base holds one connection, which belongs to one thread or task at a time.
@available(*, unavailable)
extension KnowledgeBase: Sendable {}
