import Foundation
import SQLite
import Testing

/// What a constraint violation looks like, and how `SQLiteError` prints and matches.
@Suite("SQLiteError", .tags(.medium))
final class SQLiteErrorTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("SQLiteErrorTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String = "attache.sqlite") -> String { directory.appendingPathComponent(name).path }

    /// A value from an article that must never leak into an error's text.
    static let secret = "TOP-SECRET Lenarčič 中国 4242"

    /// One violation of each kind: the schema, an INSERT that binds `:secret` and fails on its second run.
    struct Violation: Sendable, CustomTestStringConvertible {
        let kind: String
        let schema: String
        let insert: String
        let extendedCode: Int32
        var testDescription: String { kind }
    }

    static let violations: [Violation] = [
        Violation(
            kind: "unique", schema: "CREATE TABLE person(name TEXT UNIQUE);",
            insert: "INSERT INTO person(name) VALUES (:secret)", extendedCode: 2067),
        Violation(
            kind: "foreign key",
            schema: """
                CREATE TABLE person(id INTEGER PRIMARY KEY);
                CREATE TABLE meeting(person_id INTEGER REFERENCES person(id), note TEXT);
                INSERT INTO person VALUES (1);
                """,
            insert: "INSERT INTO meeting(person_id, note) VALUES ((SELECT 1 + 403 * count(*) FROM meeting), :secret)",
            extendedCode: 787),
        Violation(
            kind: "not null", schema: "CREATE TABLE person(name TEXT NOT NULL, note TEXT);",
            insert:
                "INSERT INTO person(name, note) VALUES ((SELECT CASE count(*) WHEN 0 THEN 'x' END FROM person), :secret)",
            extendedCode: 1299),
        Violation(
            kind: "primary key", schema: "CREATE TABLE code(id TEXT PRIMARY KEY);",
            insert: "INSERT INTO code(id) VALUES (:secret)", extendedCode: 1555),
        Violation(
            kind: "check", schema: "CREATE TABLE amount(value INTEGER CHECK (value < 1), note TEXT);",
            insert: "INSERT INTO amount(value, note) VALUES ((SELECT count(*) FROM amount), :secret)",
            extendedCode: 275),
    ]

    // MARK: - Constraint violations

    @Test(
        "A constraint violation is CONSTRAINT (19) with its extended code, and prints one line without bound values",
        arguments: violations)
    func constraint(_ violation: Violation) throws {
        let database = try Database(path: path())
        try database.execute(script: violation.schema)
        let insert = try database.prepare(violation.insert)
        try insert.bind(.text(Self.secret), named: ":secret")
        try insert.run()
        let error = try #require(#expect(throws: SQLiteError.self) { try insert.run() })

        #expect(error.code == 19)
        #expect(error.extendedCode == violation.extendedCode)
        #expect(SQLiteError.Code.constraint ~= error)
        #expect(!(SQLiteError.Code.busy ~= error))
        #expect(error.is(.constraint))
        #expect(error.sql == violation.insert)
        #expect(error.description.hasPrefix("SQLite error 19 (constraint/\(violation.kind)): "))
        #expect(error.description.hasSuffix(" — while executing `\(violation.insert)`"))
        #expect(!error.description.contains("\n"))
        #expect(!error.description.contains(Self.secret))
        #expect(!"\(error)".contains(Self.secret))
        #expect(!error.message.contains(Self.secret))
    }

    @Test("A switch over an SQLiteError matches named codes against extended codes")
    func switchMatches() throws {
        let database = try Database(path: path())
        try database.execute(script: "CREATE TABLE person(name TEXT UNIQUE); INSERT INTO person VALUES ('Gantz');")
        let error = try #require(
            #expect(throws: SQLiteError.self) {
                try database.execute("INSERT INTO person VALUES ('Gantz')")
            })
        switch error {
        case .busy, .readOnly: Issue.record("matched the wrong code: \(error)")
        case .constraint: break
        default: Issue.record("matched no code: \(error)")
        }
    }

    @Test("A catch clause matches a named code against any thrown error")
    func catchMatches() throws {
        let database = try Database(path: path())
        try database.execute(script: "CREATE TABLE person(name TEXT UNIQUE); INSERT INTO person VALUES ('Gantz');")
        var caught = false
        do {
            try database.execute("INSERT INTO person VALUES ('Gantz')")
        } catch SQLiteError.Code.busy {
            Issue.record("a constraint violation matched busy")
        } catch SQLiteError.Code.constraint {
            caught = true
        }
        #expect(caught)
        struct Other: Error {}
        #expect(!(SQLiteError.Code.constraint ~= (Other() as any Error)))
    }

    // MARK: - Printing

    @Test("The description is one line: primary code, kind, message and the SQL folded onto one line", .tags(.small))
    func descriptionFormat() {
        let error = SQLiteError(
            extendedCode: 787, message: "FOREIGN KEY constraint failed",
            sql: "\n  INSERT INTO meeting(person_id)\n    VALUES (?);\n")
        #expect(error.code == 19)
        #expect(error.sql == "INSERT INTO meeting(person_id)\n    VALUES (?);")
        #expect(
            error.description
                == "SQLite error 19 (constraint/foreign key): FOREIGN KEY constraint failed — while executing `INSERT INTO meeting(person_id) VALUES (?);`"
        )
    }

    @Test("Without SQL the description ends at the message", .tags(.small), arguments: [nil, "", "  \n"] as [String?])
    func descriptionWithoutSQL(sql: String?) {
        let error = SQLiteError(extendedCode: 5, message: "database is locked", sql: sql)
        #expect(error.sql == nil)
        #expect(error.description == "SQLite error 5 (busy): database is locked")
    }

    @Test("Long SQL is cut to 200 characters in the description, and kept whole in sql", .tags(.small))
    func longSQL() {
        let sql = "SELECT " + String(repeating: "x, ", count: 200) + "1"
        let error = SQLiteError(extendedCode: 1, message: "boom", sql: sql)
        #expect(error.sql == sql)
        #expect(error.description.hasSuffix("while executing `\(sql.prefix(200))…`"))
    }

    @Test("The message falls back to SQLite's text for the code", .tags(.small))
    func messageFallback() {
        #expect(SQLiteError(extendedCode: 5).message == "database is locked")
        #expect(SQLiteError(extendedCode: 2067).message == "constraint failed")
        #expect(SQLiteError(extendedCode: 26).description == "SQLite error 26 (not a database): file is not a database")
    }

    @Test(
        "The code is the low byte of the extended code", .tags(.small),
        arguments: [
            (19, 19), (2067, 19), (787, 19), (5, 5), (517, 5), (26, 26), (8, 8), (1032, 8), (14, 14),
        ] as [(Int32, Int32)])
    func primaryCode(extended: Int32, primary: Int32) {
        #expect(SQLiteError(extendedCode: extended).code == primary)
    }
}
