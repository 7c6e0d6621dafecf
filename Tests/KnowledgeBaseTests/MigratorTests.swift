import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

@Suite("Migrations", .tags(.medium))
final class MigratorTests {
    let directory = TemporaryDirectory()

    /// Every table, index, view and trigger, as `sqlite_schema` holds them.
    private func schema(_ path: String) throws -> [String] {
        let database = try Database(path: path)
        return try database.prepare("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_schema ORDER BY name")
            .rows { $0.text(at: 0) ?? "" }
    }

    @Test("An empty file is migrated to the newest version, in WAL mode")
    func migratesEmptyFile() throws {
        let path = directory.path("kb.sqlite")
        let knowledgeBase = try KnowledgeBase.open(path: path)
        #expect(try knowledgeBase.schemaVersion() == Migrator.embedded.newestVersion)
        #expect(Migrator.embedded.newestVersion >= 1)
        #expect(try knowledgeBase.database.scalarText("PRAGMA journal_mode") == "wal")
        #expect(try knowledgeBase.database.scalarInt("PRAGMA synchronous") == 1)  // NORMAL
        let names = try schema(path).map { $0.prefix(while: { $0 != ":" }) }
        for expected in ["table articles", "table articles_fts", "table countries", "table people",
                         "table person_aliases", "table person_roles", "table meetings", "table meeting_participants",
                         "table meeting_spans", "view meeting_sources", "table aid_commitments", "table aid_spans",
                         "view aid_sources", "table topics",
                         "table meeting_topics", "table article_topics", "view meeting_list", "view aid_list",
                         "index meeting_participants_person_meeting", "index person_aliases_alias_folded",
                         "index people_surname_folded", "index aid_commitments_by_date"] {
            #expect(names.contains(Substring(expected)), "missing \(expected)")
        }
    }

    @Test("Migrating again is a no-op")
    func rerunIsNoOp() throws {
        let path = directory.path("kb.sqlite")
        _ = try KnowledgeBase.open(path: path)
        let before = try schema(path)
        let database = try Database(path: path)
        #expect(try Migrator.embedded.migrate(database) == [])
        _ = try KnowledgeBase.open(path: path)
        #expect(try schema(path) == before)
        #expect(try database.userVersion() == Migrator.embedded.newestVersion)
    }

    @Test("A database written by a newer attache is refused and left unchanged")
    func refusesNewerDatabase() throws {
        let path = directory.path("future.sqlite")
        do {
            let database = try Database(path: path)
            try database.execute("CREATE TABLE future (x)")
            try database.execute("PRAGMA user_version = 999")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.open(path: path) }
        #expect(error == .newerSchema(path: path, version: 999, known: Migrator.embedded.newestVersion))
        #expect(error?.description == "\(path): the database was written by a newer attache "
            + "(schema version 999, this binary knows up to \(Migrator.embedded.newestVersion))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.openForReading(path: path) }
    }

    @Test("A failing migration leaves the previous one committed and nothing of its own")
    func failingMigrationRollsBack() throws {
        let migrator = Migrator(migrations: [
            Migration(version: 1, name: "people", sql: "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Arthur');"),
            Migration(version: 2, name: "broken", sql: """
                CREATE TABLE pets (name TEXT);
                INSERT INTO pets VALUES ('Rex');
                INSERT INTO no_such_table VALUES (1);
                """),
        ])
        let path = directory.path("kb.sqlite")
        let database = try Database(path: path)
        let error = #expect(throws: SQLiteError.self) { try migrator.migrate(database) }
        #expect(error?.sql == "INSERT INTO no_such_table VALUES (1);")
        #expect(try database.userVersion() == 1)
        #expect(try database.prepare("SELECT name FROM people").rows { $0.text(at: 0) } == ["Arthur"])
        #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'pets'") == 0)
        #expect(database.isAutocommit)
    }

    @Test("A file that is not a database is refused at open and left unchanged")
    func refusesJPEG() throws {
        var jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        jpeg += (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = try directory.write("photo.jpg", jpeg)
        let error = #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.open(path: path) }
        let reason = error?.reason.lowercased() ?? ""
        #expect(reason == "file is not a database" || reason == "file is encrypted or is not a database")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(jpeg))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("Opening for reading needs an existing, migrated file and creates nothing")
    func readOnlyOpen() throws {
        let missing = directory.path("missing.sqlite")
        #expect(throws: KnowledgeBaseError.missing(path: missing)) { try KnowledgeBase.openForReading(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))

        let empty = try directory.write("empty.sqlite", [UInt8]())
        #expect(throws: KnowledgeBaseError.olderSchema(path: empty, version: 0, known: Migrator.embedded.newestVersion)) {
            try KnowledgeBase.openForReading(path: empty)
        }
        _ = try KnowledgeBase.open(path: empty)
        #expect(try KnowledgeBase.openForReading(path: empty).schemaVersion() == Migrator.embedded.newestVersion)
    }
}
