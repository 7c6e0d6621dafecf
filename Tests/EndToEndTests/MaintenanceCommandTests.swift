import Foundation
import KnowledgeBase
import SQLite
import Testing

/// `attache stats`, `attache db check` and `attache db migrate`, in every format.
@Suite("attache stats, db check and db migrate", .tags(.large))
final class MaintenanceCommandTests {
    let workspace = Workspace()

    init() throws {
        try SampleKnowledgeBase.write(to: workspace.path("kb.sqlite"))
    }

    @Test("stats: counts, date ranges, schema version and size")
    func stats() throws {
        let json = try workspace.attache("stats", "--db", "kb.sqlite", "--format", "json")
        #expect(json.status == 0, "\(json)")
        let object = try #require(try jsonArray(json.stdout).first)
        let size = try #require(object["size_bytes"] as? Int)
        let version = Migrator.embedded.newestVersion
        #expect(json.stdout == """
            [{"articles":2,"people":3,"meetings":3,"aid_commitments":4,"topics":3,"meeting_reports":4,"aid_reports":4,\
            "first_article":"2022-06-10","last_article":"2022-07-02","first_meeting":"2022-06-08","last_meeting":"2022-08-01",\
            "first_aid":"2022-06-01","last_aid":"2022-07-01","schema_version":\(version),"size_bytes":\(size)}]

            """)
        #expect(size > 4096)
        let table = try workspace.attache("stats", "--db", "kb.sqlite")
        #expect(table.stdout.hasPrefix("""
            field            value
            ---------------  ----------
            articles         2
            people           3
            meetings         3
            aid_commitments  4
            """))
        let csv = try workspace.attache("stats", "--db", "kb.sqlite", "--format", "csv")
        #expect(csv.stdout.hasPrefix("articles,people,meetings,aid_commitments,topics,meeting_reports,aid_reports,first_article,"))
        #expect(csv.stdout.contains("\r\n2,3,3,4,3,4,4,2022-06-10,2022-07-02,2022-06-08,2022-08-01,2022-06-01,2022-07-01,"))
        #expect(try workspace.attache("stats", "--db", "kb.sqlite", "--format", "jsonl").stdoutLines.count == 1)
    }

    @Test("stats on an empty knowledge base: zero counts and null dates")
    func emptyStats() throws {
        _ = try KnowledgeBase.open(path: workspace.path("empty.sqlite"))
        let run = try workspace.attache("stats", "--db", "empty.sqlite", "--format", "jsonl")
        #expect(run.stdout.hasPrefix(#"{"articles":0,"people":0,"meetings":0,"aid_commitments":0,"topics":0,"meeting_reports":0,"#
            + #""aid_reports":0,"first_article":null,"last_article":null,"first_meeting":null,"last_meeting":null,"first_aid":null,"#
            + #""last_aid":null,"#))
    }

    @Test("db check: a sound file passes every check, exit 0")
    func checkPasses() throws {
        let version = Migrator.embedded.newestVersion
        let table = try workspace.attache("db", "check", "--db", "kb.sqlite")
        #expect(table.status == 0, "\(table)")
        // The detail column is as wide as its longest value, "N, the newest".
        #expect(table.stdout == """
            check              ok   detail
            -----------------  ---  \(String(repeating: "-", count: "\(version), the newest".count))
            integrity_check    yes  ok
            foreign_key_check  yes  ok
            schema_version     yes  \(version), the newest

            """)
        let json = try workspace.attache("db", "check", "--db", "kb.sqlite", "--format", "jsonl")
        #expect(json.stdoutLines == [
            #"{"check":"integrity_check","ok":true,"detail":"ok"}"#,
            #"{"check":"foreign_key_check","ok":true,"detail":"ok"}"#,
            #"{"check":"schema_version","ok":true,"detail":"\#(version), the newest"}"#,
        ])
    }

    @Test("db check: a dangling reference and a damaged index are each a row, a one-line summary, exit 3; nothing changes")
    func checkFindsProblems() throws {
        do {
            let database = try Database(path: workspace.path("kb.sqlite"))
            try database.execute("PRAGMA foreign_keys = OFF")
            try database.execute("INSERT INTO meeting_participants (meeting_id, person_id, principal, position) VALUES (1, 999, 0, 9)")
            // An index whose definition no longer matches its entries, as a damaged file would hold.
            try database.execute("PRAGMA writable_schema = ON")
            try database.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX meetings_date ON meetings(location)' WHERE name = 'meetings_date'")
        }
        let before = try workspace.bytes("kb.sqlite")
        let run = try workspace.attache("db", "check", "--db", "kb.sqlite", "--format", "csv")
        #expect(run.status == 3, "\(run)")
        #expect(run.stdout.hasPrefix("check,ok,detail\r\nintegrity_check,false,row 1 missing from index meetings_date\r\n"), "\(run)")
        #expect(run.stdout.contains("foreign_key_check,false,meeting_participants row "))
        #expect(run.stdout.contains("refers to a missing row of people\r\n"))
        #expect(run.stderr.hasPrefix("attache: kb.sqlite: "), "\(run)")
        #expect(run.stderr.hasSuffix(" problems found\n"))
        #expect(try workspace.bytes("kb.sqlite") == before)
    }

    @Test("db check: a missing file or one that is not a database is one line, exit 3, nothing created")
    func checkUnusable() throws {
        let missing = try workspace.attache("db", "check", "--db", "none.sqlite")
        #expect(missing.status == 3)
        #expect(missing.stderr == "attache: none.sqlite: no knowledge base here yet; create it with `attache ingest`\n")
        #expect(!workspace.exists("none.sqlite"))
        try workspace.write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x41, count: 2000))
        let photo = try workspace.attache("db", "check", "--db", "photo.jpg")
        #expect(photo.status == 3)
        #expect(photo.stderr.lowercased().hasPrefix("attache: photo.jpg: file is not a database"), "\(photo)")
    }

    @Test("db migrate: an older knowledge base is brought up to date; then there is nothing to do")
    func migrate() throws {
        let first = Migrator(migrations: Array(Migrator.embedded.migrations.prefix(1)))
        _ = try KnowledgeBase(path: workspace.path("old.sqlite"), access: .readWrite, migrator: first)
        let check = try workspace.attache("db", "check", "--db", "old.sqlite", "--format", "jsonl")
        #expect(check.status == 3)
        #expect(check.stdoutLines.last?.contains("older than this attache's") == true, "\(check)")
        let newest = Migrator.embedded.newestVersion
        let query = try workspace.attache("meetings", "--db", "old.sqlite")
        #expect(query.status == 3)
        #expect(query.stderr == "attache: old.sqlite: schema version 1 is older than this binary's \(newest); "
            + "upgrade it with `attache db migrate`\n")
        let applied = Migrator.embedded.migrations.dropFirst().map { String(format: "%04d_", $0.version) + $0.name }
        let run = try workspace.attache("db", "migrate", "--db", "old.sqlite", "--format", "json")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == #"[{"path":"old.sqlite","from_version":1,"to_version":\#(newest),"applied":["#
            + applied.map { "\"\($0)\"" }.joined(separator: ",") + "]}]\n")
        let again = try workspace.attache("db", "migrate", "--db", "old.sqlite")
        #expect(again.stdout == """
            field         value
            ------------  ----------
            path          old.sqlite
            from_version  \(newest)
            to_version    \(newest)
            applied

            """)
        #expect(try workspace.attache("meetings", "--db", "old.sqlite").status == 0)
        let created = try workspace.attache("db", "migrate", "--db", "new.sqlite", "--format", "csv")
        #expect(created.stdout.hasPrefix("path,from_version,to_version,applied\r\nnew.sqlite,0,\(newest),0001_initial; "))
    }

    @Test("db migrate refuses a file written by a newer attache, unchanged")
    func migrateNewer() throws {
        do {
            let database = try Database(path: workspace.path("kb.sqlite"))
            try database.execute("PRAGMA user_version = 99")
        }
        let before = try workspace.bytes("kb.sqlite")
        let run = try workspace.attache("db", "migrate", "--db", "kb.sqlite")
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("attache: kb.sqlite: the database was written by a newer attache (schema version 99"), "\(run)")
        #expect(try workspace.bytes("kb.sqlite") == before)
    }
}
