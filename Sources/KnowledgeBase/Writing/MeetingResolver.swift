import Extraction
import SQLite

/// Writes meetings: the same meeting reported by several articles is one `meetings` row with one
/// `meeting_spans` row (seen with its sentence in `meeting_sources`) per report.
///
/// A report is the meeting of a stored row when their dates overlap (a month contains the day),
/// their principals are the same people (two in common, or the one of both), the
/// principals of one all took part in the other, and nothing contradicts: not a call against an
/// in-person meeting, not held against cancelled, not two different countries. The stored row
/// then takes the union of participants and topics, a location or mode it lacked, and the more
/// precise date. Meetings of the same people on different days stay apart.
///
/// Every choice is made on content, never on arrival: when a report matches several stored
/// meetings that agree with one another, they become one; when they do not (a month-long report
/// beside two meetings that month), it joins the one sharing most participants, then the one
/// with the most precise date, then the earliest.
struct MeetingResolver {
    private let database: Database
    private let topics: TopicIndex
    private let insertMeeting: Statement
    private let insertParticipant: Statement
    private let insertTopics: Statement
    private let insertSource: Statement
    private let findCandidates: Statement
    private let findParticipants: Statement
    private let updateMeeting: Statement
    private let moveParticipants: Statement
    private let moveTopics: Statement
    private let moveSources: Statement
    private let deleteMeeting: Statement
    private let findMeeting: Statement
    private let findMeetingsOf: Statement

    init(database: Database, topics: TopicIndex) throws {
        self.database = database
        self.topics = topics
        // With the bits of its location and participants (?7, their ids), so that the row is written
        // once at its full size (migration 0009).
        insertMeeting = try database.prepare("""
            INSERT INTO meetings (date, date_precision, location, location_country, mode, status, country_bits)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, \(KnowledgeBase.newMeetingCountryBitsSQL(location: "?4", people: "?7")))
            """)
        // A participant named by several reports keeps the smaller flag (an attendee in one stays
        // one, as when 'attendee' sorted before 'principal') and the earliest position.
        insertParticipant = try database.prepare("""
            INSERT INTO meeting_participants (meeting_id, person_id, principal, position, title, country)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (meeting_id, person_id) DO UPDATE SET
                principal = min(principal, excluded.principal),
                position = min(position, excluded.position),
                title = coalesce(min(title, excluded.title), title, excluded.title),
                country = coalesce(min(country, excluded.country), country, excluded.country)
            """)
        insertTopics = try database.prepare(
            "INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id) SELECT ?1, value FROM json_each(?2)")
        // The sentence is not stored: `meeting_sources` reads it from the body at these offsets. The
        // same report twice (the same sentence of the same article) is one row.
        insertSource = try database.prepare(
            "INSERT OR IGNORE INTO meeting_spans (meeting_id, article_id, start, end) VALUES (?, ?, ?, ?)")
        // Meetings with one of the report's principals as a principal, dated within the report's
        // span, or less precise (a month, a year) and dated where they may contain it. They are
        // found from the principals (meeting_participants_person_meeting), so the cost grows with
        // the meetings those two people have had, not with the knowledge base: found by date, a
        // month's report read every meeting of that month, and every report every imprecise
        // meeting of three years. CROSS JOIN keeps the principals as the outer loop. A meeting of
        // both principals comes twice, and `candidates` puts them in id order: DISTINCT and ORDER
        // BY would each open a temporary b-tree, which costs more than the query.
        findCandidates = try database.prepare("""
            SELECT m.id, m.date, m.date_precision, m.location, m.location_country, m.mode, m.status
            FROM meeting_participants AS mp CROSS JOIN meetings AS m ON m.id = mp.meeting_id
            WHERE mp.person_id IN (?1, ?2) AND mp.principal = 1
              AND (m.date BETWEEN ?3 AND ?4 OR (m.date_precision <> 'day' AND m.date BETWEEN ?5 AND ?6))
            """)
        findParticipants = try database.prepare("SELECT person_id, principal FROM meeting_participants WHERE meeting_id = ?")
        updateMeeting = try database.prepare("""
            UPDATE meetings SET date = ?2, date_precision = ?3, location = ?4, location_country = ?5, mode = ?6, status = ?7
            WHERE id = ?1
            """)
        moveParticipants = try database.prepare("""
            INSERT INTO meeting_participants (meeting_id, person_id, principal, position, title, country)
            SELECT ?1, person_id, principal, position, title, country FROM meeting_participants WHERE meeting_id = ?2 AND true
            ON CONFLICT (meeting_id, person_id) DO UPDATE SET
                principal = min(principal, excluded.principal),
                position = min(position, excluded.position),
                title = coalesce(min(title, excluded.title), title, excluded.title),
                country = coalesce(min(country, excluded.country), country, excluded.country)
            """)
        moveTopics = try database.prepare("""
            INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id) SELECT ?1, topic_id FROM meeting_topics WHERE meeting_id = ?2
            """)
        // A report both meetings had stays with `other`, and goes with it.
        moveSources = try database.prepare("UPDATE OR IGNORE meeting_spans SET meeting_id = ?1 WHERE meeting_id = ?2")
        deleteMeeting = try database.prepare("DELETE FROM meetings WHERE id = ?")
        findMeeting = try database.prepare(
            "SELECT id, date, date_precision, location, location_country, mode, status FROM meetings WHERE id = ?")
        findMeetingsOf = try database.prepare(
            "SELECT meeting_id FROM meeting_participants WHERE person_id = ? ORDER BY meeting_id")
    }

    /// The statements that look stored meetings up, for tests to check that they use an index.
    var lookups: [Statement] { [findCandidates, findParticipants, findMeeting, findMeetingsOf] }

    /// Writes `fact`, whose participants are found in `people` (folded name or alias → person).
    func write(_ fact: MeetingFact, people: [String: ResolvedPerson], in context: FactContext) throws {
        let label = "meeting of \(fact.date)"
        guard !fact.evidence.isEmpty else { throw context.invalid("\(label): no evidence sentence") }
        for evidence in fact.evidence { try context.check(evidence, of: label) }

        // Participants in order of mention, each person once: the first two are the principals.
        var participants: [ResolvedPerson] = []
        for name in fact.participants {
            guard let person = people[Folding.fold(name)] else {
                throw context.invalid("\(label): participant \(name.debugDescription) is not among the article's people")
            }
            if !participants.contains(where: { $0.id == person.id }) { participants.append(person) }
        }
        let report = StoredMeeting(
            id: 0, span: DateSpan(fact.date, fact.datePrecision), location: fact.location,
            locationCountry: fact.locationCountry, mode: fact.mode.rawValue, status: fact.status.rawValue,
            principals: Set(participants.prefix(2).map(\.id)), participants: Set(participants.map(\.id)))
        _ = try context.country(fact.locationCountry)

        let meetingID: Int64
        if let existing = try existingMeeting(for: report) {
            meetingID = existing.id
            try save(existing.combined(with: report))
        } else {
            try insertMeeting.run([.text(fact.date.description), .text(fact.datePrecision.rawValue), .text(fact.location),
                                   .text(fact.locationCountry), .text(fact.mode.rawValue), .text(fact.status.rawValue),
                                   .text("[" + participants.map { String($0.id) }.joined(separator: ",") + "]")])
            meetingID = database.lastInsertRowID
        }
        for (position, person) in participants.enumerated() {
            try insertParticipant.run([.integer(meetingID), .integer(person.id),
                                       .bool(position < 2), .integer(position),
                                       .text(person.fact.title), try context.country(person.fact.country)])
        }
        let named = fact.topics.filter { !$0.trimmingWhitespace().isEmpty }
        if !named.isEmpty { try insertTopics.run([.integer(meetingID), try topics.idArray(named: named)]) }
        for evidence in fact.evidence {
            try insertSource.run([.integer(meetingID), .integer(context.articleID), .integer(evidence.start), .integer(evidence.end)])
        }
    }

    /// The stored meeting `report` is another account of, if any; stored meetings it shows to be
    /// one are merged first.
    private func existingMeeting(for report: StoredMeeting) throws -> StoredMeeting? {
        guard !report.principals.isEmpty else { return nil }
        let principals = report.principals.sorted()
        return try candidates(principals: principals, span: report.span).filter { $0.matches(report) }.resolved(
            merge: { other, target in try merge(other.id, into: target.id) },
            save: save,
            isCloser: { a, b in
                let sharedA = a.participants.intersection(report.participants).count
                let sharedB = b.participants.intersection(report.participants).count
                if sharedA != sharedB { return sharedA > sharedB }
                if a.span.rank != b.span.rank { return a.span.rank > b.span.rank }
                if a.span.first != b.span.first { return a.span.first < b.span.first }
                return a.id < b.id
            })
    }

    /// Stored meetings with one of `principals` as a principal whose dates may overlap `span`.
    private func candidates(principals: [Int64], span: DateSpan) throws -> [StoredMeeting] {
        let rows = try findCandidates.rows([
            .integer(principals[0]), .integer(principals.count > 1 ? principals[1] : principals[0]),
            .text(span.first.description), .text(span.last.description),
            .text(span.searchStart.description), .text(span.last.adding(days: 366).description),
        ], Self.row).sorted { $0.id < $1.id }
        return try rows.indices.compactMap { index in
            let row = rows[index]
            guard index == 0 || row.id != rows[index - 1].id,
                let stored = DateSpan(stored: row.date, precision: row.precision), stored.overlaps(span)
            else { return nil }
            return try meeting(row, span: stored)
        }
    }

    /// After two people turned out to be one, the meetings of `person` may be meetings stored
    /// apart because their principals seemed different: each is resolved again against the
    /// stored meetings, and those that agree become one.
    func reresolve(meetingsOf person: Int64) throws {
        for id in try findMeetingsOf.rows([.integer(person)], { $0.int64(at: 0) }) {
            // A meeting merged into an earlier one of this loop is gone.
            guard let row = try findMeeting.rows([.integer(id)], Self.row).first,
                let span = DateSpan(stored: row.date, precision: row.precision)
            else { continue }
            let meeting = try meeting(row, span: span)
            let matches = try candidates(principals: meeting.principals.sorted(), span: span).filter { $0.matches(meeting) }
            guard matches.count > 1 else { continue }
            _ = try matches.resolved(merge: { other, target in try merge(other.id, into: target.id) }, save: save,
                                     isCloser: { $0.id < $1.id })
        }
    }

    /// The columns of `findCandidates` and `findMeeting`.
    private static func row(_ statement: Statement) -> StoredRow {
        StoredRow(id: statement.int64(at: 0), date: statement.text(at: 1), precision: statement.text(at: 2),
                  location: statement.text(at: 3), country: statement.text(at: 4), mode: statement.text(at: 5) ?? "in_person",
                  status: statement.text(at: 6) ?? "held")
    }

    /// A stored row with its participants.
    private func meeting(_ row: StoredRow, span: DateSpan) throws -> StoredMeeting {
        let people = try findParticipants.rows([.integer(row.id)]) { ($0.int64(at: 0), $0.int64(at: 1) == 1) }
        return StoredMeeting(id: row.id, span: span, location: row.location, locationCountry: row.country, mode: row.mode,
                             status: row.status, principals: Set(people.filter(\.1).map(\.0)), participants: Set(people.map(\.0)))
    }

    private struct StoredRow {
        let id: Int64
        let date: String?
        let precision: String?
        let location: String?
        let country: String?
        let mode: String
        let status: String
    }

    private func save(_ meeting: StoredMeeting) throws {
        try updateMeeting.run([.integer(meeting.id), .text(meeting.span.first.description), .text(meeting.span.precision.rawValue),
                               .text(meeting.location), .text(meeting.locationCountry), .text(meeting.mode), .text(meeting.status)])
    }

    /// Moves everything of meeting `other` to `target` and deletes `other`.
    private func merge(_ other: Int64, into target: Int64) throws {
        for statement in [moveParticipants, moveTopics, moveSources] { try statement.run([.integer(target), .integer(other)]) }
        try deleteMeeting.run([.integer(other)])
    }
}

/// A meeting as resolution compares it: a stored row, or a new report of one (id 0).
struct StoredMeeting: StoredRecord {
    let id: Int64
    var span: DateSpan
    var location: String?
    var locationCountry: String?
    var mode: String
    var status: String
    var principals: Set<Int64>
    var participants: Set<Int64>

    /// True when `other` may report this same meeting.
    func matches(_ other: StoredMeeting) -> Bool {
        guard span.overlaps(other.span) else { return false }
        if (mode == "in_person") != (other.mode == "in_person") { return false }
        if Set([status, other.status]) == ["held", "cancelled"] { return false }
        if let a = locationCountry, let b = other.locationCountry, a != b { return false }
        // Two principals in common, or the one principal of both: a report naming only one side
        // ("Austin will meet French leaders") is no account of a meeting with a named other side.
        let shared = principals.intersection(other.principals).count
        guard shared >= min(2, max(principals.count, other.principals.count)), shared > 0 else { return false }
        return principals.isSubset(of: other.participants) || other.principals.isSubset(of: participants)
    }

    /// This meeting with what `other` adds: the more precise date, a location, country or mode
    /// it lacked, the surer status, and the other's people. Ties go to the smaller value, so the
    /// outcome is the same whichever report came first.
    func combined(with other: StoredMeeting) -> StoredMeeting {
        var result = self
        if other.span.rank > span.rank || (other.span.rank == span.rank && other.span.first < span.first) { result.span = other.span }
        result.location = Self.preferredPlace(location, other.location)
        result.locationCountry = result.location == location ? locationCountry ?? other.locationCountry
            : other.locationCountry ?? locationCountry
        let modes = ["call", "video", "in_person"]
        result.mode = (modes.firstIndex(of: other.mode) ?? 0) > (modes.firstIndex(of: mode) ?? 0) ? other.mode : mode
        let statuses = ["planned", "cancelled", "held"]
        result.status = (statuses.firstIndex(of: other.status) ?? 0) > (statuses.firstIndex(of: status) ?? 0) ? other.status : status
        result.principals.formUnion(other.principals)
        result.participants.formUnion(other.participants)
        return result
    }

    /// The longer of two names, the alphabetically first on a tie; a missing one loses.
    static func preferred(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        if a.count != b.count { return a.count > b.count ? a : b }
        return min(a, b)
    }

    /// The more precise of two places ("Pentagon" over "Washington" over "United States"), then as `preferred`.
    static func preferredPlace(_ a: String?, _ b: String?) -> String? {
        guard let a, let b else { return a ?? b }
        let (pa, pb) = (Extractor.precision(ofPlace: a), Extractor.precision(ofPlace: b))
        return pa != pb ? (pa > pb ? a : b) : preferred(a, b)
    }
}
