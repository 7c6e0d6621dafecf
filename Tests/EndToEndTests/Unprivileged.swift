import Foundation
import Testing

/// Runs `attache` as a user whom file modes bind. Root reads and writes any file whatever its
/// mode, so under root (as in a container) the binary runs as `nobody` through `setpriv`; as
/// anyone else, it runs as itself.
enum Unprivileged {
    static let isRoot = geteuid() == 0
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// False only as root without `setpriv`: file modes could not be tested honestly.
    static var canDropPrivileges: Bool { !isRoot || setpriv != nil }

    /// Lets the unprivileged user create files in the workspace.
    static func share(_ workspace: Workspace) throws {
        #expect(chmod(workspace.url.path, 0o777) == 0)
    }

    /// Runs `attache arguments` in the workspace as `nobody` (uid 65534) when root.
    static func attache(_ workspace: Workspace, _ arguments: [String]) throws -> Run {
        guard isRoot, let setpriv else { return try workspace.attache(arguments) }
        let binary = try #require(Workspace.binary, "no attache binary next to the test bundle; run `swift build` first")
        return try workspace.run(URL(fileURLWithPath: setpriv),
                                 ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments)
    }
}
