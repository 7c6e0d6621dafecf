import Extraction
import SQLite

/// Writes meetings: one `meetings` row per `MeetingFact`, its participants, topics and sources.
///
/// The seam for cross-article merging is `existingMeeting(for:participants:)`: the same meeting
/// reported by two articles should become one row with two sources. Today it never finds one,
/// so every fact creates a meeting.
struct MeetingResolver {
    private let database: Database
    private let topics: TopicIndex
    private let insertMeeting: Statement
    private let insertParticipant: Statement
    private let insertTopic: Statement
    private let insertSource: Statement

    init(database: Database, topics: TopicIndex) throws {
        self.database = database
        self.topics = topics
        insertMeeting = try database.prepare("""
            INSERT INTO meetings (date, date_precision, location, location_country, mode, status)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertParticipant = try database.prepare("""
            INSERT OR IGNORE INTO meeting_participants (meeting_id, person_id, role, position, title, country)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertTopic = try database.prepare("INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id) VALUES (?, ?)")
        insertSource = try database.prepare(
            "INSERT INTO meeting_sources (meeting_id, article_id, evidence, start, end) VALUES (?, ?, ?, ?, ?)")
    }

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

        let meetingID: Int64
        if let existing = try existingMeeting(for: fact, participants: participants.map(\.id)) {
            meetingID = existing
        } else {
            try insertMeeting.run([.text(fact.date.description), .text(fact.datePrecision.rawValue), .text(fact.location),
                                   try context.country(fact.locationCountry), .text(fact.mode.rawValue),
                                   .text(fact.status.rawValue)])
            meetingID = database.lastInsertRowID
        }
        for (position, person) in participants.enumerated() {
            try insertParticipant.run([.integer(meetingID), .integer(person.id),
                                       .text(position < 2 ? "principal" : "attendee"), .integer(position),
                                       .text(person.fact.title), try context.country(person.fact.country)])
        }
        for topic in fact.topics where !topic.trimmingWhitespace().isEmpty {
            try insertTopic.run([.integer(meetingID), .integer(try topics.id(named: topic))])
        }
        for evidence in fact.evidence {
            try insertSource.run([.integer(meetingID), .integer(context.articleID), .text(evidence.text),
                                  .integer(evidence.start), .integer(evidence.end)])
        }
    }

    /// The stored meeting `fact` reports again, if any. Merging is a later issue: never today.
    private func existingMeeting(for fact: MeetingFact, participants: [Int64]) throws -> Int64? {
        nil
    }
}
