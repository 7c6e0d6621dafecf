/// Why a query could not answer: the question itself was wrong, not the database. Its
/// description is one line that names the input and the reason.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A `search` query that FTS5 cannot parse; `reason` is SQLite's message.
    case malformedSearch(query: String, reason: String)
    /// `show KIND ID` for an id the knowledge base does not hold.
    case notFound(kind: String, id: Int64)

    public var description: String { "\(subject): \(reason)" }

    /// The input the error is about.
    public var subject: String {
        switch self {
        case .malformedSearch(let query, _): return query
        case .notFound(let kind, let id): return "\(kind) \(id)"
        }
    }

    /// The reason alone, without the subject.
    public var reason: String {
        switch self {
        case .malformedSearch(_, let reason):
            return "not a valid search query (\(reason)); quote phrases with \"…\", and words such as AND, OR, NOT "
                + "and NEAR are operators"
        case .notFound(let kind, _): return "no such \(kind) in the knowledge base"
        }
    }
}
