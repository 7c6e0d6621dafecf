import Foundation
import SQLite

/// One finding of `check(path:)`: a check that passed, or one problem it found.
public struct CheckRow: Codable, Equatable, Sendable {
    /// `integrity_check`, `foreign_key_check` or `schema_version`.
    public var check: String
    public var ok: Bool
    /// "ok", or the problem in SQLite's words or ours.
    public var detail: String

    public init(check: String, ok: Bool, detail: String) {
        self.check = check
        self.ok = ok
        self.detail = detail
    }
}

extension KnowledgeBase {
    /// Checks the file at `path` without changing it: `PRAGMA integrity_check`, `PRAGMA
    /// foreign_key_check` and whether its schema is the newest this binary knows. Works on a
    /// knowledge base of any version. One row per check that passed, one per problem found.
    ///
    /// <https://www.sqlite.org/pragma.html#pragma_integrity_check>
    public static func check(path: String, migrator: Migrator = .embedded) throws -> [CheckRow] {
        let database = try openExisting(path: path)
        var rows: [CheckRow] = []
        let integrity = try database.prepare("PRAGMA integrity_check").rows { $0.text(at: 0) ?? "" }
        rows += integrity == ["ok"] ? [CheckRow(check: "integrity_check", ok: true, detail: "ok")]
            : integrity.map { CheckRow(check: "integrity_check", ok: false, detail: $0) }
        // Columns: table, rowid, parent, fkid; the rowid is null for a table WITHOUT ROWID.
        // <https://www.sqlite.org/pragma.html#pragma_foreign_key_check>
        let foreignKeys = try database.prepare("PRAGMA foreign_key_check").rows { row in
            CheckRow(check: "foreign_key_check", ok: false,
                     detail: "\(row.text(at: 0) ?? "?") row \(row.isNull(at: 1) ? "(a table without rowid)" : String(row.int64(at: 1))) "
                        + "refers to a missing row of \(row.text(at: 2) ?? "?")")
        }
        rows += foreignKeys.isEmpty ? [CheckRow(check: "foreign_key_check", ok: true, detail: "ok")] : foreignKeys
        let version = try database.userVersion()
        let known = migrator.newestVersion
        rows.append(version == known ? CheckRow(check: "schema_version", ok: true, detail: "\(version), the newest")
            : version < known ? CheckRow(check: "schema_version", ok: false,
                                         detail: "\(version), older than this attache's \(known): run `attache db migrate`")
            : CheckRow(check: "schema_version", ok: false,
                       detail: "\(version), written by a newer attache (this one knows up to \(known))"))
        return rows
    }

    /// The existing file at `path`, read-only, whatever its schema version; a missing file or
    /// one that is not a database is a `KnowledgeBaseError` naming it.
    static func openExisting(path: String) throws -> Database {
        guard FileManager.default.fileExists(atPath: path) else { throw KnowledgeBaseError.missing(path: path) }
        do {
            return try Database(path: path, mode: .readOnly)
        } catch let error as SQLiteError {
            let suffix = " (\(path))"
            let reason = error.message.hasSuffix(suffix) ? String(error.message.dropLast(suffix.count)) : error.message
            throw KnowledgeBaseError.unusable(path: path, reason: reason)
        }
    }
}
