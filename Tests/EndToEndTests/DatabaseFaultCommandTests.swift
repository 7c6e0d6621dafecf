import Foundation
import SQLite
import Testing

/// Knowledge base files attache cannot use: each is one line on stderr, exit 3, and no change.
@Suite("attache and a knowledge base it cannot use", .tags(.large))
final class DatabaseFaultCommandTests {
    let workspace = Workspace()

    /// A real knowledge base holding the seed article, as `kb.sqlite`.
    private func knowledgeBase(_ name: String = "kb.sqlite") throws -> Data {
        try workspace.copySeed()
        try FileManager.default.createDirectory(atPath: workspace.path(name).components(separatedBy: "/").dropLast().joined(separator: "/"),
                                                withIntermediateDirectories: true)
        let run = try workspace.attache("ingest", "--db", name, "seed.txt")
        #expect(run.status == 0, "\(run)")
        // Fold the WAL into the file, so that its bytes are the whole database.
        try Database(path: workspace.path(name)).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return try workspace.bytes(name)
    }

    private func writeArticle() throws {
        try workspace.write("new.txt", "date 2023-01-10 Norwegian Foreign Minister Ingrid Solberg met Polish Foreign "
            + "Minister Tomasz Nowicki in Warsaw on Tuesday.")
    }

    @Test("A text file given as --db: 'file is not a database', exit 3, unchanged, for ingest and queries")
    func notADatabase() throws {
        let text = String(repeating: "These are my notes, not a database. ", count: 200)
        try workspace.write("notes.sqlite", text)
        try writeArticle()
        for arguments in [["ingest", "--db", "notes.sqlite", "new.txt"], ["meetings", "--db", "notes.sqlite"], ["aid", "--db", "notes.sqlite"]] {
            let run = try workspace.attache(arguments)
            #expect(run.status == 3, "\(run)")
            #expect(run.stderr == "attache: notes.sqlite: file is not a database\n", "\(run)")
        }
        #expect(try workspace.bytes("notes.sqlite") == Data(text.utf8))
        #expect(!workspace.exists("notes.sqlite-wal"))
    }

    @Test("A truncated knowledge base: 'malformed', exit 3, and the file is left as it was", arguments: [0.5, 0.9])
    func truncated(fraction: Double) throws {
        let whole = try knowledgeBase()
        let cut = whole.prefix(Int(Double(whole.count) * fraction) / 4096 * 4096 + 100)
        try workspace.write("kb.sqlite", Array(cut))
        try writeArticle()
        for arguments in [["ingest", "--db", "kb.sqlite", "new.txt"], ["meetings", "--db", "kb.sqlite"]] {
            let run = try workspace.attache(arguments)
            #expect(run.status == 3, "\(run)")
            #expect(run.stderrLines.last?.hasSuffix("database disk image is malformed") == true, "\(run)")
            #expect(run.stderrLines.allSatisfy { !$0.hasPrefix("added") }, "\(run)")
        }
        #expect(try workspace.bytes("kb.sqlite") == cut)
    }

    @Test("A knowledge base from a newer attache is refused by queries too, unchanged")
    func newerSchemaQueries() throws {
        _ = try knowledgeBase()
        try Database(path: workspace.path("kb.sqlite")).execute("PRAGMA user_version = 99")
        let before = try workspace.bytes("kb.sqlite")
        let run = try workspace.attache("meetings", "--db", "kb.sqlite")
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("attache: kb.sqlite: the database was written by a newer attache (schema version 99"))
        #expect(try workspace.bytes("kb.sqlite") == before)
    }

    @Test("A write lock held past the 5 s busy timeout: the article in flight is rolled back, the batch stops, exit 3")
    func lockHeld() throws {
        _ = try knowledgeBase()
        try writeArticle()
        try workspace.write("later.txt", "date 2023-01-11 Kenyan President Wanjiru Kamau met Irish Prime Minister Niamh Gallagher.")
        // Another writer, here this test, holds the lock for longer than attache waits.
        let other = try Database(path: workspace.path("kb.sqlite"))
        try other.execute("BEGIN IMMEDIATE")
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "new.txt", "later.txt")
        try other.execute("ROLLBACK")
        #expect(run.status == 3, "\(run)")
        #expect(run.stderrLines == [
            "error  new.txt: not written to kb.sqlite: another process held the database's write lock for longer than 5.0 seconds; "
                + "the article was rolled back, nothing of it is stored",
            "total  1 input into kb.sqlite, stopped by a database error: 0 added, 0 known, 1 failed; "
                + "0 meetings, 0 aid commitments, 0 new people",
        ])
        #expect(try other.scalarInt("SELECT count(*) FROM articles") == 1)
    }

    @Test("A read-only knowledge base file is refused before any article is read, unchanged; queries still work",
          .enabled(if: Unprivileged.canDropPrivileges, "running as root without setpriv: root writes any file whatever its mode"))
    func readOnlyFile() throws {
        let before = try knowledgeBase()
        try writeArticle()
        #expect(chmod(workspace.path("kb.sqlite"), 0o444) == 0)
        try Unprivileged.share(workspace)
        let run = try Unprivileged.attache(workspace, ["ingest", "--db", "kb.sqlite", "new.txt"])
        #expect(run.status == 3, "\(run)")
        #expect(run.stderr == "attache: kb.sqlite: read-only: attache cannot write to this file or its folder "
            + "(SQLite keeps its -wal and -shm files beside the database)\n")
        #expect(try workspace.bytes("kb.sqlite") == before)
        let query = try Unprivileged.attache(workspace, ["meetings", "--db", "kb.sqlite", "--format", "jsonl"])
        #expect(query.status == 0, "\(query)")
        #expect(query.stdoutLines.count == 2)
    }

    @Test("A read-only folder: a new knowledge base cannot be created there, an existing one is not changed",
          .enabled(if: Unprivileged.canDropPrivileges, "running as root without setpriv: root writes any folder whatever its mode"))
    func readOnlyFolder() throws {
        let before = try knowledgeBase("locked/kb.sqlite")
        try writeArticle()
        try Unprivileged.share(workspace)
        #expect(chmod(workspace.path("locked"), 0o555) == 0)
        #expect(chmod(workspace.path("locked/kb.sqlite"), 0o666) == 0)
        defer { _ = chmod(workspace.path("locked"), 0o755) }

        let create = try Unprivileged.attache(workspace, ["ingest", "--db", "locked/other.sqlite", "new.txt"])
        #expect(create.status == 3, "\(create)")
        #expect(create.stderr == "attache: locked/other.sqlite: unable to open or create the file "
            + "(does its folder exist, and may attache write there?)\n")
        #expect(!workspace.exists("locked/other.sqlite"))

        let existing = try Unprivileged.attache(workspace, ["ingest", "--db", "locked/kb.sqlite", "new.txt"])
        #expect(existing.status == 3, "\(existing)")
        #expect(existing.stderr.hasPrefix("attache: locked/kb.sqlite: read-only: "), "\(existing)")
        #expect(try workspace.bytes("locked/kb.sqlite") == before)
    }
}
