import CSQLite

/// An error reported by SQLite, with its extended result code, message and the SQL that failed.
///
/// Its description is one line, and never holds bound values:
/// `SQLite error 19 (constraint/foreign key): FOREIGN KEY constraint failed — while executing `INSERT …``
///
/// <https://www.sqlite.org/rescode.html>
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`sqlite3_extended_errcode`).
    public let extendedCode: Int32
    /// The message of `sqlite3_errmsg`, or of `sqlite3_errstr` when the handle has none.
    public let message: String
    /// The statement that failed, trimmed, when there was one.
    public let sql: String?

    public init(extendedCode: Int32, message: String? = nil, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message ?? String(cString: sqlite3_errstr(extendedCode))
        let trimmed = sql?.trimmingWhitespace()
        self.sql = (trimmed?.isEmpty ?? true) ? nil : trimmed
    }

    /// The primary result code: the low byte of the extended code.
    public var code: Int32 { extendedCode & 0xFF }

    public var description: String {
        var line = "SQLite error \(extendedCode) (\(Self.name(of: extendedCode))): \(message)"
        if let sql {
            let oneLine = sql.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " ")
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
    /// A pattern that matches errors by primary code: `catch let error as SQLiteError where error ~= .busy`.
    public struct Code: Sendable {
        let primary: Int32
        public static let busy = Code(primary: SQLITE_BUSY)
        public static let constraint = Code(primary: SQLITE_CONSTRAINT)
        public static let full = Code(primary: SQLITE_FULL)
        public static let corrupt = Code(primary: SQLITE_CORRUPT)
        public static let notADatabase = Code(primary: SQLITE_NOTADB)
        public static let readOnly = Code(primary: SQLITE_READONLY)
        public static let cannotOpen = Code(primary: SQLITE_CANTOPEN)
    }

    /// True when the primary code of `error` is `code`'s.
    public static func ~= (code: Code, error: SQLiteError) -> Bool { error.code == code.primary }

    /// True when this error's primary code is `code`'s.
    public func `is`(_ code: Code) -> Bool { self.code == code.primary }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
