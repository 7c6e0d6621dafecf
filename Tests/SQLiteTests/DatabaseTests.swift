import Foundation
import SQLite
import Testing

/// Opening, refusing bad files, scripts and connection state, each test on its own database file.
@Suite("Database", .tags(.medium))
final class DatabaseTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("DatabaseTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String = "attache.sqlite") -> String { directory.appendingPathComponent(name).path }

    // MARK: - Opening

    @Test("Opening a missing file creates it, with foreign keys on")
    func openCreatesFile() throws {
        let database = try Database(path: path())
        #expect(FileManager.default.fileExists(atPath: path()))
        #expect(database.path == path())
        #expect(try database.scalarInt("PRAGMA foreign_keys") == 1)
    }

    @Test("Foreign keys are enforced on a reopened file, not only on the connection that made it")
    func foreignKeysAfterReopen() throws {
        do {
            let database = try Database(path: path())
            try database.execute(
                script: """
                    CREATE TABLE parent(id INTEGER PRIMARY KEY);
                    CREATE TABLE child(parent_id INTEGER REFERENCES parent(id));
                    """)
        }
        let database = try Database(path: path())
        #expect(try database.scalarInt("PRAGMA foreign_keys") == 1)
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.execute("INSERT INTO child VALUES (?)", [404])
            })
        #expect(error.extendedCode == 787)
    }

    /// Files that are not SQLite databases, as an article folder or a wrong `--db` may hold them.
    static let notDatabases: [(name: String, bytes: [UInt8])] = [
        (
            "photo.jpg",
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01]
                + (0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        ),
        ("short.txt", Array("not a database\n".utf8)),
        ("article.txt", Array(String(repeating: "Gantz met Austin at the Pentagon. ", count: 200).utf8)),
    ]

    @Test(
        "A file that is not a database fails at open with NOTADB (26), names the path and is left untouched",
        arguments: notDatabases)
    func notADatabase(name: String, bytes: [UInt8]) throws {
        let path = path(name)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let error = try #require(#expect(throws: SQLiteError.self) { _ = try Database(path: path) })
        #expect(error.code == 26)
        #expect(SQLiteError.Code.notADatabase ~= error)
        #expect(error.message.contains(path))
        #expect(error.description.contains(path))
        #expect(!error.description.contains("\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test("An empty file opens as an empty database")
    func emptyFile() throws {
        #expect(FileManager.default.createFile(atPath: path(), contents: Data()))
        let database = try Database(path: path())
        #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema") == 0)
    }

    @Test("A path in a missing directory fails with CANTOPEN (14), names the path and creates nothing")
    func missingDirectory() throws {
        let missing = directory.appendingPathComponent("no-such-folder")
        let path = missing.appendingPathComponent("attache.sqlite").path
        let error = try #require(#expect(throws: SQLiteError.self) { _ = try Database(path: path) })
        #expect(error.code == 14)
        #expect(SQLiteError.Code.cannotOpen ~= error)
        #expect(error.message.contains(path))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test("Read-only mode on a missing file fails with CANTOPEN (14) and creates nothing")
    func readOnlyMissingFile() throws {
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                _ = try Database(path: self.path(), mode: .readOnly)
            })
        #expect(error.code == 14)
        #expect(error.message.contains(path()))
        #expect(!FileManager.default.fileExists(atPath: path()))
    }

    @Test("Read-only mode reads but refuses writes with READONLY (8)")
    func readOnlyRefusesWrites() throws {
        do {
            let database = try Database(path: path())
            try database.execute(script: "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        }
        let database = try Database(path: path(), mode: .readOnly)
        #expect(try database.scalarInt("SELECT x FROM t") == 1)
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.execute("INSERT INTO t VALUES (2)")
            })
        #expect(error.code == 8)
        #expect(SQLiteError.Code.readOnly ~= error)
        #expect(error.sql == "INSERT INTO t VALUES (2)")
        #expect(try database.scalarInt("SELECT count(*) FROM t") == 1)
    }

    // MARK: - Connection state

    @Test("userVersion reads PRAGMA user_version, which survives closing the file")
    func userVersion() throws {
        do {
            let database = try Database(path: path())
            #expect(try database.userVersion() == 0)
            try database.execute("PRAGMA user_version = 7")
        }
        let database = try Database(path: path())
        #expect(try database.userVersion() == 7)
    }

    @Test("lastInsertRowID and changes report the most recent write")
    func lastInsertRowIDAndChanges() throws {
        let database = try Database(path: path())
        try database.execute("CREATE TABLE t(x)")
        try database.execute("INSERT INTO t VALUES (1), (2), (3)")
        #expect(database.changes == 3)
        #expect(database.lastInsertRowID == 3)
        try database.execute("UPDATE t SET x = x * 10 WHERE x >= 2")
        #expect(database.changes == 2)
        try database.execute("INSERT INTO t(rowid, x) VALUES (42, 4)")
        #expect(database.lastInsertRowID == 42)
    }

    @Test("isAutocommit is false only inside a transaction")
    func isAutocommit() throws {
        let database = try Database(path: path())
        #expect(database.isAutocommit)
        try database.execute("BEGIN")
        #expect(!database.isAutocommit)
        try database.execute("COMMIT")
        #expect(database.isAutocommit)
    }

    @Test("scalarInt and scalarText return nil for no row and for NULL")
    func scalars() throws {
        let database = try Database(path: path())
        try database.execute("CREATE TABLE t(x)")
        #expect(try database.scalarInt("SELECT x FROM t") == nil)
        #expect(try database.scalarText("SELECT x FROM t") == nil)
        #expect(try database.scalarInt("SELECT NULL") == nil)
        #expect(try database.scalarText("SELECT NULL") == nil)
        #expect(try database.scalarInt("SELECT ?", [.integer(.min)]) == .min)
        #expect(try database.scalarText("SELECT ?", ["中国"]) == "中国")
        #expect(try database.scalarText("SELECT ''") == "")
    }

    @Test("libraryVersion is the version of the libsqlite3 in use")
    func libraryVersion() throws {
        let database = try Database(path: path())
        #expect(Database.libraryVersion == (try database.scalarText("SELECT sqlite_version()")))
        #expect(Database.libraryVersion.hasPrefix("3."))
    }

    // MARK: - Busy

    @Test(
        "BEGIN IMMEDIATE fails with BUSY (5) after the busy timeout while another connection writes",
        .tags(.large))
    func busy() throws {
        let writer = try Database(path: path())
        let waiter = try Database(path: path(), busyTimeout: 50)
        try writer.execute("BEGIN IMMEDIATE")
        let error = try #require(#expect(throws: SQLiteError.self) { try waiter.execute("BEGIN IMMEDIATE") })
        #expect(error.code == 5)
        #expect(SQLiteError.Code.busy ~= error)
        #expect(error.sql == "BEGIN IMMEDIATE")
        #expect(waiter.isAutocommit)

        try writer.execute("COMMIT")
        try waiter.execute("BEGIN IMMEDIATE")
        try waiter.execute("COMMIT")
    }

    @Test("A connection waits out a write lock that is released within its busy timeout", .tags(.large))
    func busyWaits() throws {
        let path = path()
        try Database(path: path).execute("CREATE TABLE t(x)")
        let locked = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        // The writer lives on its own thread, as a connection must: it holds the lock for 50 ms, then commits.
        Thread {
            defer { finished.signal() }
            let writer = try? Database(path: path)
            try? writer?.execute("BEGIN IMMEDIATE")
            try? writer?.execute("INSERT INTO t VALUES (1)")
            locked.signal()
            Thread.sleep(forTimeInterval: 0.05)
            try? writer?.execute("COMMIT")
        }.start()
        locked.wait()
        let waiter = try Database(path: path)
        try waiter.execute("BEGIN IMMEDIATE")
        #expect(try waiter.scalarInt("SELECT count(*) FROM t") == 1)
        try waiter.execute("COMMIT")
        finished.wait()
    }

    // MARK: - Scripts

    @Test("execute(script:) runs every statement, with comments, blank lines and trailing whitespace")
    func script() throws {
        let database = try Database(path: path())
        try database.execute(
            script: """
                -- 0001_initial.sql: people and meetings
                CREATE TABLE person(name TEXT NOT NULL);  -- one row per person

                /* a block
                   comment */
                INSERT INTO person VALUES ('Błaszczak');
                INSERT INTO person VALUES ('O''Brien; -- not a comment');;
                PRAGMA user_version = 1;
                -- trailing comment without a newline
                """ + "  \n\t\n")
        let names = try database.prepare("SELECT name FROM person ORDER BY rowid").rows { $0.text(at: 0) }
        #expect(names == ["Błaszczak", "O'Brien; -- not a comment"])
        #expect(try database.userVersion() == 1)
    }

    @Test(
        "execute(script:) accepts a script that is empty or only comments",
        arguments: ["", "  \n", "-- nothing\n", "/* x */"])
    func emptyScript(script: String) throws {
        let database = try Database(path: path())
        try database.execute(script: script)
        #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema") == 0)
    }

    @Test("A statement that fails while running reports its own SQL, not its comment or neighbours; earlier ones stay")
    func scriptStepFailure() throws {
        let database = try Database(path: path())
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.execute(
                    script: """
                        CREATE TABLE person(name TEXT UNIQUE);
                        INSERT INTO person VALUES ('Gantz');
                        -- the duplicate
                        INSERT INTO person VALUES ('Gantz');
                        INSERT INTO person VALUES ('Austin');
                        """)
            })
        #expect(error.extendedCode == 2067)
        #expect(error.sql == "INSERT INTO person VALUES ('Gantz');")
        #expect(error.description.hasSuffix("while executing `INSERT INTO person VALUES ('Gantz');`"))
        #expect(try database.scalarInt("SELECT count(*) FROM person") == 1)
    }

    /// Statements that fail to compile, and the SQL their error must carry.
    static let compileFailures: [(statement: String, messagePrefix: String)] = [
        ("INSERT INTO missing VALUES (1);", "no such table"),
        ("SELEC name FROM person;", "near \"SELEC\""),
        ("SELECT name\n  FROM person\n  WHERE nonsense > 1;", "no such column"),
    ]

    @Test(
        "A statement that fails to compile reports the whole statement; earlier ones stay, later ones never run",
        arguments: compileFailures)
    func scriptCompileFailure(statement: String, messagePrefix: String) throws {
        let database = try Database(path: path())
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.execute(
                    script: """
                        CREATE TABLE person(name TEXT);
                        -- the bad statement
                        \(statement)
                        INSERT INTO person VALUES ('never');
                        """)
            })
        #expect(error.code == 1)
        #expect(error.message.hasPrefix(messagePrefix))
        #expect(error.sql == statement)
        #expect(try database.scalarInt("SELECT count(*) FROM person") == 0)
    }
}

// MARK: - Tags

extension Tag {
    /// Pure values: no file, no connection.
    @Tag static var small: Self
    /// One or two connections to a real database file in a temporary directory.
    @Tag static var medium: Self
    /// Several connections contending for locks, with busy timeouts.
    @Tag static var large: Self
}
