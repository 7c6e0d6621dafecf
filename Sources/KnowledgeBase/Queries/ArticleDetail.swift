import SQLite

/// A fact an article reports: a meeting or an aid commitment, and the sentence it came from.
public struct ReportedFact: Codable, Equatable, Sendable {
    /// The meeting's or commitment's id (as in `show meeting ID`, `show aid ID`).
    public var id: Int64
    /// The fact's date, `YYYY-MM-DD`.
    public var date: String
    public var evidence: String
    /// Offsets of `evidence` in the article's body (Unicode scalars, half-open).
    public var start: Int
    public var end: Int

    public init(id: Int64, date: String, evidence: String, start: Int, end: Int) {
        self.id = id
        self.date = date
        self.evidence = evidence
        self.start = start
        self.end = end
    }
}

/// Everything stored about one article.
public struct ArticleDetail: Equatable, Sendable {
    public var id: Int64
    /// The path or name it was read from.
    public var source: String
    /// A URL or outlet named in its header.
    public var origin: String?
    public var title: String?
    /// `YYYY-MM-DD`.
    public var publishedOn: String
    /// SHA-256 of the body, hex: the same text ingested twice is one article.
    public var contentHash: String
    /// When it was ingested, `YYYY-MM-DDTHH:MM:SSZ`.
    public var ingestedAt: String
    public var topics: [String]
    /// The meetings and commitments it reports, in order of their sentences.
    public var meetings: [ReportedFact]
    public var aid: [ReportedFact]
    public var body: String
}

extension KnowledgeBase {
    /// The statements `article(id:)` runs, each a lookup by key (see QueryPlanTests).
    static let articleDetailSQL = (
        // The hash is stored as its 32 bytes (migration 0010) and shown as 64 lowercase hex digits.
        article: """
        SELECT source, origin, title, published_on, lower(hex(content_hash)), ingested_at, body FROM articles WHERE id = ?
        """,
        topics: """
        SELECT t.name FROM article_topics AS at JOIN topics AS t ON t.id = at.topic_id
        WHERE at.article_id = ? ORDER BY t.name
        """,
        meetings: """
        SELECT m.id, m.date, s.evidence, s.start, s.end
        FROM meeting_sources AS s JOIN meetings AS m ON m.id = s.meeting_id
        WHERE s.article_id = ? ORDER BY s.start, m.id
        """,
        aid: """
        SELECT c.id, c.date, s.evidence, s.start, s.end
        FROM aid_sources AS s JOIN aid_commitments AS c ON c.id = s.aid_id
        WHERE s.article_id = ? ORDER BY s.start, c.id
        """
    )

    /// The article `id`, with its topics, the facts it reports and its body; throws `notFound`.
    public func article(id: Int64) throws -> ArticleDetail {
        let found = try database.prepare(Self.articleDetailSQL.article).rows([.integer(id)]) { row in
            ArticleDetail(id: id, source: row.text(at: 0) ?? "", origin: row.text(at: 1), title: row.text(at: 2),
                          publishedOn: row.text(at: 3) ?? "", contentHash: row.text(at: 4) ?? "",
                          ingestedAt: row.text(at: 5) ?? "", topics: [], meetings: [], aid: [], body: row.text(at: 6) ?? "")
        }
        guard var article = found.first else { throw QueryError.notFound(kind: "article", id: id) }
        article.topics = try database.prepare(Self.articleDetailSQL.topics).rows([.integer(id)]) { $0.text(at: 0) ?? "" }
        let fact = { (row: Statement) in
            ReportedFact(id: row.int64(at: 0), date: row.text(at: 1) ?? "", evidence: row.text(at: 2) ?? "",
                         start: row.int(at: 3), end: row.int(at: 4))
        }
        article.meetings = try database.prepare(Self.articleDetailSQL.meetings).rows([.integer(id)], fact)
        article.aid = try database.prepare(Self.articleDetailSQL.aid).rows([.integer(id)], fact)
        return article
    }
}
