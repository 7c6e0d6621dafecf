import Foundation
import Testing

/// The streaming contract of issue 10: `extract --jsonl` answers each line of a stream at once,
/// and `ingest --facts` loads its output into the same knowledge base a direct ingest builds.
@Suite("attache extract --jsonl and ingest --facts", .tags(.large))
final class FactsStreamTests {
    let workspace = Workspace()

    /// The fixture articles, copied into the workspace as `articles/NAME`, in sorted order.
    private func fixtures() throws -> [String] {
        let folder = Workspace.repository.appendingPathComponent("fixtures/cross-article")
        var names: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            try workspace.write("articles/" + name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
            names.append("articles/" + name)
        }
        try workspace.copySeed(as: "articles/seed.txt")
        return names + ["articles/seed.txt"]
    }

    /// `attache export` of `database`, without the time each article was ingested, which is
    /// the only column that may differ between two ingests of the same articles.
    private func export(_ database: String) throws -> [String] {
        let run = try workspace.attache("export", "--db", database)
        #expect(run.status == 0, "\(run)")
        return run.stdoutLines.map { $0.replacingOccurrences(of: #","ingested_at":"[^"]*""#, with: "", options: .regularExpression) }
    }

    @Test("Extracting each article to a facts file and ingesting the facts gives the export of a direct ingest, in either order")
    func factsFilesEqualDirectIngest() throws {
        let articles = try fixtures()
        var factsFiles: [String] = []
        for article in articles {
            let run = try workspace.attache("extract", "--jsonl", article)
            #expect(run.status == 0 && run.stderr == "", "\(run)")
            try workspace.write(article + ".facts", run.stdout)
            factsFiles.append(article + ".facts")
        }
        for (order, name) in [(Array(articles.indices), "forwards"), (articles.indices.reversed(), "backwards")] {
            let direct = try workspace.attache(["ingest", "--db", "direct-\(name).sqlite"] + order.map { articles[$0] })
            #expect(direct.status == 0, "\(direct)")
            let loaded = try workspace.attache(["ingest", "--facts", "--db", "facts-\(name).sqlite"] + order.map { factsFiles[$0] })
            #expect(loaded.status == 0, "\(loaded)")
            // The same report, line by line, but for the input each line names.
            #expect(loaded.stderrLines.map { $0.replacingOccurrences(of: #"\.facts:1:"#, with: ":", options: .regularExpression) }
                == direct.stderrLines.map { $0.replacingOccurrences(of: "direct-", with: "facts-") })
            let expected = try export("direct-\(name).sqlite")
            #expect(expected.contains { $0.hasPrefix(#"{"table":"meetings""#) })
            #expect(try export("facts-\(name).sqlite") == expected, "\(name)")
        }
    }

    @Test("A JSON Lines stream on stdin: one line out per line in, in order; a bad line is an error object, the stream goes on")
    func streamFromStandardInput() throws {
        let articles = try fixtures()
        var lines: [String] = []
        for article in articles {
            let text = String(decoding: try workspace.bytes(article), as: UTF8.self)
            let date = try #require(text.firstMatch(of: /date (\d{4}-\d{2}-\d{2})/)).1
            let body = text.split(separator: "\n\n", maxSplits: 1).last.map(String.init) ?? text
            let object: [String: Any] = ["date": String(date), "source": article, "text": body]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        }
        let bad = [#"{"date":"2022-13-01","text":"A day that is not."}"#, "[1, 2]", #"{"date":"2022-05-19"}"#]
        let stream = [lines[0], bad[0], lines[1], bad[1]] + lines.dropFirst(2) + [bad[2]]
        try workspace.write("articles.jsonl", stream.joined(separator: "\n") + "\n")

        let run = try workspace.attache(["extract", "--jsonl", "-"], stdin: stream.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run)")
        let answers = try run.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        try #require(answers.count == stream.count)
        let expectedSources: [String?] = [articles[0], nil, articles[1], nil] + articles.dropFirst(2).map { $0 } + [nil]
        #expect(answers.map { $0["source"] as? String } == expectedSources)
        #expect(answers[1]["error"] as? String == #"invalid publication date "2022-13-01": not a real YYYY-MM-DD day"#)
        #expect(answers[1]["input"] as? String == "<stdin>:2")
        #expect(answers[3]["error"] as? String == "malformed JSON: not a JSON object")
        #expect(answers.last?["error"] as? String == #"malformed JSON: no "text" string field"#)
        #expect(run.stderrLines == [
            #"attache: <stdin>:2: invalid publication date "2022-13-01": not a real YYYY-MM-DD day"#,
            "attache: <stdin>:4: malformed JSON: not a JSON object",
            #"attache: <stdin>:\#(stream.count): malformed JSON: no "text" string field"#,
        ])
        // Every answer is the facts object of `extract` (the contract the evaluation reads) plus the body.
        let plain = try workspace.attache("extract", "articles.jsonl")
        let plainObjects = try plain.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let facts = answers.filter { $0["error"] == nil }
        #expect(facts.map { NSDictionary(dictionary: $0.filter { $0.key != "body" }) } == plainObjects.map { NSDictionary(dictionary: $0) })
        #expect(facts.allSatisfy { ($0["body"] as? String)?.isEmpty == false })

        // The answers, fed to `ingest --facts` on stdin, give what ingesting the stream gives.
        let loaded = try workspace.attache(["ingest", "--facts", "--db", "facts.sqlite", "-"], stdin: run.stdout)
        #expect(loaded.status == 1, "\(loaded)")
        #expect(loaded.stderrLines.filter { $0.hasPrefix("error") } == [
            #"error  <stdin>:2: not extracted (<stdin>:2): invalid publication date "2022-13-01": not a real YYYY-MM-DD day"#,
            "error  <stdin>:4: not extracted (<stdin>:4): malformed JSON: not a JSON object",
            #"error  <stdin>:\#(stream.count): not extracted (<stdin>:\#(stream.count)): malformed JSON: no "text" string field"#,
        ])
        #expect(try workspace.attache("ingest", "--db", "direct.sqlite", "articles.jsonl").status == 1)
        #expect(try export("facts.sqlite") == export("direct.sqlite"))
    }

    @Test("ingest --facts names a malformed line and goes on; a folder is read as Spark writes it")
    func malformedFacts() throws {
        try workspace.copySeed()
        let facts = try workspace.attache("extract", "--jsonl", "seed.txt").stdout
        try workspace.write("out/part-00001", "{\"date\":\"2022-05-19\",\"source\":\"x\"}\n")
        try workspace.write("out/part-00000", "\n" + facts)
        try workspace.write("out/_SUCCESS", "")
        try workspace.write("out/.part-00000.crc", "not facts")
        let run = try workspace.attache("ingest", "--facts", "--db", "kb.sqlite", "out")
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "added  out/part-00000:2: 7 people, 2 meetings, 1 aid",
            #"error  out/part-00001:1: malformed facts: no "people""#,
            "total  2 inputs into kb.sqlite: 1 added, 0 known, 1 failed; 2 meetings, 1 aid commitment, 7 new people",
        ])
        let refused = try workspace.attache("ingest", "--facts", "--dry-run", "out")
        #expect(refused.status == 2)
    }
}
