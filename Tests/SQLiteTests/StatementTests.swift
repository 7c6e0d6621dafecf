import Foundation
import SQLite
import Testing

/// Preparing, binding, stepping, reading and reusing statements, each test on its own database file.
@Suite("Statement", .tags(.medium))
final class StatementTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("StatementTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String = "attache.sqlite") -> String { directory.appendingPathComponent(name).path }

    /// A new database file holding `CREATE TABLE t(a, b)`: columns without a type, so no affinity converts values.
    func makeDatabase() throws -> Database {
        let database = try Database(path: path())
        try database.execute("CREATE TABLE t(a, b)")
        return database
    }

    // MARK: - Round trips

    /// One value of every storage class, and the edges of each.
    static let values: [SQLiteValue] = [
        .null,
        .integer(0), .integer(-1), .integer(.min), .integer(.max),
        .real(0), .real(-0.0), .real(1.5), .real(-2.25), .real(.pi), .real(1e300), .real(-1e300),
        .real(.greatestFiniteMagnitude), .real(.leastNonzeroMagnitude), .real(.infinity), .real(-.infinity),
        .real(9_007_199_254_740_992),
        .text(""), .text("Błaszczak"), .text("Lenarčič"), .text("中国"), .text("👩‍👩‍👧 🇺🇦"),
        .text("Jose\u{301}"), .text("O'Brien; DROP TABLE t; --"), .text("two\nlines\tand \"quotes\""),
        .text("nul\u{0}inside"),
        .blob([]), .blob([0]), .blob(Array(0...255)),
    ]

    @Test(
        "Every value round-trips through a real file, closed and reopened, in its own storage class",
        arguments: values)
    func roundTrip(_ value: SQLiteValue) throws {
        do {
            let database = try makeDatabase()
            try database.execute("INSERT INTO t(a) VALUES (?)", [value])
        }
        let database = try Database(path: path())
        let statement = try database.prepare("SELECT a, typeof(a) FROM t")
        #expect(try statement.step())
        let read = statement.value(at: 0)
        #expect(read == value)
        #expect(statement.text(at: 1) == value.storageClass)
        if case .real(let written) = value, case .real(let stored) = read {
            #expect(stored.bitPattern == written.bitPattern, "the sign of zero survives")
        }
        #expect(try !statement.step())
    }

    @Test("Typed getters read each storage class, and NULL as nil or zero")
    func typedGetters() throws {
        do {
            let database = try makeDatabase()
            try database.execute(
                script: """
                    CREATE TABLE typed(i INTEGER, r REAL, t TEXT, b BLOB, n);
                    INSERT INTO typed VALUES (9223372036854775807, 2.5, 'Lenarčič', x'00FF', NULL);
                    """)
        }
        let database = try Database(path: path())
        let statement = try database.prepare("SELECT i, r, t, b, n FROM typed")
        #expect(try statement.step())
        #expect(statement.columnCount == 5)
        #expect((0..<statement.columnCount).map(statement.columnName(at:)) == ["i", "r", "t", "b", "n"])
        #expect(statement.columnName(at: 5) == "")
        #expect(statement.int64(at: 0) == .max)
        #expect(statement.int(at: 0) == .max)
        #expect(statement.text(at: 0) == "9223372036854775807")
        #expect(statement.double(at: 1) == 2.5)
        #expect(statement.text(at: 2) == "Lenarčič")
        #expect(statement.blob(at: 3) == [0x00, 0xFF])
        #expect(statement.isNull(at: 4))
        #expect(!statement.isNull(at: 0))
        #expect(statement.text(at: 4) == nil)
        #expect(statement.blob(at: 4) == nil)
        #expect(statement.int64(at: 4) == 0)
        #expect(statement.double(at: 4) == 0)
        #expect(statement.value(at: 4) == .null)
    }

    @Test("An empty blob stays a blob, never NULL or text")
    func emptyBlob() throws {
        do {
            let database = try makeDatabase()
            let insert = try database.prepare("INSERT INTO t(a) VALUES (?)")
            try insert.bind(.blob([]), at: 1)
            #expect(try !insert.step())
        }
        let database = try Database(path: path())
        #expect(try database.scalarText("SELECT typeof(a) FROM t") == "blob")
        #expect(try database.scalarInt("SELECT a IS NULL FROM t") == 0)
        let statement = try database.prepare("SELECT a FROM t")
        #expect(try statement.step())
        #expect(!statement.isNull(at: 0))
        #expect(statement.blob(at: 0) == [])
        #expect(statement.value(at: 0) == .blob([]))
    }

    // MARK: - Binding

    @Test("Binds by index, including numbered parameters used twice")
    func bindByIndex() throws {
        let database = try makeDatabase()
        let insert = try database.prepare("INSERT INTO t(a, b) VALUES (?1, ?2 || ?1)")
        try insert.bind(.text("Gantz"), at: 1)
        try insert.bind(.text("Benny "), at: 2)
        #expect(try !insert.step())
        let statement = try database.prepare("SELECT a, b FROM t")
        #expect(try statement.step())
        #expect(statement.text(at: 0) == "Gantz")
        #expect(statement.text(at: 1) == "Benny Gantz")
    }

    @Test("Binds by name with each of SQLite's prefixes", arguments: [":", "@", "$"])
    func bindByName(prefix: String) throws {
        let database = try makeDatabase()
        let insert = try database.prepare("INSERT INTO t(a, b) VALUES (\(prefix)name, \(prefix)born)")
        try insert.bind(.text("Błaszczak"), named: "\(prefix)name")
        try insert.bind(.integer(1_971), named: "\(prefix)born")
        try insert.run()
        try insert.bind([prefix + "name": "Austin", prefix + "born": 1_953])
        try insert.run()
        let rows = try database.prepare("SELECT a, b FROM t ORDER BY rowid").rows {
            [$0.value(at: 0), $0.value(at: 1)]
        }
        #expect(rows == [["Błaszczak", 1_971], ["Austin", 1_953]])
    }

    @Test(
        "An unknown parameter name throws RANGE (25) naming it, and never crashes",
        arguments: [":missing", "name", "$Name", ""])
    func bindUnknownName(name: String) throws {
        let database = try makeDatabase()
        let insert = try database.prepare("INSERT INTO t(a) VALUES (:name)")
        let error = try #require(#expect(throws: SQLiteError.self) { try insert.bind("x", named: name) })
        #expect(error.code == 25)
        #expect(error.message == "no parameter named \"\(name)\"")
        #expect(error.sql == "INSERT INTO t(a) VALUES (:name)")
    }

    @Test("An index out of range throws RANGE (25)", arguments: [0, 2, -1] as [Int32])
    func bindIndexOutOfRange(index: Int32) throws {
        let database = try makeDatabase()
        let insert = try database.prepare("INSERT INTO t(a) VALUES (?)")
        let error = try #require(#expect(throws: SQLiteError.self) { try insert.bind(1, at: index) })
        #expect(error.code == 25)
    }

    @Test("The wrong number of values throws RANGE (25) and writes nothing", arguments: [0, 1, 3])
    func bindWrongCount(count: Int) throws {
        let database = try makeDatabase()
        let values = Array(repeating: SQLiteValue.integer(1), count: count)
        let insert = try database.prepare("INSERT INTO t(a, b) VALUES (?, ?)")
        let error = try #require(#expect(throws: SQLiteError.self) { try insert.bind(values) })
        #expect(error.code == 25)
        #expect(error.message == "\(count) values for 2 parameters")
        #expect(throws: SQLiteError.self) { try insert.run(values) }
        #expect(throws: SQLiteError.self) { try database.execute("INSERT INTO t(a, b) VALUES (?, ?)", values) }
        #expect(try database.scalarInt("SELECT count(*) FROM t") == 0)
    }

    @Test("A text is copied at bind time, so the caller's string may go away")
    func bindCopiesText() throws {
        let database = try makeDatabase()
        let insert = try database.prepare("INSERT INTO t(a, b) VALUES (?, ?)")
        do {
            let long = String(repeating: "Lenarčič ", count: 10_000)
            try insert.bind(.text(long), at: 1)
            try insert.bind(.blob(Array(long.utf8)), at: 2)
        }
        #expect(try !insert.step())
        #expect(try database.scalarInt("SELECT length(a) FROM t") == 90_000)
        #expect(try database.scalarInt("SELECT length(b) FROM t") == 110_000, "č is two bytes")
    }

    // MARK: - Preparing

    @Test(
        "prepare refuses text holding two statements, comments between them or not",
        arguments: [
            "SELECT 1; SELECT 2",
            "SELECT 1; SELECT 2;",
            "SELECT 1; -- then\nSELECT 2",
            "SELECT 1; /* then */ DELETE FROM t",
            "SELECT 1;\nSELEC 2",
        ])
    func prepareRefusesTwoStatements(sql: String) throws {
        let database = try makeDatabase()
        let error = try #require(#expect(throws: SQLiteError.self) { _ = try database.prepare(sql) })
        #expect(error.code == 21)
        #expect(error.sql == sql)
    }

    @Test(
        "prepare accepts one statement followed by semicolons, whitespace or comments",
        arguments: [
            "SELECT 1", "SELECT 1;", "SELECT 1;;", "SELECT 1;  \n", "SELECT 1; -- done", "SELECT 1 /* done */",
            "SELECT 1; /* done */", "-- first\nSELECT 1",
        ])
    func prepareAcceptsOneStatement(sql: String) throws {
        let database = try makeDatabase()
        let statement = try database.prepare(sql)
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == 1)
    }

    @Test("prepare throws, never crashes, on text holding no statement", arguments: ["", "  ", "-- only a comment"])
    func prepareNoStatement(sql: String) throws {
        let database = try makeDatabase()
        #expect(throws: SQLiteError.self) { _ = try database.prepare(sql) }
    }

    @Test("A statement that does not compile throws with SQLite's message and the SQL")
    func prepareError() throws {
        let database = try makeDatabase()
        let error = try #require(
            #expect(throws: SQLiteError.self) { _ = try database.prepare("SELECT * FROM missing") })
        #expect(error.code == 1)
        #expect(error.message == "no such table: missing")
        #expect(error.sql == "SELECT * FROM missing")
    }

    // MARK: - Reuse

    @Test("reset keeps the bindings")
    func resetKeepsBindings() throws {
        let database = try makeDatabase()
        let statement = try database.prepare("SELECT ?")
        try statement.bind(.text("中国"), at: 1)
        #expect(try statement.step())
        #expect(statement.text(at: 0) == "中国")
        statement.reset()
        #expect(try statement.step())
        #expect(statement.text(at: 0) == "中国")
    }

    @Test("clearBindings sets every parameter back to NULL")
    func clearBindings() throws {
        let database = try makeDatabase()
        let statement = try database.prepare("SELECT :a, :b")
        try statement.bind([":a": 1, ":b": "x"])
        statement.clearBindings()
        #expect(try statement.step())
        #expect(statement.isNull(at: 0))
        #expect(statement.isNull(at: 1))
    }

    @Test("run() with no values uses the current bindings; run(values) rebinds; both leave it ready to reuse")
    func run() throws {
        let database = try makeDatabase()
        let insert = try database.prepare("INSERT INTO t(a, b) VALUES (:a, :b)")
        try insert.bind([":a": 1, ":b": "one"])
        try insert.run()
        try insert.run()
        try insert.run([2, "two"])
        let rows = try database.prepare("SELECT a, b FROM t ORDER BY rowid").rows { $0.value(at: 1) }
        #expect(rows == ["one", "one", "two"])
    }

    @Test("A failed run leaves the statement ready for the next values")
    func runAfterFailure() throws {
        let database = try Database(path: path())
        try database.execute("CREATE TABLE person(name TEXT UNIQUE)")
        let insert = try database.prepare("INSERT INTO person VALUES (?)")
        try insert.run(["Gantz"])
        #expect(throws: SQLiteError.self) { try insert.run(["Gantz"]) }
        try insert.run(["Austin"])
        #expect(try database.scalarInt("SELECT count(*) FROM person") == 2)
    }

    @Test("rows() reads every row, resets, and starts from the first row even after a partial step")
    func rows() throws {
        let database = try makeDatabase()
        try database.execute("INSERT INTO t(a) VALUES (1), (2), (3)")
        let query = try database.prepare("SELECT a FROM t WHERE a >= ? ORDER BY a")
        #expect(try query.rows([1]) { $0.int64(at: 0) } == [1, 2, 3])
        #expect(try query.rows([2]) { $0.int64(at: 0) } == [2, 3])
        #expect(try query.rows { $0.int64(at: 0) } == [2, 3])
        #expect(try query.step())
        #expect(query.int64(at: 0) == 2)
        #expect(try query.rows([1]) { $0.int64(at: 0) } == [1, 2, 3])
        #expect(try query.rows([9]) { $0.int64(at: 0) } == [])
    }

    @Test("rows() rethrows the row reader's error and leaves the statement reusable")
    func rowsRethrows() throws {
        struct Stop: Error {}
        let database = try makeDatabase()
        try database.execute("INSERT INTO t(a) VALUES (1), (2)")
        let query = try database.prepare("SELECT a FROM t ORDER BY a")
        #expect(throws: Stop.self) { _ = try query.rows { _ in throw Stop() } }
        #expect(try query.rows { $0.int64(at: 0) } == [1, 2])
    }

    @Test("A statement keeps its database open after the last Database variable goes away, and closes it when released")
    func statementKeepsDatabaseAlive() throws {
        weak var weakDatabase: Database?
        var insert: Statement?
        var query: Statement?
        do {
            let database = try makeDatabase()
            weakDatabase = database
            insert = try database.prepare("INSERT INTO t(a) VALUES (?)")
            query = try database.prepare("SELECT count(*) FROM t")
        }
        #expect(weakDatabase != nil)
        try insert?.run(["written after the variable went away"])
        #expect(try query?.step() == true)
        #expect(query?.int64(at: 0) == 1)
        #expect(query?.database === insert?.database)
        insert = nil
        query = nil
        #expect(weakDatabase == nil)
        let reopened = try Database(path: path())
        #expect(try reopened.scalarText("SELECT a FROM t") == "written after the variable went away")
    }
}

extension SQLiteValue {
    /// The name SQLite's `typeof()` gives this value's storage class.
    var storageClass: String {
        switch self {
        case .null: "null"
        case .integer: "integer"
        case .real: "real"
        case .text: "text"
        case .blob: "blob"
        }
    }
}
