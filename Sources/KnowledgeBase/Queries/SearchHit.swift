import Extraction
import SQLite

/// An article that matches a full-text search, with the passage that matched.
public struct SearchHit: Codable, Equatable, Sendable {
    /// The article's id (as in `show article ID`).
    public var id: Int64
    /// `YYYY-MM-DD`: the article's publication day.
    public var date: String
    public var source: String
    public var title: String?
    /// A few words around the best match in the body, the matched terms between the marks
    /// asked for, and `…` where the passage is cut.
    public var snippet: String

    public init(id: Int64, date: String, source: String, title: String?, snippet: String) {
        self.id = id
        self.date = date
        self.source = source
        self.title = title
        self.snippet = snippet
    }
}

extension KnowledgeBase {
    /// The statement `search(_:limit:open:close:)` runs. Matches are ordered as bm25() orders them,
    /// by `bm25_order` (`Database.registerRankFunction`), which does not match a query of one
    /// phrase a second time to weigh it (issue 7: half the time of a search for a name).
    static let searchSQL = """
        SELECT a.id, a.published_on, a.source, a.title, snippet(articles_fts, -1, :open, :close, '…', 16)
        FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH :query
          AND (:since IS NULL OR a.published_on >= :since)
          AND (:until IS NULL OR a.published_on <= :until)
        ORDER BY bm25_order(articles_fts), a.published_on, a.id
        LIMIT :limit
        """

    /// Articles matching the FTS5 query `query`, published within `since`…`until` (inclusive),
    /// best match first (bm25), at most `limit`.
    ///
    /// `query` is FTS5's query syntax: words, "quoted phrases", `AND`, `OR`, `NOT`, `NEAR(…)`,
    /// `prefix*` and `title:word`. Text that is not a valid query throws `malformedSearch` with
    /// SQLite's reason. The matched terms in `snippet` are put between `open` and `close`.
    ///
    /// <https://www.sqlite.org/fts5.html#full_text_query_syntax>
    public func search(_ query: String, since: Day? = nil, until: Day? = nil, limit: Int? = nil,
                       open: String = "[", close: String = "]") throws -> [SearchHit] {
        // snippet(table, column, before, after, ellipsis, tokens): column -1 takes the column
        // that matched best. <https://www.sqlite.org/fts5.html#the_snippet_function>
        let statement = try database.prepare(Self.searchSQL)
        try statement.bind([
            ":query": .text(query), ":open": .text(open), ":close": .text(close), ":limit": .integer(Int64(limit ?? -1)),
            ":since": .text(since?.description), ":until": .text(until?.description),
        ])
        var hits: [SearchHit] = []
        do {
            while try statement.step() {
                hits.append(SearchHit(id: statement.int64(at: 0), date: statement.text(at: 1) ?? "",
                                      source: statement.text(at: 2) ?? "", title: statement.text(at: 3),
                                      snippet: statement.text(at: 4) ?? ""))
            }
        } catch let error as SQLiteError where error.code == 1 {
            // SQLITE_ERROR from a statement that prepared is FTS5 refusing the query text:
            // "fts5: syntax error near …", "no such column: …", "unknown special query: …".
            throw QueryError.malformedSearch(query: query, reason: error.message)
        }
        return hits
    }
}
