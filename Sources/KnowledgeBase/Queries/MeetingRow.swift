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
    /// - `evidence`: fill in every row's `evidence` (nil otherwise); reading it from each row's
    ///   article is half the time of a list, which a table that does not show it need not spend.
    public func meetings(person: String? = nil, with other: String? = nil, topic: String? = nil, country: String? = nil,
                         since: Day? = nil, until: Day? = nil, mode: MeetingMode? = nil, status: MeetingStatus? = nil,
                         limit: Int? = nil, withSources: Bool = false, evidence: Bool = true) throws -> [MeetingRow] {
        try reading { () throws -> [MeetingRow] in
            var people: [Int64] = []
            for name in [person, other].compactMap({ $0 }) {
                guard let found = try self.person(named: name) else { return [] }
                people.append(found.id)
            }
            // The topic's id, found once, rather than its name joined for every meeting of the dates.
            var topicID: Int64?
            if let topic {
                topicID = try database.prepare(Self.topicIDSQL).rows([.text(topic.trimmingWhitespace())]) { $0.int64(at: 0) }.first
                if topicID == nil { return [] }
            }
            let meetings = try database.prepare(Self.meetingsSQL(person: !people.isEmpty, with: people.count > 1, topic: topic != nil,
                                                                 country: country != nil, mode: mode != nil, status: status != nil))
            var values: [String: SQLiteValue] = [":since": .text(since?.description), ":until": .text(until?.description)]
            if let first = people.first { values[":person"] = .integer(first) }
            if people.count > 1 { values[":with"] = .integer(people[1]) }
            if let topicID { values[":topic"] = .integer(topicID) }
            if let country { values[":country"] = .text(country.uppercased()) }
            if let mode { values[":mode"] = .text(mode.rawValue) }
            if let status { values[":status"] = .text(status.rawValue) }
            // > If the LIMIT expression evaluates to a negative value, then there is no upper bound.
            // <https://www.sqlite.org/lang_select.html#limitoffset>
            values[":limit"] = .integer(Int64(limit ?? -1))
            try meetings.bind(values)
            var rows: [MeetingRow] = []
            while try meetings.step() {
                rows.append(MeetingRow(
                    id: meetings.int64(at: 0), date: meetings.text(at: 1) ?? "", datePrecision: meetings.text(at: 2) ?? "unknown",
                    location: meetings.text(at: 3), mode: meetings.text(at: 4) ?? "", status: meetings.text(at: 5) ?? "",
                    participants: [], topics: [], evidence: nil))
            }
            try fillParticipantsAndTopics(of: &rows)
            if evidence {
                try FirstEvidence.meetings.fill(rows.count, id: { rows[$0].id }, set: { rows[$0].evidence = $1 }, in: database)
            }
            if withSources {
                let sources = try SourceQuery(database: database, sql: SourceQuery.meetingSQL)
                for index in rows.indices { rows[index].sources = try sources.sources(of: rows[index].id) }
            }
            return rows
        }
    }

    /// Fills in the participants and topics of `rows`, two statements per batch of meetings
    /// rather than two per meeting.
    ///
    /// The statements read each meeting's rows by key and leave the order within a meeting to
    /// `MeetingParticipant` and `topicPrecedes` (issue 7: SQLite sorted each meeting's few rows in
    /// a temporary b-tree, half the time of the statements).
    private func fillParticipantsAndTopics(of rows: inout [MeetingRow]) throws {
        guard !rows.isEmpty else { return }
        let participantsStatement = try database.prepare(Self.meetingParticipantsSQL)
        let topicsStatement = try database.prepare(Self.meetingTopicsSQL)
        var index: [Int64: Int] = [:]
        index.reserveCapacity(min(rows.count, Self.meetingBatch))
        var participants: [[MeetingParticipant]] = []
        for batch in stride(from: 0, to: rows.count, by: Self.meetingBatch) {
            let range = batch..<min(rows.count, batch + Self.meetingBatch)
            index.removeAll(keepingCapacity: true)
            for position in range { index[rows[position].id] = position - batch }
            participants = Array(repeating: [], count: range.count)
            // The ids as a JSON array, which json_each reads back as rows.
            let ids: SQLiteValue = .text("[" + rows[range].map { String($0.id) }.joined(separator: ",") + "]")
            _ = try participantsStatement.rows([ids]) { row in
                if let offset = index[row.int64(at: 0)] {
                    participants[offset].append(MeetingParticipant(principal: row.int64(at: 1) != 0, position: row.int64(at: 2),
                                                                   name: row.text(at: 3) ?? ""))
                }
            }
            _ = try topicsStatement.rows([ids]) { row in
                if let offset = index[row.int64(at: 0)] { rows[batch + offset].topics.append(row.text(at: 1) ?? "") }
            }
            for offset in participants.indices {
                rows[batch + offset].participants = participants[offset].sorted(by: <).map(\.name)
                rows[batch + offset].topics.sort(by: Self.topicPrecedes)
            }
        }
    }

    /// Whether topic `a` is listed before topic `b`: as `ORDER BY name` orders `topics.name`,
    /// which is COLLATE NOCASE (bytes compared with ASCII capitals as small letters).
    static func topicPrecedes(_ a: String, _ b: String) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        return a.utf8.lazy.map(folded).lexicographicallyPrecedes(b.utf8.lazy.map(folded))
    }

    // MARK: - SQL

    /// The id of the topic named `?` (any case), as `meetingsSQL` takes it.
    static let topicIDSQL = "SELECT id FROM topics WHERE name = ? COLLATE NOCASE"

    /// The meetings, narrowed by the filters present: `:person` and `:with` (person ids), `:topic`
    /// (a topic id), `:country` (a code), `:mode`, `:status`; `:since` and `:until` may be null, and
    /// `:limit` negative for no limit.
    ///
    /// Written so that the planner can use indexes (QueryPlanTests asserts it): a filter that is not
    /// given is left out of the SQL (`:x IS NULL OR …` would make SQLite scan every meeting), and
    /// the dates are ranges on `date`. The evidence is read afterwards (`FirstEvidence`).
    static func meetingsSQL(person: Bool, with: Bool = false, topic: Bool = false, country: Bool = false, mode: Bool = false,
                            status: Bool = false) -> String {
        var filters: [String] = []
        if person { filters.append("m.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = :person)") }
        if with { filters.append("m.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = :with)") }
        if topic {
            // Checked per meeting (a topic holds a tenth of all meetings): the dates, a person or the
            // limit choose the meetings, never the whole list of the topic's meetings.
            filters.append("""
                EXISTS (SELECT 1 FROM meeting_topics AS mt WHERE mt.meeting_id = m.id AND mt.topic_id = :topic)
                """)
        }
        if country {
            // Checked per meeting, as a topic is: the row's sketch of its countries, then, where it
            // may hold the country, the location, then its participants by meeting and each by key
            // (CROSS JOIN keeps that order, rather than every person of the country for each meeting).
            // Codes are stored in capitals and `:country` is bound in capitals.
            filters.append("""
                m.country_bits & \(countryBitSQL(":country")) <> 0
                AND (m.location_country = :country
                     OR EXISTS (SELECT 1 FROM meeting_participants AS mp CROSS JOIN people AS p ON p.id = mp.person_id
                                WHERE mp.meeting_id = m.id AND p.country = :country))
                """)
        }
        if mode { filters.append("m.mode = :mode") }
        if status { filters.append("m.status = :status") }
        filters.append("m.date >= ifnull(:since, '') AND m.date <= ifnull(:until, '9999-99-99')")
        return """
            SELECT m.id, m.date, m.date_precision, m.location, m.mode, m.status
            FROM meetings AS m
            WHERE \(filters.joined(separator: "\n  AND "))
            ORDER BY m.date, m.id
            LIMIT :limit
            """
    }

    /// The bit that `meetings.country_bits` sets for the country code `code` (an SQL expression), as
    /// migration 0009's triggers compute it; null for a null code.
    static func countryBitSQL(_ code: String) -> String {
        "(1 << ((unicode(\(code)) * 26 + ifnull(unicode(substr(\(code), 2)), 0) + length(\(code))) % 30))"
    }

    /// The `country_bits` of a new meeting (an SQL expression) located in the country `location`,
    /// with the people whose ids the JSON array `people` holds: a meeting inserted with it is
    /// written once at its full size (migration 0009's triggers then find every bit set). Bit 30 is
    /// always set, so that the sketch always takes 4 bytes.
    public static func newMeetingCountryBitsSQL(location: String, people: String) -> String {
        """
        (\(1 << 30) | (SELECT ifnull(sum(bit), 0) FROM (
            SELECT \(countryBitSQL(location)) AS bit
            UNION SELECT \(countryBitSQL("p.country")) FROM people AS p WHERE p.id IN (SELECT value FROM json_each(\(people))))))
        """
    }

    /// How many meetings one batch of `meetingParticipantsSQL` and `meetingTopicsSQL` covers.
    static let meetingBatch = 500

    /// The participants of the meetings `?1` (a JSON array of ids): meeting, principal flag,
    /// position and name, each meeting's rows by key (CROSS JOIN keeps the ids as the outer loop),
    /// in no order within a meeting (`MeetingParticipant` orders them).
    static let meetingParticipantsSQL = """
        SELECT mp.meeting_id, mp.principal, mp.position, p.name
        FROM json_each(?1) AS j CROSS JOIN meeting_participants AS mp ON mp.meeting_id = j.value
             CROSS JOIN people AS p ON p.id = mp.person_id
        """

    /// The names of the topics of the meetings `?1` (a JSON array of ids), each meeting's by key,
    /// in no order within a meeting (`topicPrecedes` orders them).
    static let meetingTopicsSQL = """
        SELECT mt.meeting_id, t.name
        FROM json_each(?1) AS j CROSS JOIN meeting_topics AS mt ON mt.meeting_id = j.value
             CROSS JOIN topics AS t ON t.id = mt.topic_id
        """
}

/// A participant of a meeting as `meetingParticipantsSQL` reads it, ordered as lists show them:
/// principals first, then in order of first mention; names, compared byte by byte as SQLite's
/// BINARY collation does, settle ties between reports.
struct MeetingParticipant: Comparable {
    var principal: Bool
    var position: Int64
    var name: String

    static func < (a: MeetingParticipant, b: MeetingParticipant) -> Bool {
        if a.principal != b.principal { return a.principal }
        if a.position != b.position { return a.position < b.position }
        return a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
    }

    static func == (a: MeetingParticipant, b: MeetingParticipant) -> Bool {
        a.principal == b.principal && a.position == b.position && a.name.utf8.elementsEqual(b.name.utf8)
    }
}
