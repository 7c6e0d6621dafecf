import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

/// Every query the CLI offers searches an index rather than scanning a table, so that it answers
/// in milliseconds at a million meetings (`attache-bench` measures the times; this asserts the
/// plans, which do not depend on the machine).
///
/// <https://www.sqlite.org/eqp.html>
@Suite("Query plans", .tags(.medium))
final class QueryPlanTests {
    let directory = TemporaryDirectory()
    let database: Database

    init() throws {
        let path = directory.path("kb.sqlite")
        _ = try KnowledgeBase.open(path: path)
        database = try Database(path: path)
    }

    /// The detail lines of `EXPLAIN QUERY PLAN sql`, every parameter left null.
    private func plan(_ sql: String) throws -> [String] {
        try database.prepare("EXPLAIN QUERY PLAN " + sql).rows(nil) { $0.text(at: 3) ?? "" }
    }

    @Test("Meetings of a person: the person's rows are searched, never every meeting")
    func meetingsByPerson() throws {
        let plan = try plan(KnowledgeBase.meetingsSQL(person: true))
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        #expect(plan.contains("SEARCH m USING INTEGER PRIMARY KEY (rowid=?)"), "\(plan)")
        #expect(plan.contains("SEARCH meeting_participants USING COVERING INDEX meeting_participants_person_meeting (person_id=?)"), "\(plan)")
    }

    @Test("Meetings of two people, of a topic, of a country: every filter searches an index",
          arguments: [(true, true, false, false), (false, false, true, false), (false, false, false, true), (true, true, true, true)])
    func meetingsByFilters(_ person: Bool, _ with: Bool, _ topic: Bool, _ country: Bool) throws {
        let plan = try plan(KnowledgeBase.meetingsSQL(person: person, with: with, topic: topic, country: country, mode: true, status: true))
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }

    @Test("A topic or a country is checked per meeting by key, never gathered as the list of all its meetings")
    func meetingsByTopicAndCountry() throws {
        // A country: the row's sketch first (migration 0009), then the keys, only for meetings that may match.
        #expect(KnowledgeBase.meetingsSQL(person: false, country: true).contains("m.country_bits & (1 << ((unicode(:country)"))
        let topic = try plan(KnowledgeBase.meetingsSQL(person: false, topic: true))
        #expect(topic.contains { $0.hasPrefix("SEARCH m USING") && $0.hasSuffix("INDEX meetings_date (date>? AND date<?)") }, "\(topic)")
        #expect(topic.contains("SEARCH mt USING PRIMARY KEY (meeting_id=? AND topic_id=?)"), "\(topic)")
        #expect(try plan(KnowledgeBase.topicIDSQL) == ["SEARCH topics USING COVERING INDEX sqlite_autoindex_topics_1 (name=?)"])
        let country = try plan(KnowledgeBase.meetingsSQL(person: false, country: true))
        #expect(country.contains { $0.hasPrefix("SEARCH m USING") && $0.hasSuffix("INDEX meetings_date (date>? AND date<?)") }, "\(country)")
        // The date index holds the sketch (migration 0010): a meeting is read from the table only when
        // its sketch may hold the country; and it keeps the lists' order, so nothing is sorted.
        #expect(try database.prepare("SELECT name FROM pragma_index_info('meetings_date') ORDER BY seqno").rows { $0.text(at: 0) ?? "" }
                == ["date", "id", "country_bits"])
        #expect(!country.contains { $0.contains("TEMP B-TREE") }, "\(country)")
        #expect(country.contains("SEARCH mp USING PRIMARY KEY (meeting_id=?)"), "\(country)")
        #expect(country.contains("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)"), "\(country)")
    }

    @Test("The evidence of a list of meetings searches each meeting's reports by the spans' key, then each report's article by id")
    func evidence() throws {
        for (evidence, key) in [(FirstEvidence.meetings, "meeting_id=?")] {
            let plan = try plan(evidence.sql)
            // The only scan is of the JSON array of ids; the spans are a table WITHOUT ROWID keyed by
            // fact (migration 0008): the key is the table.
            #expect(plan.filter { $0.hasPrefix("SCAN") } == ["SCAN j VIRTUAL TABLE INDEX 1:"], "\(plan)")
            #expect(plan.contains("SEARCH s USING PRIMARY KEY (\(key))"), "\(plan)")
            #expect(plan.contains("SEARCH r USING INTEGER PRIMARY KEY (rowid=?)"), "\(plan)")
        }
        // What orders the reports of a fact reported more than once: its articles, each by id.
        #expect(try plan(FirstEvidence.orderSQL) == ["SEARCH articles USING INTEGER PRIMARY KEY (rowid=?)"])
    }

    @Test("The triggers that keep a commitment's first report (migration 0011) search by key: the commitment, its reports, their articles")
    func firstReportTriggers() throws {
        let triggers = try database.prepare("""
            SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'aid\\_evidence\\_%' ESCAPE '\\' ORDER BY name
            """).rows { ($0.text(at: 0) ?? "", $0.text(at: 1) ?? "") }
        #expect(triggers.map(\.0) == ["aid_evidence_article_delete", "aid_evidence_article_update", "aid_evidence_delete", "aid_evidence_insert",
                                         "aid_evidence_update"])
        for (name, sql) in triggers {
            // The statement between BEGIN and END, with the trigger's new.x and old.x as parameters.
            let begin = try #require(sql.range(of: " BEGIN\n")), end = try #require(sql.range(of: "END", options: .backwards))
            let body = String(sql[begin.upperBound..<end.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: #"\b(new|old)\.([a-z_]+)"#, with: ":$1_$2", options: .regularExpression)
            let plan = try plan(body.hasSuffix(";") ? String(body.dropLast()) : body)
            // The only scan is of the one row a subquery chose; every table is searched by key.
            #expect(plan.filter { $0.hasPrefix("SCAN") }.allSatisfy { $0 == "SCAN f" }, "\(name): \(plan)")
            #expect(plan.contains { $0.hasPrefix("SEARCH aid_commitments USING INTEGER PRIMARY KEY") }, "\(name): \(plan)")
            #expect(plan.contains { $0.hasPrefix("SEARCH s USING PRIMARY KEY (aid_id=?)") || $0.hasPrefix("SEARCH aid_spans USING") },
                    "\(name): \(plan)")
        }
    }

    @Test("Meetings within dates: the date index is searched by range")
    func meetingsByDate() throws {
        let plan = try plan(KnowledgeBase.meetingsSQL(person: false))
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH m USING") && $0.contains("INDEX meetings_date (date>? AND date<?)") }, "\(plan)")
    }

    @Test("The participants and topics of a batch of meetings are searched by meeting, and never sorted by SQLite")
    func meetingDetails() throws {
        for (sql, link) in [(KnowledgeBase.meetingParticipantsSQL, "mp"), (KnowledgeBase.meetingTopicsSQL, "mt")] {
            let plan = try plan(sql)
            // The JSON array of ids, then each meeting's rows by key, then each person or topic by id;
            // the order within a meeting is made in Swift (MeetingParticipant, topicPrecedes).
            #expect(plan == ["SCAN j VIRTUAL TABLE INDEX 1:", "SEARCH \(link) USING PRIMARY KEY (meeting_id=?)",
                             "SEARCH \(link == "mp" ? "p" : "t") USING INTEGER PRIMARY KEY (rowid=?)"], "\(plan)")
        }
    }

    @Test("A meeting's participants are listed principals first, then by first mention, then by name's bytes; topics by name, any case")
    func meetingDetailOrder() {
        let participants = [
            MeetingParticipant(principal: false, position: 2, name: "Zoe"), MeetingParticipant(principal: true, position: 1, name: "Émile"),
            MeetingParticipant(principal: true, position: 1, name: "Eve"), MeetingParticipant(principal: true, position: 0, name: "Yann"),
            MeetingParticipant(principal: false, position: 1, name: "Adam"),
        ]
        // 'E' (0x45) sorts before 'É' (0xC3 0x89) byte by byte, as SQLite's BINARY collation has it.
        #expect(participants.sorted(by: <).map(\.name) == ["Yann", "Eve", "Émile", "Adam", "Zoe"])
        #expect(["trade", "Defence", "energy", "Ärzte", "aid"].sorted(by: KnowledgeBase.topicPrecedes)
                == ["aid", "Defence", "energy", "trade", "Ärzte"])
    }

    @Test("Aid grouped by date is read from the day sums by a range of their key")
    func aidDayGroups() throws {
        let plan = try plan(KnowledgeBase.aidDayGroupsSQL)
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        #expect(plan.contains("SEARCH d USING PRIMARY KEY (date>? AND date<?)"), "\(plan)")
    }

    @Test("Aid grouped by month or year over whole months is read from the month sums by a range of their key")
    func aidMonthGroups() throws {
        let plan = try plan(KnowledgeBase.aidMonthGroupsSQL)
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        #expect(plan.contains("SEARCH m USING PRIMARY KEY (month>? AND month<?)"), "\(plan)")
    }

    @Test("Aid grouped by donor, recipient or kind is read from the party sums of that grouping")
    func aidPartyGroups() throws {
        let plan = try plan(KnowledgeBase.aidPartyGroupsSQL)
        #expect(plan == ["SEARCH p USING PRIMARY KEY (grouping=?)"], "\(plan)")
    }

    @Test("Aid grouped with filters sums the commitments of the date range, never every one", arguments: AidGrouping.allCases)
    func aidGroups(_ grouping: AidGrouping) throws {
        let plan = try plan(KnowledgeBase.aidGroupsSQL(by: grouping))
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH a USING") && $0.hasSuffix("(date>? AND date<?)") }, "\(plan)")
    }

    @Test("Aid within dates: the date index is searched by range, and holds the place of each row's evidence (migration 0011)")
    func aidByDate() throws {
        for evidence in [true, false] {
            let plan = try plan(KnowledgeBase.aidSQL(evidence: evidence))
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
            // In the index's order (date, id): no day's rows sorted apart, as they were before 0011.
            #expect(plan == ["SEARCH a USING COVERING INDEX aid_commitments_by_date (date>? AND date<?)"], "\(plan)")
        }
        #expect(KnowledgeBase.aidSQL(evidence: true).contains("a.evidence_article, a.evidence_offset, a.evidence_bytes"))
        #expect(!KnowledgeBase.aidSQL(evidence: false).contains("evidence_"))
    }

    @Test("Aid of a donor or a recipient searches that party's commitments by date", arguments: [true, false])
    func aidOfParty(_ donor: Bool) throws {
        let index = donor ? "aid_commitments_donor_date (donor=? AND date>? AND date<?)" : "aid_commitments_recipient_date (recipient=? AND date>? AND date<?)"
        for sql in [KnowledgeBase.aidSQL(donor: donor, recipient: !donor, kind: true),
                    KnowledgeBase.aidGroupsSQL(by: .month, donor: donor, recipient: !donor, kind: true)] {
            let plan = try plan(sql)
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
            #expect(plan.contains("SEARCH a USING INDEX \(index)"), "\(plan)")
        }
    }

    @Test("Aid totals per period are summed from an index alone")
    func aidTotals() throws {
        let plan = try plan(KnowledgeBase.aidTotalsSQL)
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        #expect(plan.contains("SEARCH a USING COVERING INDEX aid_commitments_by_date (date>? AND date<?)"), "\(plan)")
    }

    @Test("The totals sum new commitments per month and currency, never running totals")
    func aidTotalsValues() throws {
        let knowledgeBase = try KnowledgeBase.open(path: directory.path("totals.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)
        let totals = try knowledgeBase.aidTotals(per: .month)
        #expect(totals == [AidPeriodTotal(period: "2022-05", currency: "USD", amount: 4_800_000_000, commitments: 1)])
        #expect(try knowledgeBase.aidTotals(per: .year, from: day("2023-01-01")) == [])
    }
}
