import SQLite

/// Someone who took part in a meeting, with the title and country they had at the time.
public struct ParticipantRow: Codable, Equatable, Sendable {
    /// The person's id (as in `people`).
    public var id: Int64
    public var name: String
    /// `principal` or `attendee`.
    public var role: String
    public var title: String?
    public var country: String?

    public init(id: Int64, name: String, role: String, title: String?, country: String?) {
        self.id = id
        self.name = name
        self.role = role
        self.title = title
        self.country = country
    }
}

/// Everything stored about one meeting.
public struct MeetingDetail: Equatable, Sendable {
    public var id: Int64
    /// `YYYY-MM-DD`; with a precision of month or year, the first day of the period.
    public var date: String
    public var datePrecision: String
    public var location: String?
    public var locationCountry: String?
    public var mode: String
    public var status: String
    /// Principals first, then in order of mention.
    public var participants: [ParticipantRow]
    public var topics: [String]
    /// Every article that reports the meeting, with its sentence.
    public var sources: [SourceRow]
}

extension KnowledgeBase {
    /// The statements `meeting(id:)` runs, each a lookup by key (see QueryPlanTests).
    static let meetingDetailSQL = (
        meeting: """
        SELECT date, date_precision, location, location_country, mode, status FROM meetings WHERE id = ?
        """,
        participants: """
        SELECT p.id, p.name, CASE WHEN mp.principal THEN 'principal' ELSE 'attendee' END, mp.title, mp.country
        FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
        WHERE mp.meeting_id = ? ORDER BY mp.principal DESC, mp.position, p.name
        """,
        topics: """
        SELECT t.name FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
        WHERE mt.meeting_id = ? ORDER BY t.name
        """
    )

    /// The meeting `id`, with its participants, topics and every source; throws `notFound`.
    public func meeting(id: Int64) throws -> MeetingDetail {
        let found = try database.prepare(Self.meetingDetailSQL.meeting).rows([.integer(id)]) { row in
            MeetingDetail(id: id, date: row.text(at: 0) ?? "", datePrecision: row.text(at: 1) ?? "unknown",
                          location: row.text(at: 2), locationCountry: row.text(at: 3), mode: row.text(at: 4) ?? "",
                          status: row.text(at: 5) ?? "", participants: [], topics: [], sources: [])
        }
        guard var meeting = found.first else { throw QueryError.notFound(kind: "meeting", id: id) }
        meeting.participants = try database.prepare(Self.meetingDetailSQL.participants).rows([.integer(id)]) { row in
            ParticipantRow(id: row.int64(at: 0), name: row.text(at: 1) ?? "", role: row.text(at: 2) ?? "",
                           title: row.text(at: 3), country: row.text(at: 4))
        }
        meeting.topics = try database.prepare(Self.meetingDetailSQL.topics).rows([.integer(id)]) { $0.text(at: 0) ?? "" }
        meeting.sources = try SourceQuery(database: database, sql: SourceQuery.meetingSQL).sources(of: id)
        return meeting
    }
}
