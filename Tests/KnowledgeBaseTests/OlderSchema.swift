import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// A database at an older schema version holding what ingest writes today, for the tests of a
/// migration: today's writers speak only the newest schema, so the articles are ingested into a
/// new file and their rows copied into a file migrated to `version` alone.
///
/// Only the tables ingest writes are copied, parents first (the order the older schema created
/// them), each by the columns both schemas have; the older schema's triggers then make its sums,
/// counts and full-text index as they did. A column the newest schema changed is read back as the
/// older one held it (`changed`): a role's unknown country is null again, a participant's flag
/// is 'principal' or 'attendee' again (migration 0008 made them '' and 1 or 0), an article's hash
/// is 64 hex digits again (migration 0010 made it 32 bytes).
enum OlderSchema {
    /// Tables the older schema's triggers fill, or that never hold a committed row.
    private static let derived: Set<String> = [
        "topic_counts", "person_meetings", "aid_day_totals", "aid_month_totals", "aid_party_totals", "fts_deferred",
    ]

    /// Columns the newest schema changed, as a schema older than the migration that changed them
    /// held them (0008, 0010).
    private static let changed = [
        "person_roles.country": (migration: 8, sql: "nullif(country, '')"),
        "meeting_participants.role": (migration: 8, sql: "CASE WHEN principal THEN 'principal' ELSE 'attendee' END"),
        "articles.content_hash": (migration: 10, sql: "lower(hex(content_hash))"),
    ]

    /// How a schema at `version` held `column` of `table`, when a later migration changed it.
    private static func changed(_ table: String, _ column: String, version: Int) -> String? {
        guard let change = changed["\(table).\(column)"], version < change.migration else { return nil }
        return change.sql
    }

    /// An article's hash as 64 lowercase hex digits, whether stored as them (before migration 0010)
    /// or as its 32 bytes (after): for comparing articles across an upgrade.
    static let hexHash = "CASE typeof(content_hash) WHEN 'blob' THEN lower(hex(content_hash)) ELSE content_hash END"

    /// Writes at `path` a database at schema `version` holding `articles` as ingest writes them.
    static func write(_ articles: [Article], version: Int, at path: String, scratch: String) throws {
        let extractor = Extractor()
        do {
            let newest = try KnowledgeBase.open(path: scratch)
            for article in articles { _ = try newest.ingest(article, extractingWith: extractor.extract) }
        }
        let database = try Database(path: path)
        try Migrator(migrations: Array(Migrator.embedded.migrations.prefix(version))).migrate(database)
        try database.execute("ATTACH DATABASE ? AS newest", [.text(scratch)])
        let tables = try database.prepare("""
            SELECT l.name FROM pragma_table_list AS l JOIN sqlite_schema AS s ON s.name = l.name
            WHERE l.schema = 'main' AND l.type = 'table' AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY s.rowid
            """).rows { $0.text(at: 0) ?? "" }
        try database.transaction {
            for table in tables where !derived.contains(table) {
                let older = try database.prepare("SELECT name FROM pragma_table_info(?)").rows([.text(table)]) { $0.text(at: 0) ?? "" }
                let newer = Set(try database.prepare("SELECT name FROM pragma_table_info(?, 'newest')").rows([.text(table)]) {
                    $0.text(at: 0) ?? ""
                })
                let columns = older.filter { newer.contains($0) || Self.changed(table, $0, version: version) != nil }
                let values = columns.map { Self.changed(table, $0, version: version) ?? "\"\($0)\"" }
                // Names from both files' own schemas, quoted as identifiers; no value is spliced in.
                try database.execute("""
                    INSERT INTO main."\(table)" (\(columns.map { "\"\($0)\"" }.joined(separator: ", ")))
                    SELECT \(values.joined(separator: ", ")) FROM newest."\(table)"
                    """)
            }
        }
        try database.execute("DETACH DATABASE newest")
    }

    /// Writes `kb.sqlite` in `directory`: a database at schema `version` holding the fixture set
    /// but its last two articles, which a test ingests into the upgraded file. Returns its path and
    /// the whole fixture set.
    static func writeFixtures(version: Int, in directory: TemporaryDirectory) throws -> (path: String, articles: [Article]) {
        let path = directory.path("kb.sqlite")
        let articles = ResolutionTests.fixtures
        try #require(articles.count >= 8)
        try write(Array(articles.dropLast(2)), version: version, at: path, scratch: directory.path("scratch.sqlite"))
        return (path, articles)
    }

    /// The rows of each of `queries` (each selects one text column), for comparing a database
    /// before and after a migration.
    static func lines(_ queries: [String], in database: Database) throws -> [[String]] {
        try queries.map { sql in try database.prepare(sql).rows { $0.text(at: 0) ?? "NULL" } }
    }
}
