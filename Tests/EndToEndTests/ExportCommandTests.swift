import Foundation
import KnowledgeBase
import SQLite
import Testing

/// `attache export`: JSON Lines to stdout or a file, one CSV per table into a folder.
@Suite("attache export", .tags(.large))
final class ExportCommandTests {
    let workspace = Workspace()

    init() throws {
        try SampleKnowledgeBase.write(to: workspace.path("kb.sqlite"))
    }

    /// Each table of the knowledge base with its number of rows, read through the SQLite layer.
    private func tableCounts() throws -> [String: Int] {
        let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
        let names = try database.prepare("""
            SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%'
              AND name <> 'fts_deferred'
            """).rows { $0.text(at: 0) ?? "" }
        var counts: [String: Int] = [:]
        for name in names { counts[name] = Int(try database.scalarInt("SELECT count(*) FROM \"\(name)\"") ?? 0) }
        return counts
    }

    @Test("jsonl: one object per row of every table, its first key the table, values typed")
    func jsonLines() throws {
        let run = try workspace.attache("export", "--db", "kb.sqlite")
        #expect(run.status == 0, "\(run)")
        var counts: [String: Int] = [:]
        for line in run.stdoutLines {
            #expect(line.hasPrefix(#"{"table":""#))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            counts[object["table"] as? String ?? "", default: 0] += 1
        }
        let expected = try tableCounts()
        #expect(counts == expected.filter { $0.value > 0 })
        #expect(expected.keys.contains("meetings") && !expected.keys.contains { $0.hasPrefix("articles_fts") })
        #expect(run.stdout.contains(#"{"table":"aid_commitments","id":2,"donor":"TR","recipient":"UA","amount":9000000000,"#
            + #""currency":"USD","kind":"humanitarian","date":"2022-06-09","date_precision":"day","cumulative":1,"amount_text":"$9 billion"}"#))
        #expect(run.stdout.contains(#""body":"Blinken and Çavuşoğlu spoke by video on Friday. They had met in Rome last month."#))
        // Tables come in the order the schema made them, so a table follows those it refers to.
        let order = run.stdoutLines.compactMap { $0.split(separator: "\"").dropFirst(3).first.map(String.init) }
        #expect(order.firstIndex(of: "articles")! < order.firstIndex(of: "meeting_spans")!)
        #expect(order.firstIndex(of: "people")! < order.firstIndex(of: "meeting_participants")!)

        let file = try workspace.attache("export", "--db", "kb.sqlite", "--output", "kb.jsonl")
        #expect(file.status == 0)
        #expect(file.stdout == "")
        #expect(String(decoding: try workspace.bytes("kb.jsonl"), as: UTF8.self) == run.stdout)
    }

    @Test("csv: one file per table with a header row, every row, RFC 4180")
    func csvFolder() throws {
        let run = try workspace.attache("export", "--db", "kb.sqlite", "--format", "csv", "--output", "out/csv")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "")
        let counts = try tableCounts()
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path("out/csv")).sorted()
        #expect(files == counts.keys.map { $0 + ".csv" }.sorted())
        for (table, count) in counts {
            let text = String(decoding: try workspace.bytes("out/csv/\(table).csv"), as: UTF8.self)
            // Bodies hold no line breaks here, so every record is one line.
            #expect(text.components(separatedBy: "\r\n").count == count + 2, "\(table)")
        }
        let meetings = String(decoding: try workspace.bytes("out/csv/meetings.csv"), as: UTF8.self)
        // With each meeting's sketch of its countries (migration 0009).
        #expect(meetings == "id,date,date_precision,location,location_country,mode,status,country_bits\r\n"
            + "1,2022-06-08,day,Rome,IT,in_person,held,1074036752\r\n2,2022-08-01,month,,,call,planned,1074036736\r\n"
            + "3,2022-07-01,day,,,video,held,1074036736\r\n")
        let articles = String(decoding: try workspace.bytes("out/csv/articles.csv"), as: UTF8.self)
        #expect(articles.contains(#"Ankara pledged $1.5 billion, ""urgently"". "#))
    }

    @Test("csv needs a folder; an output that cannot be written is one line, exit 1")
    func badOutput() throws {
        let noFolder = try workspace.attache("export", "--db", "kb.sqlite", "--format", "csv")
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("--output DIR"), "\(noFolder)")
        #expect(try workspace.attache("export", "--db", "kb.sqlite", "--format", "table").status == 2)
        let nowhere = try workspace.attache("export", "--db", "kb.sqlite", "--output", "no/such/folder/kb.jsonl")
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.hasPrefix("attache: no/such/folder/kb.jsonl: cannot create the file"), "\(nowhere)")
        // The file is written in place, as `>` would: a link is followed, not replaced.
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.jsonl"), withDestinationPath: "target.jsonl")
        #expect(try workspace.attache("export", "--db", "kb.sqlite", "--output", "link.jsonl").status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("link.jsonl")) == "target.jsonl")
        #expect(try workspace.bytes("target.jsonl").count > 1000)
        try workspace.write("taken", "a file, not a folder")
        let taken = try workspace.attache("export", "--db", "kb.sqlite", "--format", "csv", "--output", "taken")
        #expect(taken.status == 1, "\(taken)")
        #expect(taken.stderrLines.count == 1)
        #expect(taken.stderr.hasPrefix("attache: taken"))
    }

    @Test("A full disk is one line and exit 1, for export --output and for any command's stdout",
          .enabled(if: Self.fullDevice, "needs /dev/full"))
    func fullDisk() throws {
        let export = try workspace.attache("export", "--db", "kb.sqlite", "--output", "/dev/full")
        #expect(export.status == 1)
        #expect(export.stderr == "attache: /dev/full: cannot write: No space left on device\n")
        let binary = try #require(Workspace.binary)
        for command in ["meetings", "export", "stats --format json"] {
            let run = try workspace.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$0\" \(command) --db kb.sqlite > /dev/full", binary.path])
            #expect(run.status == 1, "\(command): \(run)")
            #expect(run.stderr.hasSuffix(": cannot write: No space left on device\n"), "\(command): \(run)")
            #expect(run.stderrLines.count == 1)
        }
    }

    /// /dev/full is the character device whose every write fails with ENOSPC (Linux).
    static let fullDevice: Bool = {
        var status = stat()
        return stat("/dev/full", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR
    }()
}
