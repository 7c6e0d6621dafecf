import Foundation
import Testing

extension Tag {
    /// Runs the built `attache` binary in a temporary directory.
    @Tag static var large: Self
}

/// What one run of the binary printed and returned.
struct Run: CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String

    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// A temporary working directory to run `attache` in, removed when released.
final class Workspace {
    let url: URL

    /// The repository root: this file is Tests/EndToEndTests/Support.swift.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `attache` binary `swift build` put beside this test bundle.
    static let binary: URL? = {
        let starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for start in starts {
            var directory = start.standardizedFileURL
            while directory.path != "/" {
                let candidate = directory.appendingPathComponent("attache")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }()

    init(_ name: String = #function) {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("attache-e2e-\(safe)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// Copies the seed article into the workspace as `name`.
    @discardableResult
    func copySeed(as name: String = "seed.txt") throws -> String {
        let seed = Self.repository.appendingPathComponent("fixtures/seed-gantz-austin-pentagon.txt")
        return try write(name, Array(try Data(contentsOf: seed)))
    }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// Runs `attache arguments` in the workspace, with ATTACHE_DB unset unless given.
    func attache(_ arguments: String..., environment extra: [String: String] = [:], stdin: String? = nil) throws -> Run {
        try attache(arguments, environment: extra, stdin: stdin)
    }

    /// Runs `attache arguments` in the workspace, with ATTACHE_DB unset unless given.
    func attache(_ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil) throws -> Run {
        let binary = try #require(Self.binary, "no attache binary next to the test bundle; run `swift build` first")
        return try run(binary, arguments, environment: extra, stdin: stdin)
    }

    /// Runs `executable arguments` in the workspace, with ATTACHE_DB unset unless given.
    func run(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = url
        var environment = ProcessInfo.processInfo.environment
        environment["ATTACHE_DB"] = nil
        environment.merge(extra) { _, new in new }
        process.environment = environment
        // Output goes to files, not pipes, so a large output can never block the child.
        let out = url.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = url.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// The JSON objects of a `--format json` output.
func jsonArray(_ text: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
}
