import Foundation
import SQLite
import Testing

@Suite("attache ingest", .tags(.large))
final class IngestCommandTests {
    let workspace = Workspace()

    private func articleCount(_ name: String) throws -> Int64? {
        try Database(path: workspace.path(name), mode: .readOnly).scalarInt("SELECT count(*) FROM articles")
    }

    @Test("The seed article is added to ./attache.sqlite; ingesting it again adds nothing")
    func ingestSeedTwice() throws {
        try workspace.copySeed()
        let first = try workspace.attache("ingest", "seed.txt")
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == "")
        #expect(first.stderrLines.count == 2, "\(first)")
        let added = try #require(first.stderrLines.first)
        #expect(added.hasPrefix("added  seed.txt: "))
        #expect(added.range(of: #"^added  seed\.txt: \d+ (person|people), \d+ meetings?, \d+ aid$"#, options: .regularExpression) != nil)
        #expect(first.stderrLines.last?.hasPrefix("total  1 input into attache.sqlite: 1 added, 0 known, 0 failed; ") == true)
        #expect(workspace.exists("attache.sqlite"))

        let again = try workspace.attache("ingest", "seed.txt")
        #expect(again.status == 0)
        #expect(again.stderr == """
            known  seed.txt: already in the knowledge base, nothing added
            total  1 input into attache.sqlite: 0 added, 1 known, 0 failed; 0 meetings, 0 aid commitments, 0 new people

            """)
        #expect(try articleCount("attache.sqlite") == 1)
    }

    @Test("A missing path is one line naming it, and exit 1")
    func missingPath() throws {
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "no/such/article.txt")
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "error  no/such/article.txt: no such file or directory",
            "total  1 input into kb.sqlite: 0 added, 0 known, 1 failed; 0 meetings, 0 aid commitments, 0 new people",
        ])
    }

    @Test("An empty file and a Latin-1 file fail one line each; the good file in the batch is still ingested")
    func badFilesInBatch() throws {
        try workspace.write("batch/1-empty.txt", [UInt8]())
        try workspace.write("batch/2-latin1.txt", Array("date 2022-05-19 Le ministre a visit".utf8) + [0xE9] + Array(" Paris.".utf8))
        try workspace.copySeed(as: "batch/3-good.txt")
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "batch")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.count == 4, "\(run)")
        #expect(run.stderrLines[0] == "error  batch/1-empty.txt: empty: no text to read")
        #expect(run.stderrLines[1] == "error  batch/2-latin1.txt: not valid UTF-8 (bad byte at offset 35)")
        #expect(run.stderrLines[2].hasPrefix("added  batch/3-good.txt: "))
        #expect(run.stderrLines[3].hasPrefix("total  3 inputs into kb.sqlite: 1 added, 0 known, 2 failed; "))
        #expect(try articleCount("kb.sqlite") == 1)
    }

    @Test("A JPEG given as --db is one line and exit 3, and the file is unchanged")
    func jpegDatabase() throws {
        var jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        jpeg += (0..<8000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) } + [0xFF, 0xD9]
        try workspace.write("photo.jpg", jpeg)
        try workspace.copySeed()
        for arguments in [["ingest", "--db", "photo.jpg", "seed.txt"], ["meetings", "--db", "photo.jpg", "--person", "Gantz"],
                          ["aid", "--db", "photo.jpg"]] {
            let run = try workspace.attache(arguments)
            #expect(run.status == 3, "\(run)")
            #expect(run.stderrLines.count == 1, "\(run)")
            let line = run.stderr.lowercased()
            #expect(line == "attache: photo.jpg: file is not a database\n"
                || line == "attache: photo.jpg: file is encrypted or is not a database\n", "\(run)")
            #expect(run.stdout == "")
        }
        #expect(try workspace.bytes("photo.jpg") == Data(jpeg))
        #expect(!workspace.exists("photo.jpg-wal"))
    }

    @Test("A database from a newer attache is refused in one line with exit 3, unchanged")
    func newerDatabase() throws {
        do {
            let database = try Database(path: workspace.path("future.sqlite"))
            try database.execute("PRAGMA user_version = 999")
        }
        let before = try workspace.bytes("future.sqlite")
        try workspace.copySeed()
        let run = try workspace.attache("ingest", "--db", "future.sqlite", "seed.txt")
        #expect(run.status == 3)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.hasPrefix("attache: future.sqlite: the database was written by a newer attache (schema version 999, "
            + "this binary knows up to "))
        #expect(try workspace.bytes("future.sqlite") == before)
    }

    @Test("--db wins over ATTACHE_DB, which wins over ./attache.sqlite")
    func databasePathResolution() throws {
        try workspace.copySeed()
        let fromEnvironment = try workspace.attache("ingest", "seed.txt", environment: ["ATTACHE_DB": "env.sqlite"])
        #expect(fromEnvironment.stderrLines.last?.hasPrefix("total  1 input into env.sqlite: 1 added, 0 known, 0 failed; ") == true)
        let fromOption = try workspace.attache("ingest", "--db", "option.sqlite", "seed.txt", environment: ["ATTACHE_DB": "env.sqlite"])
        #expect(fromOption.stderrLines.last?.hasPrefix("total  1 input into option.sqlite: 1 added, 0 known, 0 failed; ") == true)
        #expect(workspace.exists("env.sqlite") && workspace.exists("option.sqlite") && !workspace.exists("attache.sqlite"))
    }

    @Test("Standard input is read with -, and --date supplies its date")
    func standardInput() throws {
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "--date", "2024-03-01", "-",
                                        stdin: "The foreign ministers met in Geneva.")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines.first?.hasPrefix("added  <stdin>: ") == true)
        let date = try Database(path: workspace.path("kb.sqlite")).scalarText("SELECT published_on FROM articles")
        #expect(date == "2024-03-01")
    }

    @Test("Usage errors exit 2", arguments: [
        ["ingest"],
        ["ingest", "--date", "2022-13-01", "x.txt"],
        ["ingest", "--max-bytes", "0", "x.txt"],
        ["meetings", "--format", "xml"],
        ["Austin"],
    ])
    func usageErrors(arguments: [String]) throws {
        let run = try workspace.attache(arguments)
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("Error: "), "\(run)")
        #expect(!workspace.exists("attache.sqlite"))
    }
}
