import CSQLite

/// An error reported by SQLite, with its extended result code, message and the SQL that failed.
///
/// Its description is one line that names the primary code, its kind, the message and the SQL, and never
/// holds bound values:
///
///     SQLite error 19 (constraint/foreign key): FOREIGN KEY constraint failed — while executing `INSERT …`
///
/// <https://www.sqlite.org/rescode.html>
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`sqlite3_extended_errcode`).
    public let extendedCode: Int32
    /// The message of `sqlite3_errmsg`, or of `sqlite3_errstr` when the handle has none.
    public let message: String
    /// The statement that failed, trimmed, when there was one.
    public let sql: String?

    /// Creates an error; a nil `message` takes SQLite's text for the code, and blank `sql` becomes nil.
    ///
    /// <https://www.sqlite.org/c3ref/errcode.html>
    public init(extendedCode: Int32, message: String? = nil, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message ?? String(cString: sqlite3_errstr(extendedCode))
        let trimmed = sql?.trimmingWhitespace()
        self.sql = (trimmed?.isEmpty ?? true) ? nil : trimmed
    }

    /// The primary result code: the low byte of the extended code.
    public var code: Int32 { extendedCode & 0xFF }

    /// One line: `SQLite error <code> (<kind>): <message>`, then ` — while executing `<SQL>`` when there is SQL,
    /// its lines folded and cut at 200 characters.
    public var description: String {
        var line = "SQLite error \(code) (\(Self.name(of: extendedCode))): \(message.foldingLines())"
        if let sql {
            let oneLine = sql.foldingLines()
            line += " — while executing `\(oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine)`"
        }
        return line
    }

    private static func name(of code: Int32) -> String {
        let primary: String
        switch code & 0xFF {
        case SQLITE_BUSY: primary = "busy"
        case SQLITE_LOCKED: primary = "locked"
        case SQLITE_READONLY: primary = "read-only"
        case SQLITE_IOERR: primary = "I/O error"
        case SQLITE_CORRUPT: primary = "corrupt"
        case SQLITE_FULL: primary = "full"
        case SQLITE_CANTOPEN: primary = "cannot open"
        case SQLITE_CONSTRAINT: primary = "constraint"
        case SQLITE_NOTADB: primary = "not a database"
        case SQLITE_MISUSE: primary = "misuse"
        case SQLITE_RANGE: primary = "range"
        case SQLITE_ERROR: primary = "error"
        default: primary = "code \(code & 0xFF)"
        }
        // The extended constraint codes are macros Swift cannot import: SQLITE_CONSTRAINT | (n << 8).
        guard code & 0xFF == SQLITE_CONSTRAINT else { return primary }
        switch code >> 8 {
        case 1: return primary + "/check"
        case 3: return primary + "/foreign key"
        case 5: return primary + "/not null"
        case 6: return primary + "/primary key"
        case 8: return primary + "/unique"
        default: return primary
        }
    }
}

// MARK: - Matching

extension SQLiteError {
    /// A primary result code to match errors against, whatever their extended code.
    ///
    ///     do { … } catch SQLiteError.Code.busy { … }
    ///     switch error { case .constraint: …; default: … }
    public struct Code: Sendable {
        /// The primary result code.
        let primary: Int32
        /// 5: another connection holds the lock past the busy timeout.
        public static let busy = Code(primary: SQLITE_BUSY)
        /// 19: a UNIQUE, FOREIGN KEY, NOT NULL, PRIMARY KEY or CHECK constraint failed.
        public static let constraint = Code(primary: SQLITE_CONSTRAINT)
        /// 13: the disk is full.
        public static let full = Code(primary: SQLITE_FULL)
        /// 11: the file is damaged.
        public static let corrupt = Code(primary: SQLITE_CORRUPT)
        /// 26: the file is not an SQLite database.
        public static let notADatabase = Code(primary: SQLITE_NOTADB)
        /// 8: the connection or file is read-only.
        public static let readOnly = Code(primary: SQLITE_READONLY)
        /// 14: the file or its directory cannot be opened.
        public static let cannotOpen = Code(primary: SQLITE_CANTOPEN)

        /// True when `error` is an `SQLiteError` whose primary code is `code`'s: for `catch` clauses.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? SQLiteError).map { code ~= $0 } ?? false
        }
    }

    /// True when the primary code of `error` is `code`'s.
    public static func ~= (code: Code, error: SQLiteError) -> Bool { error.code == code.primary }

    /// True when this error's primary code is `code`'s.
    public func `is`(_ code: Code) -> Bool { self.code == code.primary }
}

extension StringProtocol {
    /// The lines, each trimmed, joined with single spaces.
    func foldingLines() -> String {
        split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The text without leading or trailing whitespace.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
