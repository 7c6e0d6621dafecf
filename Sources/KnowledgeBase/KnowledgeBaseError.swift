/// Why the knowledge base refused a file or an article. Its description is one line that names
/// the file or article and the reason.
public enum KnowledgeBaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A read-only open of a file that does not exist.
    case missing(path: String)
    /// The file is not a SQLite database, is damaged, or cannot be opened.
    case unusable(path: String, reason: String)
    /// The file's schema is newer than every migration this binary knows.
    case newerSchema(path: String, version: Int, known: Int)
    /// A read-only open of a file whose schema still needs migrations.
    case olderSchema(path: String, version: Int, known: Int)
    /// Facts that contradict themselves or their article, so nothing of the article is written.
    case invalidFacts(source: String, reason: String)
    /// A name given to a query that fits several people; `candidates` describes each
    /// ("Jake Sullivan (US, National Security Adviser)").
    case ambiguousPerson(name: String, candidates: [String])
    /// A name given to a query that fits nobody.
    case unknownPerson(name: String)
    /// Writing the article `source` into the knowledge base at `path` failed for `reason` (a full
    /// disk, a lock held too long, a damaged file): its transaction was rolled back.
    case notWritten(source: String, path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no knowledge base here yet; create it with `attache ingest`"
        case .unusable(let path, let reason):
            return "\(path): \(reason)"
        case .newerSchema(let path, let version, let known):
            return "\(path): the database was written by a newer attache (schema version \(version), this binary knows up to \(known))"
        case .olderSchema(let path, 0, _):
            return "\(path): not an attache knowledge base yet (schema version 0); create it with `attache ingest`"
        case .olderSchema(let path, let version, let known):
            return "\(path): schema version \(version) is older than this binary's \(known); "
                + "upgrade it with `attache db migrate`"
        case .invalidFacts(let source, let reason):
            return "\(source): \(reason)"
        case .ambiguousPerson(let name, let candidates):
            return "\(name): names \(candidates.count) people: \(candidates.joined(separator: "; ")); give a fuller name"
        case .unknownPerson(let name):
            return "\(name): no person of that name in the knowledge base"
        case .notWritten(let source, let path, let reason):
            return "\(source): not written to \(path): \(reason); the article was rolled back, nothing of it is stored"
        }
    }

    /// The file or article the error is about.
    public var subject: String {
        switch self {
        case .missing(let path), .unusable(let path, _), .newerSchema(let path, _, _), .olderSchema(let path, _, _):
            return path
        case .invalidFacts(let source, _), .notWritten(let source, _, _):
            return source
        case .ambiguousPerson(let name, _), .unknownPerson(let name):
            return name
        }
    }

    /// The reason alone, without the subject.
    public var reason: String {
        let line = description
        let prefix = subject + ": "
        return line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : line
    }
}
