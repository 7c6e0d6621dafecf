import Extraction
import SQLite

/// What ingesting one article did.
public enum IngestOutcome: Equatable, Sendable {
    /// The article is new: it and its facts were written.
    case added(IngestCounts)
    /// An article with the same body (same content hash) is already stored: nothing was written.
    case alreadyKnown(articleID: Int64)
}

/// The rows one new article brought.
public struct IngestCounts: Equatable, Sendable {
    public var articleID: Int64
    /// People named in the article (each found among known people or created).
    public var people: Int
    /// People created because no known alias matched.
    public var newPeople: Int
    public var meetings: Int
    public var aid: Int

    public init(articleID: Int64, people: Int, newPeople: Int, meetings: Int, aid: Int) {
        self.articleID = articleID
        self.people = people
        self.newPeople = newPeople
        self.meetings = meetings
        self.aid = aid
    }
}

extension KnowledgeBase {
    /// The id of the stored article whose body has `contentHash` (`ContentHash.digest(of:)`), if any.
    public func articleID(contentHash: [UInt8]) throws -> Int64? {
        try statement("SELECT id FROM articles WHERE content_hash = ?").rows([.blob(contentHash)]) { $0.int64(at: 0) }.first
    }

    /// Writes `article` and the facts extracted from it in one transaction: the article is wholly
    /// present afterwards, or, when anything fails, wholly absent.
    ///
    /// An article whose body is already stored is not written again. Facts that contradict
    /// their article (evidence outside the body, a participant who is not among the people)
    /// throw `KnowledgeBaseError.invalidFacts`. To write many articles, `IngestBatch` is several
    /// times faster: one transaction per batch, with each article still atomic.
    public func ingest(_ article: Article, facts: Facts) throws -> IngestOutcome {
        try writeAlone(article, contentHash: ContentHash.digest(of: article.body), facts: facts)
    }

    /// Ingests `article`, running `extract` only when its body is not stored yet.
    public func ingest(_ article: Article, extractingWith extract: (Article) throws -> Facts) throws -> IngestOutcome {
        let hash = ContentHash.digest(of: article.body)
        if let known = try articleID(contentHash: hash) { return .alreadyKnown(articleID: known) }
        return try writeAlone(article, contentHash: hash, facts: try extract(article))
    }

    /// Writes `article` and its facts in a transaction of their own.
    private func writeAlone(_ article: Article, contentHash hash: [UInt8], facts: Facts) throws -> IngestOutcome {
        let writers = try writers()
        let outcome = try database.transaction(.immediate) {
            try writers.beginTransaction()
            let outcome = try write(article, contentHash: hash, facts: { facts })
            try writers.endTransaction()
            return outcome
        }
        try writers.committed()
        return outcome
    }

    /// Writes `article`, whose body hashes to `contentHash`, and its facts, calling `facts` only
    /// when the article is new. Runs inside the caller's transaction or savepoint, which undoes
    /// everything written here when it throws.
    func write(_ article: Article, contentHash hash: [UInt8], facts extract: () throws -> Facts) throws -> IngestOutcome {
        if let known = try articleID(contentHash: hash) { return .alreadyKnown(articleID: known) }
        let facts = try extract()
        let writers = try self.writers()
        try writers.insertArticle.run([.blob(hash), .text(article.source), .text(article.origin), .text(article.title),
                                       .text(article.date.description), .text(article.body)])
        let articleID = database.lastInsertRowID
        let context = FactContext(database: database, article: article, articleID: articleID, countries: writers.countries)

        var created = 0
        var merged: Set<Int64> = []
        let persons = try writers.people.resolve(facts.people, in: context, created: &created, merged: &merged)
        for person in merged.sorted() { try writers.meetings.reresolve(meetingsOf: person) }
        if !facts.topics.isEmpty {
            try writers.insertArticleTopics.run([.integer(articleID), try writers.topics.idArray(named: facts.topics)])
        }
        for meeting in facts.meetings { try writers.meetings.write(meeting, people: persons, in: context) }
        for commitment in facts.aid { try writers.aid.write(commitment, in: context) }

        return .added(IngestCounts(articleID: articleID, people: facts.people.count, newPeople: created,
                                   meetings: facts.meetings.count, aid: facts.aid.count))
    }
}

/// The statements ingest runs, prepared once per knowledge base and reused for every article.
///
/// A write transaction calls `beginTransaction()` first and `endTransaction()` last, before it
/// commits; between them articles are written with `KnowledgeBase.write`.
final class Writers {
    let people: PersonResolver
    let meetings: MeetingResolver
    let aid: AidResolver
    let topics: TopicIndex
    let insertArticle: Statement
    let countries: CountryCodes
    let insertArticleTopics: Statement
    private let deferIndexing: Statement
    private let indexArticles: Statement
    private let endDeferral: Statement
    private let dataVersion: Statement
    /// `PRAGMA data_version` when this connection's last write transaction committed; nil while
    /// one is open, or when the last did not commit.
    private var committedVersion: Int64?

    init(database: Database) throws {
        topics = try TopicIndex(database: database)
        people = try PersonResolver(database: database)
        meetings = try MeetingResolver(database: database, topics: topics)
        aid = try AidResolver(database: database)
        // `ingested_at` takes its default, the time: written at its full size, the row never grows.
        insertArticle = try database.prepare(
            "INSERT INTO articles (content_hash, source, origin, title, published_on, body) VALUES (?, ?, ?, ?, ?, ?)")
        countries = try CountryCodes(database: database)
        insertArticleTopics = try database.prepare(
            "INSERT OR IGNORE INTO article_topics (article_id, topic_id) SELECT ?1, value FROM json_each(?2)")

        // See migrations/0008_compact_roles_and_spans.sql: while `fts_deferred` holds a row, the
        // articles inserted wait to be indexed together, at the end of the transaction.
        deferIndexing = try database.prepare("INSERT INTO fts_deferred (after) SELECT ifnull(max(id), 0) FROM articles")
        indexArticles = try database.prepare("""
            INSERT INTO articles_fts (rowid, title, body)
            SELECT id, title, body FROM articles WHERE id > (SELECT max(after) FROM fts_deferred)
            """)
        endDeferral = try database.prepare("DELETE FROM fts_deferred")
        // > The integer values returned by two invocations of "PRAGMA data_version" from the same
        // > connection will be different if changes were committed to the database by any other
        // > connection in the interim. <https://www.sqlite.org/pragma.html#pragma_data_version>
        dataVersion = try database.prepare("PRAGMA data_version")
    }

    /// Starts a write transaction's work, inside it: forgets what the writers remember of the
    /// stored rows unless this connection's last transaction committed and none other has since
    /// (the memo of given names then serves the whole ingest, not one batch), and defers the
    /// full-text indexing of the articles to come.
    func beginTransaction() throws {
        let version = try dataVersion.rows { $0.int64(at: 0) }.first
        if committedVersion == nil || version != committedVersion || people.givenNames.isFull { forget() }
        committedVersion = nil
        try deferIndexing.run()
    }

    /// Notes that the transaction ended by `endTransaction()` committed: what the writers remember
    /// holds until another connection writes.
    func committed() throws {
        committedVersion = try dataVersion.rows { $0.int64(at: 0) }.first
    }

    /// Forgets what the writers remember of stored rows, which may no longer be there: called when
    /// a transaction begins after other writes, and when an article's savepoint is rolled back.
    func forget() {
        people.givenNames.forget()
        topics.forget()
        countries.forget()
    }

    /// Ends a write transaction's work, just before it commits: indexes the articles written
    /// since `beginTransaction()` for full-text search, in one statement, outside any savepoint.
    /// FTS5 writes its pending index out at every savepoint (a trigger's statement savepoint
    /// too): indexed one by one, 3,000 seed-sized articles cost 165 µs each, together 45 µs.
    func endTransaction() throws {
        try indexArticles.run()
        try endDeferral.run()
    }
}
