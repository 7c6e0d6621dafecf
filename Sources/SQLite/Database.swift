import CSQLite

/// A connection to one SQLite database file.
///
/// Opening reads the schema once, so a file that is not a database fails here, with its path,
/// rather than at the first query. One connection serves one thread or task at a time.
///
/// <https://www.sqlite.org/c3ref/sqlite3.html>
public final class Database {
    /// How the file is opened.
    public enum Mode: Sendable {
        /// Read and write, creating the file when it is missing.
        case readWriteCreate
        /// Read only; the file must exist.
        case readOnly
    }

    /// The path the connection was opened with.
    public let path: String
    let handle: OpaquePointer

    /// Opens (or creates) the database at `path`, turns on extended result codes, foreign keys and
    /// a busy timeout, and reads the schema so that a file that is not a database fails now.
    ///
    /// <https://www.sqlite.org/c3ref/open.html>
    public init(path: String, mode: Mode = .readWriteCreate, busyTimeout milliseconds: Int32 = 5_000) throws {
        self.path = path
        let flags =
            (mode == .readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        var pointer: OpaquePointer?
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard let pointer else { throw SQLiteError(extendedCode: code, message: "cannot open \(path)") }
        guard code == SQLITE_OK else {
            // > Whether or not an error occurs when it is opened, resources associated with the database
            // > connection handle should be released by passing it to sqlite3_close() when it is no longer required.
            let error = SQLiteError(
                extendedCode: sqlite3_extended_errcode(pointer),
                message: String(cString: sqlite3_errmsg(pointer)) + " (\(path))")
            sqlite3_close_v2(pointer)
            throw error
        }
        handle = pointer
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, milliseconds)
        do {
            try execute("PRAGMA foreign_keys = ON")
            // Reading the schema is what makes SQLite look at the file header.
            _ = try scalarInt("SELECT count(*) FROM sqlite_schema")
        } catch let error as SQLiteError {
            throw SQLiteError(extendedCode: error.extendedCode, message: error.message + " (\(path))", sql: error.sql)
        }
    }

    deinit {
        // > If sqlite3_close_v2() is called with unfinalized prepared statements … the database connection
        // > becomes an unusable "zombie" which will automatically be deallocated when the last prepared statement is finalized.
        sqlite3_close_v2(handle)
    }

    // MARK: - Statements

    /// Compiles one SQL statement.
    ///
    /// Text holding more than one statement is refused with SQLITE_MISUSE; scripts go to `execute(script:)`.
    ///
    /// <https://www.sqlite.org/c3ref/prepare.html>
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs one statement with the given values bound by position, discarding any rows.
    public func execute(_ sql: String, _ values: [SQLiteValue] = []) throws {
        let statement = try prepare(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Runs a script of several statements, one at a time, so a failure names its own statement.
    ///
    /// The SQL an error carries starts at its statement, after any comment above it, and ends at its `;`.
    ///
    /// <https://www.sqlite.org/c3ref/prepare.html> (the `pzTail` out-parameter)
    public func execute(script: String) throws {
        let utf8 = Array(script.utf8) + [0]
        try utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            let end = buffer.count - 1
            var start = Self.skipTrivia(buffer, from: 0, to: end)
            while start < end {
                var pointer: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(handle, text + start, Int32(end - start), &pointer, &tail)
                // > *pzTail is made to point to the first byte past the end of the first SQL statement in zSql.
                // Not after a syntax error, where it stops at the bad token: the error takes the statement to its `;`.
                if code != SQLITE_OK { try check(code, sql: Self.statement(in: buffer, from: start, to: end)) }
                let next = tail.map { $0 - text } ?? end
                let sql = String(decoding: buffer[start..<next], as: UTF8.self)
                start = Self.skipTrivia(buffer, from: next, to: end)
                // > If the input text contains no SQL (if the input is an empty string or a comment) then *ppStmt is set to NULL.
                guard let pointer else { continue }
                let statement = Statement(database: self, handle: pointer, sql: sql)
                while try statement.step() {}
            }
        }
    }

    /// The offset of the first byte from `offset` that is not whitespace or a comment, as SQLite's tokenizer
    /// reads them (a `/*` comment may run to the end).
    private static func skipTrivia(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int, to end: Int) -> Int {
        var index = offset
        while index < end {
            // `buffer[end]` is the terminating zero, so looking one byte ahead stays in bounds.
            switch (buffer[index], buffer[index + 1]) {
            case (0x09...0x0D, _), (0x20, _): index += 1
            case (UInt8(ascii: "-"), UInt8(ascii: "-")):
                while index < end, buffer[index] != UInt8(ascii: "\n") { index += 1 }
            case (UInt8(ascii: "/"), UInt8(ascii: "*")):
                index += 2
                while index < end, (buffer[index], buffer[index + 1]) != (UInt8(ascii: "*"), UInt8(ascii: "/")) {
                    index += 1
                }
                index = min(index + 2, end)
            default: return index
            }
        }
        return index
    }

    /// The statement starting at `start`: up to the first `;` that completes it, or to the end of the script.
    ///
    /// <https://www.sqlite.org/c3ref/complete.html>
    private static func statement(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        var stop = start
        while stop < end {
            stop += 1
            guard buffer[stop - 1] == UInt8(ascii: ";") else { continue }
            if sqlite3_complete(String(decoding: buffer[start..<stop], as: UTF8.self)) != 0 { break }
        }
        return String(decoding: buffer[start..<stop], as: UTF8.self)
    }

    /// The first column of the first row of a query, as an integer (nil for no row or NULL).
    public func scalarInt(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int64? {
        let statement = try prepare(sql)
        try statement.bind(values)
        guard try statement.step(), !statement.isNull(at: 0) else { return nil }
        return statement.int64(at: 0)
    }

    /// The first column of the first row of a query, as text (nil for no row or NULL).
    public func scalarText(_ sql: String, _ values: [SQLiteValue] = []) throws -> String? {
        let statement = try prepare(sql)
        try statement.bind(values)
        guard try statement.step() else { return nil }
        return statement.text(at: 0)
    }

    // MARK: - Connection state

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows the most recent INSERT, UPDATE or DELETE changed.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True when the file was opened read-only: asked for, or because the file cannot be written.
    ///
    /// > If the database file is write protected … the database is opened read-only.
    /// <https://www.sqlite.org/c3ref/db_readonly.html>
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// True outside any transaction.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// `PRAGMA user_version`: the schema version the migrations keep.
    public func userVersion() throws -> Int {
        Int(try scalarInt("PRAGMA user_version") ?? 0)
    }

    /// The version of the libsqlite3 in use, such as "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    // MARK: - Errors

    /// The one funnel every C return code passes through: throws unless `code` is OK, ROW or DONE.
    func check(_ code: Int32, sql: String? = nil) throws {
        guard code != SQLITE_OK, code != SQLITE_ROW, code != SQLITE_DONE else { return }
        throw error(code: code, sql: sql)
    }

    /// The error for `code`, with the connection's message when it has one.
    func error(code: Int32, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        // The handle's code is the one to trust when its primary code agrees with the returned one.
        let chosen = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return SQLiteError(extendedCode: chosen, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

/// A connection must not be shared between threads: SQLite is opened with NOMUTEX and Attache
/// gives each thread or task its own connection.
@available(*, unavailable)
extension Database: Sendable {}
