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
    /// The id of the stored article whose body has `contentHash`, if any.
    public func articleID(contentHash: String) throws -> Int64? {
        try database.scalarInt("SELECT id FROM articles WHERE content_hash = ?", [.text(contentHash)])
    }

    /// Writes `article` and the facts extracted from it in one transaction: the article is wholly
    /// present afterwards, or, when anything fails, wholly absent.
    ///
    /// An article whose body is already stored is not written again. Facts that contradict
    /// their article (evidence outside the body, a participant who is not among the people)
    /// throw `KnowledgeBaseError.invalidFacts`.
    public func ingest(_ article: Article, facts: Facts) throws -> IngestOutcome {
        let hash = ContentHash.of(article.body)
        return try database.transaction(.immediate) {
            if let known = try articleID(contentHash: hash) { return .alreadyKnown(articleID: known) }
            try database.execute(
                "INSERT INTO articles (content_hash, source, origin, title, published_on, body) VALUES (?, ?, ?, ?, ?, ?)",
                [.text(hash), .text(article.source), .text(article.origin), .text(article.title),
                 .text(article.date.description), .text(article.body)])
            let articleID = database.lastInsertRowID
            let context = try FactContext(database: database, article: article, articleID: articleID)

            var people = try PersonResolver(database: database)
            let persons = try people.resolve(facts.people, in: context)
            let topics = try TopicIndex(database: database)
            for name in facts.topics {
                try database.execute("INSERT OR IGNORE INTO article_topics (article_id, topic_id) VALUES (?, ?)",
                                     [.integer(articleID), .integer(try topics.id(named: name))])
            }
            let meetings = try MeetingResolver(database: database, topics: topics)
            for meeting in facts.meetings { try meetings.write(meeting, people: persons, in: context) }
            let aid = try AidResolver(database: database)
            for commitment in facts.aid { try aid.write(commitment, in: context) }

            return .added(IngestCounts(articleID: articleID, people: facts.people.count, newPeople: people.created,
                                       meetings: facts.meetings.count, aid: facts.aid.count))
        }
    }

    /// Ingests `article`, running `extract` only when its body is not stored yet.
    public func ingest(_ article: Article, extractingWith extract: (Article) throws -> Facts) throws -> IngestOutcome {
        if let known = try articleID(contentHash: ContentHash.of(article.body)) { return .alreadyKnown(articleID: known) }
        return try ingest(article, facts: try extract(article))
    }
}
