import Foundation
import SQLite
import Testing

/// Transactions and savepoints: what commits, what rolls back, and which error comes out.
@Suite("Transactions", .tags(.medium))
final class TransactionTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("TransactionTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String = "attache.sqlite") -> String { directory.appendingPathComponent(name).path }

    /// A new database file holding `CREATE TABLE meeting(who TEXT UNIQUE)`.
    func makeDatabase(busyTimeout: Int32 = 5_000) throws -> Database {
        let database = try Database(path: path(), busyTimeout: busyTimeout)
        try database.execute("CREATE TABLE meeting(who TEXT UNIQUE)")
        return database
    }

    /// The rows as a fresh connection sees them, so only committed work counts.
    func committedRows() throws -> [String] {
        let database = try Database(path: path())
        return try database.prepare("SELECT who FROM meeting ORDER BY rowid").rows { $0.text(at: 0) ?? "NULL" }
    }

    /// An error of the caller's own, which a transaction must rethrow unchanged.
    struct Abandon: Error, Equatable {
        let reason: String
    }

    // MARK: - Transactions

    @Test("A transaction commits when its body returns, and returns the body's value")
    func commits() throws {
        let database = try makeDatabase()
        let rowID = try database.transaction {
            try database.execute("INSERT INTO meeting VALUES (?)", ["Gantz"])
            try database.execute("INSERT INTO meeting VALUES (?)", ["Austin"])
            #expect(!database.isAutocommit)
            return database.lastInsertRowID
        }
        #expect(rowID == 2)
        #expect(database.isAutocommit)
        #expect(try committedRows() == ["Gantz", "Austin"])
    }

    @Test("A throwing body leaves no rows and rethrows the body's own error")
    func rollsBack() throws {
        let database = try makeDatabase()
        let error = try #require(
            #expect(throws: Abandon.self) {
                try database.transaction {
                    try database.execute("INSERT INTO meeting VALUES (?)", ["Gantz"])
                    throw Abandon(reason: "article withdrawn")
                }
            })
        #expect(error == Abandon(reason: "article withdrawn"))
        #expect(database.isAutocommit)
        #expect(try committedRows() == [])
    }

    @Test("A failing statement in the body rolls back the earlier ones and rethrows SQLite's error")
    func rollsBackOnSQLiteError() throws {
        let database = try makeDatabase()
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.transaction {
                    try database.execute("INSERT INTO meeting VALUES (?)", ["Gantz"])
                    try database.execute("INSERT INTO meeting VALUES (?)", ["Gantz"])
                }
            })
        #expect(error.extendedCode == 2067)
        #expect(error.sql == "INSERT INTO meeting VALUES (?)")
        #expect(database.isAutocommit)
        #expect(try committedRows() == [])
    }

    @Test("When SQLite has already rolled back, the body's error is rethrown, not a failed ROLLBACK's")
    func alreadyRolledBack() throws {
        let database = try makeDatabase()
        try database.execute("INSERT INTO meeting VALUES ('Gantz')")
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.transaction {
                    try database.execute("INSERT INTO meeting VALUES ('Austin')")
                    try database.execute("INSERT OR ROLLBACK INTO meeting VALUES ('Gantz')")
                }
            })
        #expect(error.extendedCode == 2067)
        #expect(error.sql == "INSERT OR ROLLBACK INTO meeting VALUES ('Gantz')")
        #expect(database.isAutocommit)
        #expect(try committedRows() == ["Gantz"])
    }

    @Test("A COMMIT that fails (a deferred foreign key) rolls back and throws the COMMIT's error")
    func commitFails() throws {
        let database = try Database(path: path())
        try database.execute(
            script: """
                CREATE TABLE person(id INTEGER PRIMARY KEY);
                CREATE TABLE meeting(person_id INTEGER REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED);
                """)
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.transaction { try database.execute("INSERT INTO meeting VALUES (404)") }
            })
        #expect(error.extendedCode == 787)
        #expect(error.sql == "COMMIT TRANSACTION")
        #expect(database.isAutocommit)
        #expect(try database.scalarInt("SELECT count(*) FROM meeting") == 0)
    }

    @Test("A transaction inside a transaction throws, and the outer one carries on")
    func nestedTransactionThrows() throws {
        let database = try makeDatabase()
        try database.transaction {
            try database.execute("INSERT INTO meeting VALUES ('Gantz')")
            let error = try #require(#expect(throws: SQLiteError.self) { try database.transaction {} })
            #expect(error.code == 1)
            #expect(!database.isAutocommit)
        }
        #expect(try committedRows() == ["Gantz"])
    }

    // MARK: - Locking

    @Test("transaction takes the write lock at BEGIN (IMMEDIATE) by default", .tags(.large))
    func immediateByDefault() throws {
        let database = try makeDatabase()
        let other = try Database(path: path(), busyTimeout: 50)
        try database.transaction {
            let error = try #require(#expect(throws: SQLiteError.self) { try other.execute("BEGIN IMMEDIATE") })
            #expect(error.code == 5)
        }
    }

    @Test("A deferred transaction takes no lock until it reads or writes", .tags(.large))
    func deferred() throws {
        let database = try makeDatabase()
        let other = try Database(path: path(), busyTimeout: 50)
        try database.transaction(.deferred) {
            try other.execute("BEGIN IMMEDIATE")
            try other.execute("COMMIT")
        }
    }

    @Test("A busy database fails at BEGIN with BUSY (5), before the body runs", .tags(.large))
    func busyAtBegin() throws {
        let database = try makeDatabase(busyTimeout: 50)
        let other = try Database(path: path())
        try other.execute("BEGIN IMMEDIATE")
        var ran = false
        let error = try #require(#expect(throws: SQLiteError.self) { try database.transaction { ran = true } })
        #expect(!ran)
        #expect(SQLiteError.Code.busy ~= error)
        #expect(error.sql == "BEGIN IMMEDIATE TRANSACTION")
        #expect(database.isAutocommit)
        try other.execute("ROLLBACK")
    }

    // MARK: - Savepoints

    @Test("A savepoint that throws rolls back only its own work; the outer transaction's work commits")
    func savepointRollback() throws {
        let database = try makeDatabase()
        try database.transaction {
            try database.execute("INSERT INTO meeting VALUES ('outer')")
            let error = try #require(
                #expect(throws: Abandon.self) {
                    try database.savepoint("inner") {
                        try database.execute("INSERT INTO meeting VALUES ('inner')")
                        throw Abandon(reason: "bad date")
                    }
                })
            #expect(error.reason == "bad date")
            #expect(!database.isAutocommit)
            try database.execute("INSERT INTO meeting VALUES ('after')")
        }
        #expect(try committedRows() == ["outer", "after"])
    }

    @Test("A savepoint that returns keeps its work in the outer transaction and returns the body's value")
    func savepointRelease() throws {
        let database = try makeDatabase()
        let count = try database.transaction {
            try database.savepoint {
                try database.execute("INSERT INTO meeting VALUES ('inner')")
                return try database.scalarInt("SELECT count(*) FROM meeting")
            }
        }
        #expect(count == 1)
        #expect(try committedRows() == ["inner"])
    }

    @Test("Nested savepoints unwind one level at a time")
    func nestedSavepoints() throws {
        let database = try makeDatabase()
        try database.transaction {
            try database.savepoint("article") {
                try database.execute("INSERT INTO meeting VALUES ('first')")
                #expect(throws: Abandon.self) {
                    try database.savepoint("sentence") {
                        try database.execute("INSERT INTO meeting VALUES ('second')")
                        throw Abandon(reason: "no date")
                    }
                }
                try database.execute("INSERT INTO meeting VALUES ('third')")
            }
        }
        #expect(try committedRows() == ["first", "third"])
    }

    @Test("A savepoint outside a transaction commits on return and leaves nothing on throw")
    func savepointAlone() throws {
        let database = try makeDatabase()
        try database.savepoint { try database.execute("INSERT INTO meeting VALUES ('kept')") }
        #expect(database.isAutocommit)
        #expect(throws: Abandon.self) {
            try database.savepoint {
                try database.execute("INSERT INTO meeting VALUES ('dropped')")
                throw Abandon(reason: "")
            }
        }
        #expect(database.isAutocommit)
        #expect(try committedRows() == ["kept"])
    }
}
