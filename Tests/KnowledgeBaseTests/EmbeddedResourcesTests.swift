import Foundation
import Testing

@testable import KnowledgeBase

@Suite("Embedded resources", .tags(.large))
struct EmbeddedResourcesTests {
    /// The repository root: this file is Tests/KnowledgeBaseTests/EmbeddedResourcesTests.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("The generated Swift files match migrations/ and ReferenceData/ (Scripts/embed-resources --check)")
    func embedIsCurrent() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("Scripts/embed-resources").path, "--check"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test("The embedded migrations are the files of migrations/, in order")
    func migrationsMatchFiles() throws {
        let folder = Self.root.appendingPathComponent("migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        let names = Migrator.embedded.migrations.map { migration in
            let digits = String(migration.version)
            return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "_" + migration.name + ".sql"
        }
        #expect(names == files)
        for (migration, file) in zip(Migrator.embedded.migrations, files) {
            #expect(migration.sql == (try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
        }
    }
}
