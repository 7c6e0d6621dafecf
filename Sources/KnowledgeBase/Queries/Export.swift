import SQLite

extension KnowledgeBase {
    /// Runs `body`, a series of reads, in one read transaction, so that it sees the knowledge
    /// base as it was at one moment however many ingests commit meanwhile: an export never holds
    /// an evidence row whose article came after it began. (In WAL mode a reader keeps the
    /// database as of its transaction's first read: <https://www.sqlite.org/wal.html#concurrency>.)
    /// Within a snapshot already, it simply runs `body`.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        guard database.isAutocommit else { return try body() }
        return try database.transaction(.deferred, body)
    }

    /// The tables that make up the knowledge base, in the order the schema created them (so a
    /// table comes after those it refers to). Leaves out SQLite's own tables, the full-text
    /// index, which `articles` rebuilds, and `fts_deferred`, which ingest empties before it commits.
    public func exportedTables() throws -> [String] {
        // <https://www.sqlite.org/pragma.html#pragma_table_list>: type is table, view, shadow or virtual.
        try database.prepare("""
            SELECT l.name FROM pragma_table_list AS l JOIN sqlite_schema AS s ON s.name = l.name
            WHERE l.schema = 'main' AND l.type = 'table' AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND l.name <> 'fts_deferred'
            ORDER BY s.rowid
            """).rows { $0.text(at: 0) ?? "" }
    }

    /// Columns that repeat what other rows say, kept so that queries need not work it out, and left
    /// out of exports as the full-text index is: the place of each commitment's first report
    /// (migration 0011; `aid_spans` holds every report, and the byte offsets are SQLite's).
    static let derivedColumns: [String: Set<String>] = [
        "aid_commitments": ["evidence_article", "evidence_offset", "evidence_bytes"]
    ]

    /// Whether `column` of `table` is one of `derivedColumns`.
    static func isDerived(_ column: String, of table: String) -> Bool {
        derivedColumns[table]?.contains(column) ?? false
    }

    /// Every row of `table` (one of `exportedTables()`), in rowid order (primary key order for a
    /// table without rowid), with its columns but `derivedColumns`: `header` is called once
    /// with the column names, then `row` with each row's values, one at a time, so a large table
    /// is never held in memory.
    public func export(table: String, header: ([String]) throws -> Void, row: ([SQLiteValue]) throws -> Void) throws {
        guard try exportedTables().contains(table) else { throw QueryError.notFound(kind: "table", id: 0) }
        // A table name cannot be a bound parameter; this one comes from the database's own schema
        // (checked just above) and is quoted as an identifier.
        let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        // A table WITHOUT ROWID (the running sums of migration 0004) is ordered by its primary key.
        // <https://www.sqlite.org/pragma.html#pragma_table_info>: pk is the column's place in it.
        let key = try database.prepare("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk")
            .rows([.text(table)]) { "\"" + ($0.text(at: 0) ?? "").replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let withoutRowid = try database.scalarInt("SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?", [.text(table)]) == 1
        let order = withoutRowid ? key.joined(separator: ", ") : "rowid"
        let columns = try database.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").rows([.text(table)]) { $0.text(at: 0) ?? "" }
            .filter { !Self.isDerived($0, of: table) }
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let statement = try database.prepare("SELECT \(columns.joined(separator: ", ")) FROM \(quoted) ORDER BY \(order)")
        try header((0..<statement.columnCount).map { statement.columnName(at: $0) })
        while try statement.step() {
            try row((0..<statement.columnCount).map { statement.value(at: $0) })
        }
    }
}
