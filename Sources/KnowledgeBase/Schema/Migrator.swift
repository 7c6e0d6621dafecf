import SQLite

/// One schema change: `migrations/NNNN_name.sql`, compiled into the binary by
/// `Scripts/embed-resources`.
public struct Migration: Sendable {
    /// NNNN: the `PRAGMA user_version` the database has once this migration is applied.
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Brings a database's schema up to the newest migration, forward only.
///
/// The schema version is `PRAGMA user_version`. Each migration above it runs in its own
/// BEGIN IMMEDIATE transaction together with `PRAGMA user_version = N`, so a failing migration
/// leaves the previous one committed and nothing of its own. A database whose version is above
/// every known migration was written by a newer attache, and is refused untouched.
///
/// <https://www.sqlite.org/pragma.html#pragma_user_version>
public struct Migrator: Sendable {
    /// The migrations, oldest first; versions count 1, 2, 3…
    public let migrations: [Migration]

    /// The migrations in `migrations/`, as compiled into this binary.
    public static let embedded = Migrator(migrations: EmbeddedMigrations.all)

    public init(migrations: [Migration]) {
        precondition(migrations.enumerated().allSatisfy { $0.element.version == $0.offset + 1 },
                     "migration versions must count 1, 2, 3…")
        self.migrations = migrations
    }

    /// The newest schema version these migrations reach.
    public var newestVersion: Int { migrations.last?.version ?? 0 }

    /// Throws `newerSchema` when `database` was written by a newer attache; changes nothing.
    public func refuseNewer(_ database: Database) throws {
        let version = try database.userVersion()
        if version > newestVersion {
            throw KnowledgeBaseError.newerSchema(path: database.path, version: version, known: newestVersion)
        }
    }

    /// Applies every migration above the database's version, each in its own transaction.
    /// Returns the versions applied.
    @discardableResult
    public func migrate(_ database: Database) throws -> [Int] {
        try refuseNewer(database)
        var applied: [Int] = []
        for migration in migrations where migration.version > (try database.userVersion()) {
            let ran = try database.transaction(.immediate) { () throws -> Bool in
                // Another connection may have migrated between our read and our lock.
                let version = try database.userVersion()
                if version > newestVersion {
                    throw KnowledgeBaseError.newerSchema(path: database.path, version: version, known: newestVersion)
                }
                guard version < migration.version else { return false }
                try database.execute(script: migration.sql)
                // PRAGMA takes no bound parameters; the version is an Int from the migration list.
                try database.execute("PRAGMA user_version = \(migration.version)")
                return true
            }
            if ran { applied.append(migration.version) }
        }
        return applied
    }
}
