import Foundation
import SQLite
import Testing

/// `kill -9` in the middle of an ingest, a few times: the small, in-suite edition of
/// `Scripts/crash-test`, which does it at least twenty times on a larger corpus.
@Suite("attache ingest killed with SIGKILL", .tags(.large))
final class CrashTests {
    let workspace = Workspace()
    static let articles = 200

    /// `articles` distinct articles in `corpus/`: the seed article, each with its own last line.
    private func writeCorpus() throws -> [String] {
        let seed = try String(decoding: Data(contentsOf: Workspace.repository.appendingPathComponent(
            "fixtures/seed-gantz-austin-pentagon.txt")), as: UTF8.self)
        return try (0..<Self.articles).map { n in
            let name = String(format: "corpus/%03d.txt", n)
            try workspace.write(name, seed + "\nThis is update \(n) of the readout.\n")
            return name
        }
    }

    /// Per source: its meeting evidence rows and its aid rows, as `attache extract` reports them.
    private func extracted(_ names: [String]) throws -> [String: [Int64]] {
        let run = try workspace.attache(["extract"] + names)
        #expect(run.status == 0)
        var expected: [String: [Int64]] = [:]
        for line in run.stdoutLines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let meetings = try #require(object["meetings"] as? [[String: Any]])
            let evidence = meetings.map { ($0["evidence"] as? [Any])?.count ?? 0 }.reduce(0, +)
            expected[try #require(object["source"] as? String)] = [Int64(evidence), Int64((object["aid"] as? [Any])?.count ?? 0)]
        }
        return expected
    }

    /// Per stored article (by source): its meeting evidence rows and aid rows, in one snapshot.
    private func stored() throws -> [String: [Int64]] {
        let database = try Database(path: workspace.path("kb.sqlite"), mode: .readOnly)
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
        if try database.userVersion() == 0 {
            // Killed before the first migration committed: it must have left nothing at all.
            #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema") == 0)
            return [:]
        }
        #expect(try database.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
        let statement = try database.prepare("""
            SELECT source, (SELECT count(*) FROM meeting_sources WHERE article_id = a.id),
                   (SELECT count(*) FROM aid_sources WHERE article_id = a.id)
            FROM articles AS a
            """)
        var result: [String: [Int64]] = [:]
        while try statement.step() { result[statement.text(at: 0) ?? ""] = [statement.int64(at: 1), statement.int64(at: 2)] }
        return result
    }

    @Test("After each kill the file is sound and every article is whole or absent; the rerun completes with no duplicates",
          .timeLimit(.minutes(1)))
    func killedThreeTimes() throws {
        let names = try writeCorpus()
        let expected = try extracted(names)
        let binary = try #require(Workspace.binary)
        var random = SystemRandomNumberGenerator()
        var present: [Int] = []
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = binary
            // Small batches, so that several commit before the kill whatever the build's speed.
            process.arguments = ["ingest", "--db", "kb.sqlite", "--batch-size", "\(Int.random(in: 1...20, using: &random))", "corpus"]
            process.currentDirectoryURL = workspace.url
            process.standardOutput = FileHandle.nullDevice
            let progress = Pipe()
            process.standardError = progress
            try process.run()
            // Some way into the batch, whatever the speed: after the ingest has reported a random number of articles
            // (one line each on stderr when it is not a terminal), then a random pause of up to a few milliseconds.
            let reported = Int.random(in: 2...(Self.articles / 2), using: &random)
            var output: [UInt8] = []
            while output.count(where: { $0 == UInt8(ascii: "\n") }) < reported {
                let chunk = progress.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                output += chunk
            }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.003, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // A line is written once its article's batch has committed: every article reported
            // added before the kill must have survived it.
            let added = String(decoding: output, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("added  ") }
                .map { String($0.dropFirst("added  ".count).prefix { $0 != ":" }) }
            #expect(process.terminationReason == .uncaughtSignal)
            guard FileManager.default.fileExists(atPath: workspace.path("kb.sqlite")) else { continue }
            let now = try stored()
            for (source, counts) in now { #expect(counts == expected[source], "\(source) is half written") }
            for source in added { #expect(now[source] != nil, "\(source) was reported added, then lost") }
            present.append(now.count)
        }
        let rerun = try workspace.attache("ingest", "--db", "kb.sqlite", "corpus")
        #expect(rerun.status == 0, "\(rerun)")
        let known = present.last ?? 0
        #expect(rerun.stderrLines.last?.hasPrefix(
            "total  \(Self.articles) inputs into kb.sqlite: \(Self.articles - known) added, \(known) known, 0 failed; ") == true,
            "\(rerun)")
        #expect(try stored() == expected)
        #expect(present.count == 3, "the kills left no database: \(present)")
        #expect(known < Self.articles, "every kill came after the batch ended: \(present)")
    }
}
