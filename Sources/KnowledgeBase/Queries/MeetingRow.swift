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
    /// Meetings, oldest first, optionally only those `person` took part in and within dates.
    ///
    /// `person` matches any alias a person was seen under, or their surname, ignoring case and
    /// accents: "blaszczak" finds "Mariusz Błaszczak". A name shared by several people matches
    /// them all; each row lists its participants, so the reader sees who is who.
    public func meetings(person: String? = nil, since: Day? = nil, until: Day? = nil) throws -> [MeetingRow] {
        let meetings = try database.prepare(Self.meetingsSQL(byPerson: person != nil))
        var values: [String: SQLiteValue] = [":since": .text(since?.description), ":until": .text(until?.description)]
        if let person { values[":person"] = .text(Folding.fold(person)) }
        try meetings.bind(values)
        let participants = try database.prepare(Self.meetingParticipantsSQL)
        let topics = try database.prepare(Self.meetingTopicsSQL)
        var rows: [MeetingRow] = []
        while try meetings.step() {
            let id = meetings.int64(at: 0)
            rows.append(MeetingRow(
                id: id, date: meetings.text(at: 1) ?? "", datePrecision: meetings.text(at: 2) ?? "unknown",
                location: meetings.text(at: 3), mode: meetings.text(at: 4) ?? "", status: meetings.text(at: 5) ?? "",
                participants: try participants.rows([.integer(id)]) { $0.text(at: 0) ?? "" },
                topics: try topics.rows([.integer(id)]) { $0.text(at: 0) ?? "" },
                evidence: meetings.text(at: 6)))
        }
        return rows
    }

    // MARK: - SQL

    /// The meetings, of one person (`:person`, folded) or of all; `:since` and `:until` may be null.
    ///
    /// Written so that the planner can use indexes (QueryPlanTests asserts it): the person filter is
    /// left out when there is none (`:person IS NULL OR …` would make SQLite scan every meeting),
    /// and the dates are ranges on `date`.
    static func meetingsSQL(byPerson: Bool) -> String {
        let personFilter = byPerson ? """
            m.id IN (
                  SELECT mp.meeting_id FROM meeting_participants AS mp
                  WHERE mp.person_id IN (
                      SELECT pa.person_id FROM person_aliases AS pa WHERE pa.alias_folded = :person
                      UNION
                      SELECT p.id FROM people AS p WHERE p.surname_folded = :person))
              AND
            """ : ""
        return """
            SELECT m.id, m.date, m.date_precision, m.location, m.mode, m.status,
                   (SELECT s.evidence FROM meeting_sources AS s WHERE s.meeting_id = m.id ORDER BY s.rowid LIMIT 1)
            FROM meetings AS m
            WHERE \(personFilter) m.date >= ifnull(:since, '') AND m.date <= ifnull(:until, '9999-99-99')
            ORDER BY m.date, m.id
            """
    }

    /// The names of a meeting's participants, in order.
    static let meetingParticipantsSQL = """
        SELECT p.name FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
        WHERE mp.meeting_id = ? ORDER BY mp.position
        """

    /// The names of a meeting's topics.
    static let meetingTopicsSQL = """
        SELECT t.name FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
        WHERE mt.meeting_id = ? ORDER BY t.name
        """
}
