import Extraction
import SQLite

/// One meeting as queries return it. Fields are added, never renamed or retyped; their JSON
/// names are the snake_case keys below, in this order.
public struct MeetingRow: Codable, Equatable, Sendable {
    public var id: Int64
    /// `YYYY-MM-DD`; with a precision of month or year, the first day of the period.
    public var date: String
    /// `day`, `month`, `year` or `unknown`.
    public var datePrecision: String
    public var location: String?
    /// `in_person`, `call` or `video`.
    public var mode: String
    /// `held`, `planned` or `cancelled`.
    public var status: String
    /// Participants' names, principals first, in order of mention.
    public var participants: [String]
    public var topics: [String]
    /// The first sentence that reports the meeting.
    public var evidence: String?
    /// Every report of the meeting, earliest article first; nil unless asked for.
    public var sources: [SourceRow]? = nil

    public init(id: Int64, date: String, datePrecision: String, location: String?, mode: String, status: String,
                participants: [String], topics: [String], evidence: String?) {
        self.id = id
        self.date = date
        self.datePrecision = datePrecision
        self.location = location
        self.mode = mode
        self.status = status
        self.participants = participants
        self.topics = topics
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case id, date, datePrecision = "date_precision", location, mode, status, participants, topics, evidence
    }

    // Encoded by hand so that a missing location or evidence is `null`, not an absent key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(datePrecision, forKey: .datePrecision)
        try container.encode(location, forKey: .location)
        try container.encode(mode, forKey: .mode)
        try container.encode(status, forKey: .status)
        try container.encode(participants, forKey: .participants)
        try container.encode(topics, forKey: .topics)
        try container.encode(evidence, forKey: .evidence)
    }
}

extension KnowledgeBase {
    /// Meetings, oldest first, narrowed by any of the filters given.
    ///
    /// - `person`: meetings this person took part in; the name is matched as by
    ///   `people(named:)` (any alias, a full name whose forms agree, or a surname), ignoring case
    ///   and accents. A name that fits several people throws `ambiguousPerson`, listing them,
    ///   rather than mixing their meetings; a name that fits nobody finds no meetings.
    /// - `with`: only meetings this second person also took part in (matched the same way).
    /// - `topic`: only meetings tagged with this topic (any case).
    /// - `country`: only meetings held in this country or with a participant from it (a code).
    /// - `since`, `until`: only meetings dated within these days, inclusively.
    /// - `mode`, `status`: only meetings held this way, or in this state.
    /// - `limit`: at most this many rows, the oldest.
    /// - `withSources`: fill in every row's `sources`.
    public func meetings(person: String? = nil, with other: String? = nil, topic: String? = nil, country: String? = nil,
                         since: Day? = nil, until: Day? = nil, mode: MeetingMode? = nil, status: MeetingStatus? = nil,
                         limit: Int? = nil, withSources: Bool = false) throws -> [MeetingRow] {
        var people: [Int64] = []
        for name in [person, other].compactMap({ $0 }) {
            guard let found = try self.person(named: name) else { return [] }
            people.append(found.id)
        }
        let meetings = try database.prepare("""
            SELECT m.id, m.date, m.date_precision, m.location, m.mode, m.status,
                   (SELECT s.evidence FROM meeting_sources AS s JOIN articles AS a ON a.id = s.article_id
                    WHERE s.meeting_id = m.id ORDER BY a.published_on, a.source, s.start LIMIT 1)
            FROM meetings AS m
            WHERE (:person IS NULL OR m.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = :person))
              AND (:with IS NULL OR m.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = :with))
              AND (:topic IS NULL OR m.id IN (
                      SELECT mt.meeting_id FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
                      WHERE t.name = :topic COLLATE NOCASE))
              AND (:country IS NULL OR m.location_country = :country COLLATE NOCASE OR m.id IN (
                      SELECT mp.meeting_id FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
                      WHERE p.country = :country COLLATE NOCASE))
              AND (:since IS NULL OR m.date >= :since)
              AND (:until IS NULL OR m.date <= :until)
              AND (:mode IS NULL OR m.mode = :mode)
              AND (:status IS NULL OR m.status = :status)
            ORDER BY m.date, m.id
            LIMIT :limit
            """)
        try meetings.bind([
            ":person": people.first.map { .integer($0) } ?? .null,
            ":with": people.count > 1 ? .integer(people[1]) : .null,
            ":topic": .text(topic?.trimmingWhitespace()),
            ":country": .text(country),
            ":since": .text(since?.description),
            ":until": .text(until?.description),
            ":mode": .text(mode?.rawValue),
            ":status": .text(status?.rawValue),
            // > If the LIMIT expression evaluates to a negative value, then there is no upper bound.
            // <https://www.sqlite.org/lang_select.html#limitoffset>
            ":limit": .integer(Int64(limit ?? -1)),
        ])
        // Principals first, then in order of first mention; names settle ties between reports.
        let participants = try database.prepare("""
            SELECT p.name FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
            WHERE mp.meeting_id = ? ORDER BY mp.role DESC, mp.position, p.name
            """)
        let topics = try database.prepare("""
            SELECT t.name FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
            WHERE mt.meeting_id = ? ORDER BY t.name
            """)
        let sources = withSources ? try SourceQuery(database: database, sql: SourceQuery.meetingSQL) : nil
        var rows: [MeetingRow] = []
        while try meetings.step() {
            let id = meetings.int64(at: 0)
            var row = MeetingRow(
                id: id, date: meetings.text(at: 1) ?? "", datePrecision: meetings.text(at: 2) ?? "unknown",
                location: meetings.text(at: 3), mode: meetings.text(at: 4) ?? "", status: meetings.text(at: 5) ?? "",
                participants: try participants.rows([.integer(id)]) { $0.text(at: 0) ?? "" },
                topics: try topics.rows([.integer(id)]) { $0.text(at: 0) ?? "" },
                evidence: meetings.text(at: 6))
            row.sources = try sources?.sources(of: id)
            rows.append(row)
        }
        return rows
    }
}
