/// An article with the facts extracted from it: one line of `attache extract --jsonl`, read back
/// by `attache ingest --facts`.
///
/// Its JSON is the facts object of the extraction contract (`Facts`, the same keys) with two
/// more keys, `body` and, when the article names one, `origin`: with them the line holds the
/// whole `Article`, so that the facts can be ingested on another machine, later, without the
/// article files.
public struct ExtractedArticle: Codable, Hashable, Sendable {
    public var article: Article
    public var facts: Facts

    public init(article: Article, facts: Facts) {
        self.article = article
        self.facts = facts
    }

    private enum ArticleKeys: String, CodingKey {
        case body, origin
    }

    public init(from decoder: any Decoder) throws {
        facts = try Facts(from: decoder)
        let container = try decoder.container(keyedBy: ArticleKeys.self)
        article = Article(source: facts.source, date: facts.date, title: facts.title,
                          body: try container.decode(String.self, forKey: .body),
                          origin: try container.decodeIfPresent(String.self, forKey: .origin))
    }

    /// The facts' keys, then `body` and `origin`, in one object.
    public func encode(to encoder: any Encoder) throws {
        try facts.encode(to: encoder)
        var container = encoder.container(keyedBy: ArticleKeys.self)
        try container.encode(article.body, forKey: .body)
        try container.encodeIfPresent(article.origin, forKey: .origin)
    }
}
