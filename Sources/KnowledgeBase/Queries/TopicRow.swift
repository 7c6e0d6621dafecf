import SQLite

/// A topic of the taxonomy that some article or meeting was tagged with, and how often.
public struct TopicRow: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    /// The broader topic it sits under; nil at the top of the taxonomy, or when ingest did not
    /// record it.
    public var parent: String?
    /// Meetings tagged with the topic.
    public var meetings: Int
    /// Articles tagged with the topic.
    public var articles: Int

    public init(id: Int64, name: String, parent: String?, meetings: Int, articles: Int) {
        self.id = id
        self.name = name
        self.parent = parent
        self.meetings = meetings
        self.articles = articles
    }
}

extension KnowledgeBase {
    /// The statement `topics()` runs: every topic, its counts read from `topic_counts` (kept by
    /// the triggers of migration 0004) rather than counted over every link.
    static let topicsSQL = """
        SELECT t.id, t.name, p.name, ifnull(c.meetings, 0) AS meetings, ifnull(c.articles, 0) AS articles
        FROM topics AS t LEFT JOIN topics AS p ON p.id = t.parent_id LEFT JOIN topic_counts AS c ON c.topic_id = t.id
        ORDER BY meetings DESC, articles DESC, t.name
        """

    /// Every stored topic with its counts of meetings and articles, most meetings first, then
    /// most articles, then by name.
    public func topics() throws -> [TopicRow] {
        try database.prepare(Self.topicsSQL).rows { row in
            TopicRow(id: row.int64(at: 0), name: row.text(at: 1) ?? "", parent: row.text(at: 2),
                     meetings: row.int(at: 3), articles: row.int(at: 4))
        }
    }
}
