import Foundation

/// The schema versions before and after `migrate(path:)`.
public struct MigrationReport: Equatable, Sendable {
    public var path: String
    public var fromVersion: Int
    public var toVersion: Int
    /// The migrations applied, as `NNNN_name`, oldest first; empty when it was up to date.
    public var applied: [String]
}

extension KnowledgeBase {
    /// Applies the migrations the knowledge base at `path` lacks (creating it when missing) and
    /// reports the versions before and after.
    public static func migrate(path: String, migrator: Migrator = .embedded) throws -> MigrationReport {
        let before = FileManager.default.fileExists(atPath: path) ? try openExisting(path: path).userVersion() : 0
        let knowledgeBase = try KnowledgeBase(path: path, access: .readWrite, migrator: migrator)
        let after = try knowledgeBase.schemaVersion()
        let applied = migrator.migrations.filter { $0.version > before && $0.version <= after }
            .map { migration in
                let digits = String(migration.version)
                return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "_" + migration.name
            }
        return MigrationReport(path: path, fromVersion: before, toVersion: after, applied: applied)
    }
}
