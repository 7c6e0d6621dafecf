import Foundation
import Testing

@Suite("attache extract", .tags(.large))
final class ExtractCommandTests {
    let workspace = Workspace()

    @Test("Prints one JSON object per article, in input order, with the article's date")
    func jsonLines() throws {
        try workspace.copySeed()
        try workspace.write("second.txt", "date 2023-01-02\ntitle Talks\n\nThe ministers spoke by phone.")
        let run = try workspace.attache("extract", "seed.txt", "second.txt")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        let objects = try run.stdoutLines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 2)
        #expect(objects.map { $0["source"] as? String } == ["seed.txt", "second.txt"])
        #expect(objects.map { $0["date"] as? String } == ["2022-05-19", "2023-01-02"])
        #expect(objects[1]["title"] as? String == "Talks")
        for object in objects {
            #expect(object["people"] is [Any] && object["meetings"] is [Any] && object["aid"] is [Any])
        }
        // Keys are sorted, so the output is byte-for-byte deterministic.
        #expect(run.stdoutLines.allSatisfy { $0.hasPrefix(#"{"aid":["#) })
        #expect(try workspace.attache("extract", "seed.txt", "second.txt").stdout == run.stdout)
        #expect(!workspace.exists("attache.sqlite"))
    }

    @Test("--format json prints an array, one object per line; [] when nothing was read")
    func jsonArrayFormat() throws {
        try workspace.copySeed()
        try workspace.copySeed(as: "copy.txt")
        let run = try workspace.attache("extract", "--format", "json", "seed.txt", "copy.txt")
        #expect(run.status == 0)
        #expect(try jsonArray(run.stdout).count == 2)
        #expect(run.stdoutLines.count == 2)
        #expect(run.stdout.hasPrefix("[{") && run.stdout.hasSuffix("}]\n"))
        let empty = try workspace.attache("extract", "--format", "json", "missing.txt")
        #expect(empty.stdout == "[]\n")
        #expect(empty.status == 1)
    }

    @Test("A bad input is one line on stderr naming it; the others are still printed; exit 1")
    func badInput() throws {
        try workspace.copySeed()
        try workspace.write("nodate.txt", "No header and no date here.")
        let run = try workspace.attache("extract", "missing.txt", "seed.txt", "nodate.txt")
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "attache: missing.txt: no such file or directory",
            "attache: nodate.txt: no publication date: add a `date YYYY-MM-DD` header or pass --date",
        ])
        #expect(run.stdoutLines.count == 1)
    }
}
