import Foundation
import Testing

/// What `Scripts/spark-extract` needs, or why it cannot run here: Java 17 and pyspark.
private let sparkMissing: String? = {
    func succeeds(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
    if !succeeds(["java", "-version"]) { return "no Java on PATH (Spark needs Java 17): apt-get install openjdk-17-jre-headless" }
    if !succeeds(["python3", "-c", "import pyspark"]) { return "pyspark is not installed for python3: pip install pyspark" }
    return nil
}()

/// Issue 10's map step under Apache Spark, for real: local mode, the fixtures, the built binary.
@Suite("Scripts/spark-extract", .tags(.large))
final class SparkExtractTests {
    let workspace = Workspace()

    /// The processes whose working directory is the workspace: the script, Spark's JVM and its
    /// Python workers all start there, so none may be left once the script has exited.
    private func processesInWorkspace() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.compactMap { pid in
            guard let cwd = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd"),
                cwd == workspace.url.path || cwd.hasPrefix(workspace.url.path + "/")
            else { return nil }
            let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            return "\(pid): \(command.replacingOccurrences(of: "\0", with: " ").prefix(120))"
        }
    }

    @Test("Spark local[2] pipes the articles through extract --jsonl; ingest --facts then equals a direct ingest",
          .enabled(if: sparkMissing == nil, "\(sparkMissing ?? "")"))
    func sparkEqualsDirectIngest() throws {
        // The fixtures as two JSON Lines files, named as a direct ingest of the folder names them.
        let folder = Workspace.repository.appendingPathComponent("fixtures/cross-article")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var files: [String: [String]] = [:]
        for (index, name) in names.enumerated() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let date = try #require(text.firstMatch(of: /date (\d{4}-\d{2}-\d{2})/)).1
            let body = try #require(text.split(separator: "\n\n", maxSplits: 1).last)
            let object: [String: Any] = ["date": String(date), "source": name, "text": String(body)]
            files[index < names.count / 2 ? "articles/a.jsonl" : "articles/b.jsonl", default: []]
                .append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        }
        for (file, lines) in files { try workspace.write(file, lines.joined(separator: "\n") + "\n") }

        let binary = try #require(Workspace.binary)
        let script = Workspace.repository.appendingPathComponent("Scripts/spark-extract")
        let spark = try workspace.run(URL(fileURLWithPath: "/usr/bin/env"),
                                      ["python3", script.path, "--master", "local[2]", "--partitions", "3",
                                       "--attache", binary.path, "--db", "spark.sqlite", "articles", "facts"])
        #expect(spark.status == 0, "\(spark)")
        #expect(spark.stderr.contains("spark-extract: \(names.count) articles -> \(names.count) facts lines (0 errors) in facts"), "\(spark)")
        #expect(processesInWorkspace() == [], "the script left processes running")
        let parts = try FileManager.default.contentsOfDirectory(atPath: workspace.path("facts")).filter { $0.hasPrefix("part-") }
        #expect(parts.count >= 3)

        let direct = try workspace.attache("ingest", "--db", "direct.sqlite", "articles")
        #expect(direct.status == 0, "\(direct)")
        func export(_ database: String) throws -> [String] {
            let run = try workspace.attache("export", "--db", database)
            #expect(run.status == 0, "\(run)")
            return run.stdoutLines.map { $0.replacingOccurrences(of: #","ingested_at":"[^"]*""#, with: "", options: .regularExpression) }
        }
        let expected = try export("direct.sqlite")
        #expect(expected.filter { $0.hasPrefix(#"{"table":"articles""#) }.count == names.count)
        #expect(try export("spark.sqlite") == expected)
    }
}
