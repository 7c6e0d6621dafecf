import ArgumentParser
import Foundation
import KnowledgeBase

/// Where the knowledge base lives: `--db`, else `ATTACHE_DB`, else `./attache.sqlite`.
struct DatabaseOptions: ParsableArguments {
    /// The explicit path; argument-parser has no environment support, so the fallback is below.
    @Option(name: .long, help: ArgumentHelp(
        "The knowledge base file (default: $ATTACHE_DB, else ./attache.sqlite).", valueName: "path"))
    var db: String?

    /// The one place the path is resolved.
    var resolvedPath: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["ATTACHE_DB"], !environment.isEmpty {
            return environment
        }
        return "attache.sqlite"
    }

    /// Opens the knowledge base, or reports why not on one line and throws exit code 3.
    func open(_ access: KnowledgeBase.Access) throws -> KnowledgeBase {
        do {
            return try KnowledgeBase(path: resolvedPath, access: access)
        } catch {
            throw Diagnostics.databaseFailure(error, path: resolvedPath)
        }
    }

    /// Opens the knowledge base read-only and runs `query` on it, in one snapshot (an ingest
    /// committing meanwhile changes nothing it reads); a failure is reported on one line and
    /// thrown as its exit code (see `Diagnostics.queryFailure`).
    func query<T>(_ query: (KnowledgeBase) throws -> T) throws -> T {
        let knowledgeBase = try open(.readOnly)
        do {
            return try knowledgeBase.snapshot { try query(knowledgeBase) }
        } catch {
            throw Diagnostics.queryFailure(error, path: resolvedPath)
        }
    }
}
