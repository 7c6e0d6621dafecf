import Extraction
import SQLite

/// What `attache report` draws: every filter is optional, and those given all apply.
public struct ReportSelection: Equatable, Sendable {
    /// A person's name, matched as by `person(named:)`: the page becomes their dossier.
    public var person: String?
    /// A country code or body short name: meetings held there or with someone from it, aid it gave or received.
    public var country: String?
    /// A topic name (any case): meetings tagged with it, aid reported by articles tagged with it.
    public var topic: String?
    /// Only meetings and commitments dated within these days, inclusively.
    public var since: Day?
    public var until: Day?

    public init(person: String? = nil, country: String? = nil, topic: String? = nil, since: Day? = nil, until: Day? = nil) {
        self.person = person
        self.country = country
        self.topic = topic
        self.since = since
        self.until = until
    }
}

/// One meeting of a report, with its people, topics and first report.
public struct ReportMeeting: Equatable, Sendable {
    public var id: Int64
    /// With a precision of month or year, the first day of the period.
    public var date: Day
    public var datePrecision: DatePrecision
    public var location: String?
    public var locationCountry: String?
    public var mode: MeetingMode
    public var status: MeetingStatus
    /// Principals first, then in order of mention; each with the title and country of the time
    /// (the person's own country when the meeting's report gave none).
    public var participants: [ParticipantRow]
    public var topics: [String]
    /// The earliest report: the article (title, date, source) and its sentence.
    public var source: SourceRow?
    /// How many articles report the meeting.
    public var reports: Int

    public init(id: Int64, date: Day, datePrecision: DatePrecision = .day, location: String? = nil, locationCountry: String? = nil,
                mode: MeetingMode = .inPerson, status: MeetingStatus = .held, participants: [ParticipantRow], topics: [String] = [],
                source: SourceRow? = nil, reports: Int = 1) {
        self.id = id
        self.date = date
        self.datePrecision = datePrecision
        self.location = location
        self.locationCountry = locationCountry
        self.mode = mode
        self.status = status
        self.participants = participants
        self.topics = topics
        self.source = source
        self.reports = reports
    }
}

/// One aid commitment of a report, with the amount as written and its first report.
public struct ReportCommitment: Equatable, Sendable {
    public var aid: AidRow
    /// The amount as the text wrote it ("$4.8 billion").
    public var amountText: String
    /// The earliest report: the article (title, date, source) and its sentence.
    public var source: SourceRow?
    /// How many articles report the commitment.
    public var reports: Int

    public init(aid: AidRow, amountText: String, source: SourceRow? = nil, reports: Int = 1) {
        self.aid = aid
        self.amountText = amountText
        self.source = source
        self.reports = reports
    }
}

/// Everything a report shows, read in one snapshot.
public struct ReportData: Equatable, Sendable {
    public var selection: ReportSelection
    /// With `selection.person`: that person's profile (roles over time, counterparts of all time).
    public var profile: PersonProfile?
    /// Oldest first.
    public var meetings: [ReportMeeting]
    /// Oldest first.
    public var commitments: [ReportCommitment]
    /// How many distinct articles report the meetings and commitments shown.
    public var articles: Int

    public init(selection: ReportSelection, profile: PersonProfile?, meetings: [ReportMeeting],
                commitments: [ReportCommitment], articles: Int) {
        self.selection = selection
        self.profile = profile
        self.meetings = meetings
        self.commitments = commitments
        self.articles = articles
    }
}

extension KnowledgeBase {
    /// The meetings and commitments `selection` picks, with their people, topics and first
    /// reports, read in one snapshot. A person's name that fits nobody throws `unknownPerson`,
    /// one that fits several `ambiguousPerson`, listing them.
    ///
    /// Aid is selected as meetings are, except that `person` means aid their country gave or
    /// received (none when no country is known), and `topic` means aid reported by an article
    /// tagged with it.
    public func reportData(_ selection: ReportSelection) throws -> ReportData {
        try snapshot {
            let profile = try selection.person.map { try self.profile(of: $0) }
            var values: [String: SQLiteValue] = [
                ":since": .text(selection.since?.description), ":until": .text(selection.until?.description),
            ]
            if let profile { values[":person"] = .integer(profile.person.id) }
            if let country = selection.country { values[":country"] = .text(country.uppercased()) }
            if let topic = selection.topic { values[":topic"] = .text(topic) }
            let personCountry = profile.map { $0.person.country } ?? nil
            if let personCountry { values[":home"] = .text(personCountry.uppercased()) }

            let meetingFilter = Self.reportMeetingFilter(selection, person: profile != nil)
            let meetings = try reportMeetings(filter: meetingFilter, values: values)
            let commitments = profile != nil && personCountry == nil
                ? [] : try reportCommitments(filter: Self.reportAidFilter(selection, personCountry: personCountry != nil), values: values)
            let articles = Set(meetings.flatMap(\.articleIDs) + commitments.flatMap(\.articleIDs))
            return ReportData(selection: selection, profile: profile, meetings: meetings.map(\.meeting),
                              commitments: commitments.map(\.commitment), articles: articles.count)
        }
    }

    // MARK: - Meetings

    private func reportMeetings(filter: String, values: [String: SQLiteValue]) throws
        -> [(meeting: ReportMeeting, articleIDs: [Int64])]
    {
        let selected = "SELECT m.id FROM meetings AS m WHERE \(filter)"
        let participants = try grouped(Self.reportParticipantsSQL(selected), values) { row in
            ParticipantRow(id: row.int64(at: 1), name: row.text(at: 2) ?? "", role: row.text(at: 3) ?? "",
                           title: row.text(at: 4), country: row.text(at: 5))
        }
        let topics = try grouped(Self.reportTopicsSQL(selected), values) { $0.text(at: 1) ?? "" }
        let sources = try grouped(Self.reportSourcesSQL(selected, table: "meeting_sources", key: "meeting_id"), values,
                                  Self.reportSource)
        let statement = try prepare("""
            SELECT m.id, m.date, m.date_precision, m.location, m.location_country, m.mode, m.status
            FROM meetings AS m WHERE \(filter) ORDER BY m.date, m.id
            """, values)
        var meetings: [(ReportMeeting, [Int64])] = []
        while try statement.step() {
            let id = statement.int64(at: 0)
            let reports = sources[id] ?? []
            let meeting = ReportMeeting(
                id: id, date: Day(iso: statement.text(at: 1) ?? "") ?? Day(ordinal: 0),
                datePrecision: DatePrecision(rawValue: statement.text(at: 2) ?? "") ?? .unknown,
                location: statement.text(at: 3), locationCountry: statement.text(at: 4),
                mode: MeetingMode(rawValue: statement.text(at: 5) ?? "") ?? .inPerson,
                status: MeetingStatus(rawValue: statement.text(at: 6) ?? "") ?? .held,
                participants: participants[id] ?? [], topics: topics[id] ?? [], source: reports.first, reports: reports.count)
            meetings.append((meeting, reports.map(\.articleID)))
        }
        return meetings
    }

    /// The `WHERE` clause of the meetings `selection` picks (over `meetings AS m`); filters not
    /// given are left out, so that the planner searches the indexes of those that are.
    static func reportMeetingFilter(_ selection: ReportSelection, person: Bool) -> String {
        var filters = ["m.date >= ifnull(:since, '') AND m.date <= ifnull(:until, '9999-99-99')"]
        if person { filters.append("m.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = :person)") }
        if selection.topic != nil {
            // Checked per meeting by key, as `meetings --topic` does (no index lists a topic's meetings).
            filters.append("""
                EXISTS (SELECT 1 FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
                        WHERE mt.meeting_id = m.id AND t.name = :topic COLLATE NOCASE)
                """)
        }
        if selection.country != nil {
            filters.append("""
                (m.location_country = :country
                 OR m.id IN (SELECT mp.meeting_id FROM people AS p JOIN meeting_participants AS mp ON mp.person_id = p.id
                             WHERE p.country = :country))
                """)
        }
        return filters.joined(separator: " AND ")
    }

    static func reportParticipantsSQL(_ selected: String) -> String {
        """
        SELECT mp.meeting_id, p.id, p.name, CASE WHEN mp.principal THEN 'principal' ELSE 'attendee' END, mp.title,
               ifnull(mp.country, p.country)
        FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
        WHERE mp.meeting_id IN (\(selected))
        ORDER BY mp.meeting_id, mp.principal DESC, mp.position, p.name
        """
    }

    static func reportTopicsSQL(_ selected: String) -> String {
        """
        SELECT mt.meeting_id, t.name FROM meeting_topics AS mt JOIN topics AS t ON t.id = mt.topic_id
        WHERE mt.meeting_id IN (\(selected)) ORDER BY mt.meeting_id, t.name
        """
    }

    // MARK: - Aid

    private func reportCommitments(filter: String, values: [String: SQLiteValue]) throws
        -> [(commitment: ReportCommitment, articleIDs: [Int64])]
    {
        let selected = "SELECT a.id FROM aid_commitments AS a WHERE \(filter)"
        let sources = try grouped(Self.reportSourcesSQL(selected, table: "aid_sources", key: "aid_id"), values, Self.reportSource)
        let statement = try prepare("""
            SELECT a.id, a.date, a.date_precision, a.donor, a.recipient, a.amount, a.currency, a.kind, a.cumulative, a.amount_text
            FROM aid_commitments AS a WHERE \(filter) ORDER BY a.date, a.id
            """, values)
        var commitments: [(ReportCommitment, [Int64])] = []
        while try statement.step() {
            let id = statement.int64(at: 0)
            let reports = sources[id] ?? []
            var aid = AidRow(id: id, date: statement.text(at: 1) ?? "", donor: statement.text(at: 3), recipient: statement.text(at: 4),
                             amount: statement.int64(at: 5), currency: statement.text(at: 6) ?? "", kind: statement.text(at: 7) ?? "",
                             cumulative: statement.int64(at: 8) != 0, evidence: reports.first?.evidence)
            aid.datePrecision = statement.text(at: 2) ?? "day"
            commitments.append((ReportCommitment(aid: aid, amountText: statement.text(at: 9) ?? "", source: reports.first,
                                                 reports: reports.count), reports.map(\.articleID)))
        }
        return commitments
    }

    /// The `WHERE` clause of the commitments `selection` picks (over `aid_commitments AS a`).
    static func reportAidFilter(_ selection: ReportSelection, personCountry: Bool) -> String {
        var filters = ["a.date >= ifnull(:since, '') AND a.date <= ifnull(:until, '9999-99-99')"]
        if personCountry { filters.append("(a.donor = :home OR a.recipient = :home)") }
        if selection.country != nil { filters.append("(a.donor = :country OR a.recipient = :country)") }
        if selection.topic != nil {
            // Checked per commitment: its reports' articles, each by key.
            filters.append("""
                EXISTS (SELECT 1 FROM aid_spans AS s JOIN article_topics AS at ON at.article_id = s.article_id
                        JOIN topics AS t ON t.id = at.topic_id WHERE s.aid_id = a.id AND t.name = :topic COLLATE NOCASE)
                """)
        }
        return filters.joined(separator: " AND ")
    }

    // MARK: - Shared

    /// Every report of the facts `selected` picks from `table`, each fact's earliest article first.
    static func reportSourcesSQL(_ selected: String, table: String, key: String) -> String {
        """
        SELECT s.\(key), a.id, a.source, a.published_on, a.title, s.evidence, s.start, s.end
        FROM \(table) AS s JOIN articles AS a ON a.id = s.article_id
        WHERE s.\(key) IN (\(selected))
        ORDER BY s.\(key), a.published_on, a.source, s.start
        """
    }

    private static func reportSource(_ row: Statement) -> SourceRow {
        SourceRow(articleID: row.int64(at: 1), source: row.text(at: 2) ?? "", publishedOn: row.text(at: 3) ?? "",
                  title: row.text(at: 4), evidence: row.text(at: 5) ?? "", start: row.int(at: 6), end: row.int(at: 7))
    }

    /// `sql` prepared, with those of `values` bound whose names it holds (no name is the start of another).
    private func prepare(_ sql: String, _ values: [String: SQLiteValue]) throws -> Statement {
        let statement = try database.prepare(sql)
        try statement.bind(values.filter { sql.contains($0.key) })
        return statement
    }

    /// The rows of `sql`, whose first column is a fact's id, gathered per id in their order.
    private func grouped<T>(_ sql: String, _ values: [String: SQLiteValue], _ make: (Statement) throws -> T) throws -> [Int64: [T]] {
        let statement = try prepare(sql, values)
        var rows: [Int64: [T]] = [:]
        while try statement.step() {
            rows[statement.int64(at: 0), default: []].append(try make(statement))
        }
        return rows
    }
}
