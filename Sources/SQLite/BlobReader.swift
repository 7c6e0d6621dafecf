import CSQLite

/// Reads byte ranges of one TEXT or BLOB column, row after row, without copying the whole value:
/// SQLite's incremental blob I/O, one handle moved from row to row.
///
/// A column read by a statement is copied whole before any function sees it (`substr` of an
/// article's body copies the body); a blob handle reads the bytes asked for from the row's pages.
/// The handle is opened on the first read and moved to each next row with `sqlite3_blob_reopen`,
/// which seeks the row without compiling anything again.
///
/// <https://www.sqlite.org/c3ref/blob_open.html>, <https://www.sqlite.org/c3ref/blob_reopen.html>
public final class BlobReader {
    /// The connection the reader runs on, kept alive by the reader.
    public let database: Database
    private let table: String
    private let column: String
    private var handle: OpaquePointer?

    /// A reader of `table`.`column` in the main database, read only.
    public init(database: Database, table: String, column: String) {
        self.database = database
        self.table = table
        self.column = column
    }

    deinit { sqlite3_blob_close(handle) }

    /// Closes the handle (it holds a cursor, as a statement stepped and not reset would, until then:
    /// close it before the transaction it read in ends). The next read opens it again.
    public func close() {
        sqlite3_blob_close(handle)
        handle = nil
        current = nil
    }

    /// The `count` bytes at `offset` of the column in row `rowid`, decoded as UTF-8 (a byte that is
    /// not UTF-8 becomes U+FFFD, as `Statement.text(at:)` does). Throws when the row is missing, the
    /// value is neither text nor a blob, or the range goes past its end.
    public func text(rowid: Int64, offset: Int, count: Int) throws -> String {
        try moveTo(rowid)
        guard count > 0 else { return "" }
        guard let handle, offset >= 0, count <= Int(Int32.max), offset <= Int(Int32.max) - count else {
            throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no bytes \(offset)..<\(offset + count) in row \(rowid)")
        }
        var code = SQLITE_OK
        // Read straight into the string's storage, which validates the bytes once as UTF-8.
        let text = String(unsafeUninitializedCapacity: count) { bytes in
            code = sqlite3_blob_read(handle, bytes.baseAddress, Int32(count), Int32(offset))
            return code == SQLITE_OK ? count : 0
        }
        try database.check(code)
        return text
    }

    /// The size in bytes of the value in row `rowid`.
    public func byteCount(rowid: Int64) throws -> Int {
        try moveTo(rowid)
        return Int(sqlite3_blob_bytes(handle))
    }

    private var current: Int64?

    /// Points the handle at `rowid`, opening it the first time.
    private func moveTo(_ rowid: Int64) throws {
        if current == rowid, handle != nil { return }
        current = nil
        if let handle {
            let code = sqlite3_blob_reopen(handle, rowid)
            guard code == SQLITE_OK else {
                // > If an error occurs, the blob handle is left in an aborted state: closed, so that
                // the next read opens a new one.
                let error = database.error(code: code, sql: nil)
                close()
                throw error
            }
        } else {
            var opened: OpaquePointer?
            let code = sqlite3_blob_open(database.handle, "main", table, column, rowid, 0, &opened)
            guard code == SQLITE_OK else {
                // > … *ppBlob is set to NULL … This means that, provided the API is not misused, it is always
                // > safe to call sqlite3_blob_close() on *ppBlob after this function returns.
                sqlite3_blob_close(opened)
                throw database.error(code: code, sql: nil)
            }
            handle = opened
        }
        current = rowid
    }
}

/// A reader belongs to its connection's thread or task, like the connection itself.
@available(*, unavailable)
extension BlobReader: Sendable {}
