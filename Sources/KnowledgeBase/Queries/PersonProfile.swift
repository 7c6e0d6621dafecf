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
    /// How many of the latest commitments of the person's country a profile lists unless asked
    /// otherwise: a country may have thousands, which `attache aid` lists better.
    public static let defaultAidLimit = 20

    /// Name, country, latest title, number of meetings and aliases.
    public var person: PersonRow
    /// Titles over time, earliest first.
    public var roles: [RoleRow]
    /// People met, most meetings together first, then by name.
    public var counterparts: [CounterpartRow]
    /// Topics of the person's meetings, most frequent first, then by name.
    public var topics: [TopicCount]
    /// Aid the person's country gave or received, oldest first (empty without a country): the
    /// latest commitments, as many as `profile(of:aidLimit:)` was asked for.
    public var aid: [AidRow]
    /// How many commitments the person's country gave or received in all: more than `aid` holds
    /// when the list was cut to the latest (`attache aid --donor` and `--recipient` list them all).
    public var aidCommitments: Int

    public init(person: PersonRow, roles: [RoleRow], counterparts: [CounterpartRow], topics: [TopicCount], aid: [AidRow],
                aidCommitments: Int? = nil) {
        self.person = person
        self.roles = roles
        self.counterparts = counterparts
        self.topics = topics
        self.aid = aid
        self.aidCommitments = aidCommitments ?? aid.count
    }
}

extension KnowledgeBase {
    /// The profile of the one person `name` means (see `people(named:)`). Throws
    /// `unknownPerson` when nobody fits and `ambiguousPerson` when several people do.
    ///
    /// `aidLimit`: at most this many of the latest commitments of the person's country (nil for
    /// all). A country may have given or received thousands; the count of them all is
    /// `aidCommitments`, read from the running sums rather than from every commitment.
    public func profile(of name: String, aidLimit: Int? = PersonProfile.defaultAidLimit) throws -> PersonProfile {
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
        var aidCommitments = 0
        if let country = person.country {
            // The latest of each side (newest first, as the party's date index reads backwards),
            // then the latest of both, oldest first.
            let limit: SQLiteValue = .integer(Int64(aidLimit ?? -1))
            let given = try aidRows(Self.profileAidSQL.given, [":country": .text(country), ":limit": limit])
            let received = try aidRows(Self.profileAidSQL.received, [":country": .text(country), ":limit": limit])
            aid = (given + received).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
            if let aidLimit { aid = Array(aid.prefix(aidLimit)) }
            aid.reverse()
            aidCommitments = Int(try database.scalarInt(Self.profileAidSQL.count, [.text(country)]) ?? 0)
        }
        return PersonProfile(person: person, roles: roles, counterparts: counterparts, topics: topics, aid: aid,
                             aidCommitments: aidCommitments)
    }

    /// The rows of `sql`, a statement selecting `aidColumns()`, bound to `values`, with their evidence.
    private func aidRows(_ sql: String, _ values: [String: SQLiteValue]) throws -> [AidRow] {
        let statement = try database.prepare(sql)
        try statement.bind(values)
        return try aidRows(statement, evidence: true)
    }

    /// The statements of the aid in a profile: the latest `:limit` commitments `:country` gave
    /// (by the donor's date index, backwards), those it received from another (by the
    /// recipient's), and how many it gave or received in all, from `aid_party_totals` less those
    /// it gave itself (found by aid_commitments_key, one currency at a time).
    static let profileAidSQL = (
        given: """
        SELECT \(aidColumns())
        FROM aid_commitments AS a
        WHERE a.donor = :country COLLATE NOCASE
        ORDER BY a.donor COLLATE NOCASE DESC, a.date DESC, a.id DESC
        LIMIT :limit
        """,
        received: """
        SELECT \(aidColumns())
        FROM aid_commitments AS a
        WHERE a.recipient = :country COLLATE NOCASE AND a.donor IS NOT :country
        ORDER BY a.recipient COLLATE NOCASE DESC, a.date DESC, a.id DESC
        LIMIT :limit
        """,
        count: """
        SELECT ifnull((SELECT sum(commitments + running_totals) FROM aid_party_totals
                       WHERE grouping IN ('donor', 'recipient') AND key = ?1), 0)
             - (SELECT count(*) FROM aid_commitments
                WHERE currency IN (SELECT currency FROM aid_party_totals WHERE grouping = 'donor' AND key = ?1)
                  AND donor = ?1 AND recipient = ?1)
        """
    )

    /// The statements `profile(of:)` runs besides `people(named:)` and `aid(donor:)`, each searching
    /// by person (see RecordQueryPlanTests).
    static let profileSQL = (
        roles: """
        SELECT r.title, nullif(r.country, ''), r.first_seen, r.last_seen, a.source
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
