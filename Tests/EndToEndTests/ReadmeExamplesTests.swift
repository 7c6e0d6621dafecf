import Foundation
import Testing

/// README.md shows each query command with its real output on the fixtures.
@Suite("README examples", .tags(.large))
struct ReadmeExamplesTests {
    @Test("Every query example of README.md prints what README shows (Scripts/readme-examples --check)")
    func examplesAreCurrent() throws {
        let binary = try #require(Workspace.binary, "no attache binary next to the test bundle; run `swift build` first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Workspace.repository.appendingPathComponent("Scripts/readme-examples").path,
                             "--check", "--binary", binary.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }
}
