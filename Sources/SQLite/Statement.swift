import CSQLite

/// A compiled SQL statement: bind values, step through rows, read typed columns, reset, reuse.
///
/// Finalized when released. It keeps its `Database` alive, so a statement is never left
/// pointing at a closed connection.
///
/// <https://www.sqlite.org/c3ref/stmt.html>
public final class Statement {
    /// The connection the statement runs on, kept alive by the statement.
    public let database: Database
    /// The SQL the statement was compiled from, as given.
    public let sql: String
    let handle: OpaquePointer

    init(database: Database, sql: String) throws {
        self.database = database
        self.sql = sql
        var pointer: OpaquePointer?
        let (code, hasMore) = sql.withCString { text -> (Int32, Bool) in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, text, -1, &pointer, &tail)
            guard code == SQLITE_OK, let tail, tail.pointee != 0 else { return (code, false) }
            // What follows is a second statement unless SQLite finds only whitespace, comments and `;` in it.
            var next: OpaquePointer?
            let nextCode = sqlite3_prepare_v2(database.handle, tail, -1, &next, nil)
            sqlite3_finalize(next)
            return (code, nextCode != SQLITE_OK || next != nil)
        }
        if hasMore {
            sqlite3_finalize(pointer)
            throw SQLiteError(
                extendedCode: SQLITE_MISUSE, message: "more than one statement (use execute(script:))", sql: sql)
        }
        try database.check(code, sql: sql)
        guard let pointer else {
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "no statement to prepare", sql: sql)
        }
        handle = pointer
    }

    init(database: Database, handle: OpaquePointer, sql: String) {
        self.database = database
        self.handle = handle
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: - Binding

    /// Binds `value` to the parameter at `index` (1-based).
    ///
    /// <https://www.sqlite.org/c3ref/bind_blob.html>
    public func bind(_ value: SQLiteValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
        case .real(let number): code = sqlite3_bind_double(handle, index, number)
        case .text(let string):
            // > If the fifth argument has the value SQLITE_TRANSIENT, then SQLite makes its own private copy of the data.
            code = sqlite3_bind_text64(
                handle, index, string, UInt64(string.utf8.count), csqlite_transient, UInt8(SQLITE_UTF8))
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                // A zero-length blob with a nil pointer would bind NULL; zeroblob keeps it a blob.
                guard let base = buffer.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_zeroblob(handle, index, 0)
                }
                return sqlite3_bind_blob64(handle, index, base, UInt64(bytes.count), csqlite_transient)
            }
        }
        try database.check(code, sql: sql)
    }

    /// Binds `value` to the parameter named `name`, written with its prefix: `:date`, `@date` or `$date`.
    ///
    /// An unknown name throws: article text is bound here, so a mismatch must never crash.
    ///
    /// <https://www.sqlite.org/c3ref/bind_parameter_index.html>
    public func bind(_ value: SQLiteValue, named name: String) throws {
        let index = sqlite3_bind_parameter_index(handle, name)
        guard index > 0 else {
            throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no parameter named \"\(name)\"", sql: sql)
        }
        try bind(value, at: index)
    }

    /// Binds `values` by position, from parameter 1; the count must match the statement's.
    public func bind(_ values: [SQLiteValue]) throws {
        guard values.count == Int(sqlite3_bind_parameter_count(handle)) else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE,
                message: "\(values.count) values for \(sqlite3_bind_parameter_count(handle)) parameters", sql: sql)
        }
        for (offset, value) in values.enumerated() { try bind(value, at: Int32(offset + 1)) }
    }

    /// Binds each value to the parameter of its name.
    public func bind(_ values: [String: SQLiteValue]) throws {
        for (name, value) in values { try bind(value, named: name) }
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() { sqlite3_clear_bindings(handle) }

    // MARK: - Stepping

    /// Advances to the next row: true when a row is ready to read, false when the statement is done.
    ///
    /// <https://www.sqlite.org/c3ref/step.html>
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw fail(code: code)
        }
    }

    /// Makes the statement ready to run again; bindings are kept.
    ///
    /// <https://www.sqlite.org/c3ref/reset.html>
    public func reset() {
        // > If the most recent call to sqlite3_step(S) … indicated an error, then sqlite3_reset(S) returns an
        // > appropriate error code. That error was already reported by step().
        sqlite3_reset(handle)
    }

    /// Runs the statement from its start to its end, then resets it for reuse.
    ///
    /// `values`, when given, are bound by position first; `nil` runs with the current bindings.
    public func run(_ values: [SQLiteValue]? = nil) throws {
        reset()
        defer { reset() }
        if let values { try bind(values) }
        while try step() {}
    }

    /// Every row of the statement, from its first, each read by `row`; resets it afterwards.
    ///
    /// `values`, when given, are bound by position first; `nil` runs with the current bindings.
    public func rows<T>(_ values: [SQLiteValue]? = nil, _ row: (Statement) throws -> T) throws -> [T] {
        reset()
        defer { reset() }
        if let values { try bind(values) }
        var result: [T] = []
        while try step() { result.append(try row(self)) }
        return result
    }

    /// The single funnel for step failures: the connection's message with this statement's SQL.
    private func fail(code: Int32) -> SQLiteError {
        database.error(code: code, sql: sql)
    }

    // MARK: - Columns

    /// The number of columns in a result row.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The name of the column at `index` (0-based), or "" when there is no such column.
    public func columnName(at index: Int32) -> String {
        sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }

    /// True when the column at `index` (0-based) holds NULL.
    public func isNull(at index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

    /// The column at `index` (0-based) as an integer; NULL reads as 0.
    public func int64(at index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// The column at `index` (0-based) as an Int; NULL reads as 0.
    public func int(at index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

    /// The column at `index` (0-based) as a double; NULL reads as 0.
    public func double(at index: Int32) -> Double { sqlite3_column_double(handle, index) }

    /// The column at `index` (0-based) as text, or nil for NULL.
    ///
    /// <https://www.sqlite.org/c3ref/column_blob.html>
    public func text(at index: Int32) -> String? {
        // > The safest policy is to invoke these routines … sqlite3_column_text() followed by sqlite3_column_bytes().
        guard let pointer = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column at `index` (0-based) as bytes, or nil for NULL.
    public func blob(at index: Int32) -> [UInt8]? {
        if isNull(at: index) { return nil }
        let pointer = sqlite3_column_blob(handle, index)
        let count = Int(sqlite3_column_bytes(handle, index))
        guard let pointer, count > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// The column at `index` (0-based) in its own storage class.
    public func value(at index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(int64(at: index))
        case SQLITE_FLOAT: return .real(double(at: index))
        case SQLITE_TEXT: return .text(text(at: index) ?? "")
        case SQLITE_BLOB: return .blob(blob(at: index) ?? [])
        default: return .null
        }
    }
}

/// A statement belongs to its connection's thread or task, like the connection itself.
@available(*, unavailable)
extension Statement: Sendable {}
