import SQLite

/// How much the knowledge base holds, over which dates, and its size.
public struct Statistics: Equatable, Sendable {
    public var articles: Int
    public var people: Int
    public var meetings: Int
    public var aidCommitments: Int
    public var topics: Int
    /// Evidence rows: how many reports of meetings and of commitments are stored.
    public var meetingReports: Int
    public var aidReports: Int
    /// The earliest and latest publication days (`YYYY-MM-DD`); nil when empty.
    public var firstArticle: String?
    public var lastArticle: String?
    /// The earliest and latest meeting and commitment dates; nil when none.
    public var firstMeeting: String?
    public var lastMeeting: String?
    public var firstAid: String?
    public var lastAid: String?
    /// `PRAGMA user_version`.
    public var schemaVersion: Int
    /// The database's size: pages times page size, without its -wal file.
    public var sizeBytes: Int64
}

extension KnowledgeBase {
    /// Counts, date ranges and size of the knowledge base. The ranges read the date indexes.
    public func statistics() throws -> Statistics {
        func count(_ sql: String) throws -> Int { Int(try database.scalarInt(sql) ?? 0) }
        func text(_ sql: String) throws -> String? { try database.scalarText(sql) }
        // One snapshot, so that the counts agree with each other while an ingest writes.
        return try snapshot { Statistics(
            articles: try count("SELECT count(*) FROM articles"),
            people: try count("SELECT count(*) FROM people"),
            meetings: try count("SELECT count(*) FROM meetings"),
            aidCommitments: try count("SELECT count(*) FROM aid_commitments"),
            topics: try count("SELECT count(*) FROM topics"),
            meetingReports: try count("SELECT count(*) FROM meeting_sources"),
            aidReports: try count("SELECT count(*) FROM aid_sources"),
            firstArticle: try text("SELECT min(published_on) FROM articles"),
            lastArticle: try text("SELECT max(published_on) FROM articles"),
            firstMeeting: try text("SELECT min(date) FROM meetings"),
            lastMeeting: try text("SELECT max(date) FROM meetings"),
            firstAid: try text("SELECT min(date) FROM aid_commitments"),
            lastAid: try text("SELECT max(date) FROM aid_commitments"),
            schemaVersion: try database.userVersion(),
            sizeBytes: (try database.scalarInt("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")) ?? 0) }
    }
}
