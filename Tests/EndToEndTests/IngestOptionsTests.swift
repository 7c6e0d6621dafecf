import Foundation
import SQLite
import Testing

@Suite("attache ingest: --dry-run, the summary and the progress line", .tags(.large))
final class IngestOptionsTests {
    let workspace = Workspace()

    /// `count` distinct articles, one JSON line each, as `batch.jsonl`.
    private func writeBatch(_ count: Int) throws {
        let lines = try (0..<count).map { n in
            let record = ["text": "Norwegian Foreign Minister Ingrid Solberg met Polish Foreign Minister Tomasz Nowicki in Oslo "
                + "on Tuesday. Report \(n).", "date": "2023-01-10"]
            return String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        }
        try workspace.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test("--jobs and --batch-size change neither the lines, nor their input order, nor what is stored",
          arguments: [["--jobs", "1"], ["--jobs", "4", "--batch-size", "3"], ["--jobs", "2", "--batch-size", "1"]])
    func jobsAndBatches(_ options: [String]) throws {
        try writeBatch(40)
        // A bad line and a repeated one among the good: each reported in its place.
        var lines = try String(decoding: workspace.bytes("batch.jsonl"), as: UTF8.self).split(separator: "\n").map(String.init)
        lines.insert("{not json", at: 7)
        lines.insert(lines[3], at: 20)
        try workspace.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try workspace.attache(["ingest", "--db", "kb.sqlite"] + options + ["batch.jsonl"])
        #expect(run.status == 1, "\(run)")
        let reported = run.stderrLines.dropLast().map { $0.prefix(while: { $0 != ":" }) + ":" + $0.split(separator: ":")[1] }
        #expect(reported.count == 42)
        for (index, line) in reported.enumerated() {
            let kind = index == 7 ? "error" : index == 20 ? "known" : "added"
            #expect(line == "\(kind)  batch.jsonl:\(index + 1)", "\(run)")
        }
        #expect(run.stderrLines.last?.hasPrefix("total  42 inputs into kb.sqlite: 40 added, 1 known, 1 failed; ") == true, "\(run)")
        #expect(try Database(path: workspace.path("kb.sqlite")).scalarInt("SELECT count(*) FROM articles") == 40)
    }

    @Test("--dry-run extracts and reports what would be added, and creates no database")
    func dryRunCreatesNothing() throws {
        try workspace.copySeed()
        try workspace.write("empty.txt", "")
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "--dry-run", "seed.txt", "empty.txt")
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout == "")
        #expect(run.stderrLines == [
            "new    seed.txt: 7 people, 2 meetings, 1 aid",
            "error  empty.txt: empty: no text to read",
            "total  2 inputs, dry run, kb.sqlite unchanged: 1 new, 0 known, 1 failed; 2 meetings, 1 aid commitment, 7 people found",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).filter { $0.hasPrefix("kb.sqlite") } == [])
    }

    @Test("--dry-run on an existing knowledge base tells known articles from new, and changes nothing")
    func dryRunOnExistingKnowledgeBase() throws {
        try workspace.copySeed()
        #expect(try workspace.attache("ingest", "--db", "kb.sqlite", "seed.txt").status == 0)
        try Database(path: workspace.path("kb.sqlite")).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let before = try workspace.bytes("kb.sqlite")
        try workspace.write("new.txt", "date 2023-01-10 Japanese Prime Minister Haruto Sakamoto met Kenyan President Wanjiru Kamau.")
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "--dry-run", "seed.txt", "new.txt")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines.first == "known  seed.txt: already in the knowledge base")
        #expect(run.stderrLines.dropFirst().first?.hasPrefix("new    new.txt: ") == true)
        #expect(run.stderrLines.last?.hasPrefix("total  2 inputs, dry run, kb.sqlite unchanged: 1 new, 1 known, 0 failed; ") == true)
        #expect(try workspace.bytes("kb.sqlite") == before)
        #expect(try Database(path: workspace.path("kb.sqlite")).scalarInt("SELECT count(*) FROM articles") == 1)
    }

    @Test("The summary counts what was added: articles new, known and failed; meetings, aid and new people")
    func summaryMatchesTheDatabase() throws {
        try workspace.copySeed()
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "seed.txt", "seed.txt", "missing.txt")
        #expect(run.status == 1)
        #expect(run.stderrLines.last
            == "total  3 inputs into kb.sqlite: 1 added, 1 known, 1 failed; 2 meetings, 1 aid commitment, 7 new people")
        let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
        #expect(try database.scalarInt("SELECT count(*) FROM meetings") == 2)
        #expect(try database.scalarInt("SELECT count(*) FROM aid_commitments") == 1)
        #expect(try database.scalarInt("SELECT count(*) FROM people") == 7)
    }

    @Test("A large batch on a terminal shows a progress line (done/total, articles/s) instead of a line per article",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func progressOnATerminal() throws {
        try writeBatch(120)
        let binary = try #require(Workspace.binary)
        // script(1) gives the command a terminal; stdout goes to /dev/null, so what it records is stderr.
        let run = try workspace.run(URL(fileURLWithPath: "/usr/bin/script"),
                                    ["-qec", "\(binary.path) ingest --db kb.sqlite batch.jsonl >/dev/null", "/dev/null"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("\r\u{1B}[Kingesting 120/120 (100%), "), "\(run)")
        #expect(run.stdout.range(of: #"ingesting \d+/120 \(\d+%\), \d+\.\d articles/s"#, options: .regularExpression) != nil)
        #expect(!run.stdout.contains("added  "), "\(run)")
        #expect(run.stdout.hasSuffix("\r\u{1B}[Ktotal  120 inputs into kb.sqlite: 120 added, 0 known, 0 failed; "
            + "120 meetings, 0 aid commitments, 2 new people\r\n"), "\(run)")
    }

    @Test("Off a terminal there is no progress line: one plain line per article, then the total")
    func noProgressOffATerminal() throws {
        try writeBatch(120)
        let run = try workspace.attache("ingest", "--db", "kb.sqlite", "batch.jsonl")
        #expect(run.status == 0)
        #expect(!run.stderr.contains("\r") && !run.stderr.contains("\u{1B}"))
        #expect(run.stderrLines.count == 121)
        #expect(run.stderrLines.dropLast().allSatisfy { $0.hasPrefix("added  batch.jsonl:") })
    }
}
