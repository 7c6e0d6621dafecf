import SQLite

/// One report of a fact: the article and the evidence sentence, with its offsets into the
/// article's body (Unicode scalars, half-open), so `substr(body, start + 1, end - start)` is
/// the sentence.
public struct SourceRow: Codable, Equatable, Sendable {
    public var articleID: Int64
    /// The path or name the article was read from.
    public var source: String
    /// `YYYY-MM-DD`.
    public var publishedOn: String
    public var title: String?
    public var evidence: String
    public var start: Int
    public var end: Int

    public init(articleID: Int64, source: String, publishedOn: String, title: String?, evidence: String, start: Int, end: Int) {
        self.articleID = articleID
        self.source = source
        self.publishedOn = publishedOn
        self.title = title
        self.evidence = evidence
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id", source, publishedOn = "published_on", title, evidence, start, end
    }
}

/// The sources of meetings or of aid commitments, earliest article first.
struct SourceQuery {
    /// Every report of one meeting.
    static let meetingSQL = """
        SELECT a.id, a.source, a.published_on, a.title, s.evidence, s.start, s.end
        FROM meeting_sources AS s JOIN articles AS a ON a.id = s.article_id
        WHERE s.meeting_id = ? ORDER BY a.published_on, a.source, s.start
        """
    /// Every report of one aid commitment.
    static let aidSQL = """
        SELECT a.id, a.source, a.published_on, a.title, s.evidence, s.start, s.end
        FROM aid_sources AS s JOIN articles AS a ON a.id = s.article_id
        WHERE s.aid_id = ? ORDER BY a.published_on, a.source, s.start
        """

    private let statement: Statement

    init(database: Database, sql: String) throws {
        statement = try database.prepare(sql)
    }

    /// The sources of the fact `id`.
    func sources(of id: Int64) throws -> [SourceRow] {
        try statement.rows([.integer(id)]) { row in
            SourceRow(articleID: row.int64(at: 0), source: row.text(at: 1) ?? "", publishedOn: row.text(at: 2) ?? "",
                      title: row.text(at: 3), evidence: row.text(at: 4) ?? "", start: row.int(at: 5), end: row.int(at: 6))
        }
    }
}
