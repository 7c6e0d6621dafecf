import Extraction
import SQLite

/// A title a person held, with the first and last day an article showed it.
public struct RoleRow: Codable, Equatable, Sendable {
    public var title: String
    public var country: String?
    /// `YYYY-MM-DD`: publication days of the articles that showed it.
    public var firstSeen: String
    public var lastSeen: String
    /// The article it was first seen in.
    public var source: String?

    public init(title: String, country: String?, firstSeen: String, lastSeen: String, source: String?) {
        self.title = title
        self.country = country
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case title, country, firstSeen = "first_seen", lastSeen = "last_seen", source
    }
}

/// Someone a person met, and how often.
public struct CounterpartRow: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var country: String?
    /// Meetings the two took part in together.
    public var meetings: Int

    public init(id: Int64, name: String, country: String?, meetings: Int) {
        self.id = id
        self.name = name
        self.country = country
        self.meetings = meetings
    }
}

/// A topic of a person's meetings, and in how many of them it came up.
public struct TopicCount: Codable, Equatable, Sendable {
    public var topic: String
    public var meetings: Int

    public init(topic: String, meetings: Int) {
        self.topic = topic
        self.meetings = meetings
    }
}

/// Everything the knowledge base knows of one person.
public struct PersonProfile: Equatable, Sendable {
    /// Name, country, latest title, number of meetings and aliases.
    public var person: PersonRow
    /// Titles over time, earliest first.
    public var roles: [RoleRow]
    /// People met, most meetings together first, then by name.
    public var counterparts: [CounterpartRow]
    /// Topics of the person's meetings, most frequent first, then by name.
    public var topics: [TopicCount]
    /// Aid the person's country gave or received, oldest first (empty without a country).
    public var aid: [AidRow]

    public init(person: PersonRow, roles: [RoleRow], counterparts: [CounterpartRow], topics: [TopicCount], aid: [AidRow]) {
        self.person = person
        self.roles = roles
        self.counterparts = counterparts
        self.topics = topics
        self.aid = aid
    }
}

extension KnowledgeBase {
    /// The profile of the one person `name` means (see `people(named:)`). Throws
    /// `unknownPerson` when nobody fits and `ambiguousPerson` when several people do.
    public func profile(of name: String) throws -> PersonProfile {
        guard let person = try person(named: name) else { throw KnowledgeBaseError.unknownPerson(name: name) }
        let id = person.id
        let roles = try database.prepare(Self.profileSQL.roles).rows([.integer(id)]) { row in
            RoleRow(title: row.text(at: 0) ?? "", country: row.text(at: 1), firstSeen: row.text(at: 2) ?? "",
                    lastSeen: row.text(at: 3) ?? "", source: row.text(at: 4))
        }
        let counterparts = try database.prepare(Self.profileSQL.counterparts).rows([.integer(id)]) { row in
            CounterpartRow(id: row.int64(at: 0), name: row.text(at: 1) ?? "", country: row.text(at: 2), meetings: row.int(at: 3))
        }
        let topics = try database.prepare(Self.profileSQL.topics).rows([.integer(id)]) {
            TopicCount(topic: $0.text(at: 0) ?? "", meetings: $0.int(at: 1))
        }
        var aid: [AidRow] = []
        if let country = person.country {
            aid = try self.aid(donor: country).rows + self.aid(recipient: country).rows.filter { $0.donor != country }
            aid.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        }
        return PersonProfile(person: person, roles: roles, counterparts: counterparts, topics: topics, aid: aid)
    }

    /// The statements `profile(of:)` runs besides `people(named:)` and `aid(donor:)`, each searching
    /// by person (see RecordQueryPlanTests).
    static let profileSQL = (
        roles: """
        SELECT r.title, r.country, r.first_seen, r.last_seen, a.source
        FROM person_roles AS r LEFT JOIN articles AS a ON a.id = r.article_id
        WHERE r.person_id = ? ORDER BY r.first_seen, r.last_seen, r.title
        """,
        counterparts: """
        SELECT p.id, p.name, p.country, count(*) AS together
        FROM meeting_participants AS mine
        JOIN meeting_participants AS theirs ON theirs.meeting_id = mine.meeting_id AND theirs.person_id <> mine.person_id
        JOIN people AS p ON p.id = theirs.person_id
        WHERE mine.person_id = ?
        GROUP BY p.id ORDER BY together DESC, p.name, p.id
        """,
        topics: """
        SELECT t.name, count(*) AS meetings
        FROM meeting_participants AS mp JOIN meeting_topics AS mt ON mt.meeting_id = mp.meeting_id
        JOIN topics AS t ON t.id = mt.topic_id
        WHERE mp.person_id = ?
        GROUP BY t.id ORDER BY meetings DESC, t.name
        """
    )
}
