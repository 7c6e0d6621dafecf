import Extraction
import Foundation
import Testing

@testable import KnowledgeBase

@Suite("Queries", .tags(.medium))
final class QueryTests {
    let directory = TemporaryDirectory()
    let knowledgeBase: KnowledgeBase

    /// The sample article, plus a second one in which Mariusz Błaszczak meets Lloyd Austin.
    init() throws {
        knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)

        let body = "Polish Defence Minister Mariusz Błaszczak met Lloyd Austin in Warsaw on Monday. Poland will receive €500 million."
        let meeting = "Polish Defence Minister Mariusz Błaszczak met Lloyd Austin in Warsaw on Monday."
        let money = "Poland will receive €500 million."
        let article = Article(source: "warsaw.txt", date: day("2023-02-20"), body: body)
        let facts = Facts(source: "warsaw.txt", date: article.date, title: nil, people: [
            PersonFact(name: "Mariusz Błaszczak", title: "Defence Minister", country: "PL", evidence: evidence(meeting, in: body)),
            PersonFact(name: "Lloyd Austin", country: "US", aliases: ["Austin"], evidence: evidence(meeting, in: body)),
        ], meetings: [MeetingFact(date: day("2023-02-20"), location: "Warsaw", locationCountry: "PL",
                                  participants: ["Mariusz Błaszczak", "Lloyd Austin"], evidence: [evidence(meeting, in: body)])],
        aid: [AidFact(donor: "EU", recipient: "PL", amount: 500_000_000, currency: "EUR", amountText: "€500 million",
                      kind: .economic, date: day("2023-02-01"), datePrecision: .month, evidence: evidence(money, in: body))])
        _ = try knowledgeBase.ingest(article, facts: facts)
    }

    @Test("A person is found by alias or surname, ignoring case and accents", arguments: [
        ("blaszczak", ["2023-02-20"]),
        ("BŁASZCZAK", ["2023-02-20"]),
        ("Mariusz Blaszczak", ["2023-02-20"]),
        ("austin", ["2022-05-19", "2023-02-20"]),
        ("Lloyd J. Austin III", ["2022-05-19", "2023-02-20"]),
        ("Lloyd Austin", ["2022-05-19", "2023-02-20"]),
        ("L. Austin", ["2022-05-19", "2023-02-20"]),
        ("Benjamin Gantz", ["2022-05-19"]),
        ("Gantz", ["2022-05-19"]),
        ("herzog", ["2022-05-19"]),
        ("Benny", []),
        ("Nobody", []),
    ])
    func meetingsByPerson(person: String, dates: [String]) throws {
        #expect(try knowledgeBase.meetings(person: person).map(\.date) == dates)
    }

    @Test("A meeting row carries its participants, topics and first evidence sentence")
    func meetingRowFields() throws {
        let rows = try knowledgeBase.meetings(person: "gantz")
        #expect(rows == [MeetingRow(
            id: 1, date: "2022-05-19", datePrecision: "day", location: "Pentagon", mode: "in_person", status: "held",
            participants: ["Benny Gantz", "Lloyd J. Austin III", "Michael Herzog"], topics: ["Iran nuclear program"],
            evidence: "Israeli Defense Minister Benny Gantz met Secretary of Defense Lloyd J. Austin III at the Pentagon on Thursday.")])
    }

    @Test("A shorter form of a known full name, in another article, is the same person, shown by the fuller name")
    func shorterFormIsSamePerson() throws {
        let rows = try knowledgeBase.meetings(person: "Błaszczak")
        #expect(rows.first?.participants == ["Mariusz Błaszczak", "Lloyd J. Austin III"])
        #expect(try knowledgeBase.people().map(\.name) == ["Benny Gantz", "Lloyd J. Austin III", "Mariusz Błaszczak", "Michael Herzog"])
    }

    @Test("Meetings are filtered by date, inclusively, oldest first")
    func meetingsByDate() throws {
        #expect(try knowledgeBase.meetings(person: "austin", since: day("2022-05-19"), until: day("2022-05-19")).map(\.id) == [1])
        #expect(try knowledgeBase.meetings(person: "austin", since: day("2022-05-20")).map(\.id) == [2])
        #expect(try knowledgeBase.meetings(until: day("2020-01-01")).isEmpty)
        #expect(try knowledgeBase.meetings().map(\.id) == [1, 2])
    }

    @Test("Aid rows come oldest first, and totals leave out cumulative rows")
    func aidTotalsExcludeCumulative() throws {
        let report = try knowledgeBase.aid()
        #expect(report.rows.map(\.amount) == [4_800_000_000, 38_000_000_000, 500_000_000])
        #expect(report.rows.map(\.cumulative) == [false, true, false])
        #expect(report.totals == [AidTotal(currency: "EUR", amount: 500_000_000, commitments: 1),
                                  AidTotal(currency: "USD", amount: 4_800_000_000, commitments: 1)])
    }

    @Test("Aid is filtered by date, donor and recipient (codes in any case)")
    func aidFilters() throws {
        #expect(try knowledgeBase.aid(from: day("2023-01-01")).rows.map(\.donor) == ["EU"])
        #expect(try knowledgeBase.aid(to: day("2022-12-31")).rows.count == 2)
        #expect(try knowledgeBase.aid(donor: "us").rows.count == 2)
        #expect(try knowledgeBase.aid(recipient: "PL").totals == [AidTotal(currency: "EUR", amount: 500_000_000, commitments: 1)])
        #expect(try knowledgeBase.aid(donor: "'; DROP TABLE aid_commitments; --").rows.isEmpty)
        #expect(try knowledgeBase.aid().rows.count == 3)
    }

    @Test("A profile lists the latest commitments of the person's country, oldest first, and counts them all")
    func profileAid() throws {
        // More commitments of the US: given, received, and one to itself, counted once.
        try knowledgeBase.database.execute("INSERT OR IGNORE INTO countries (code) VALUES ('UA'), ('JP'), ('DE')")
        for (donor, recipient, date) in [("US", "UA", "2023-03-01"), ("JP", "US", "2023-04-01"), ("US", "US", "2023-05-01"),
                                         ("US", "PL", "2021-01-01"), ("DE", "PL", "2024-01-01")] {
            try knowledgeBase.database.execute("""
                INSERT INTO aid_commitments (donor, recipient, amount, currency, kind, date, date_precision, cumulative, amount_text)
                VALUES (?, ?, 1000000, 'USD', 'other', ?, 'day', 0, '$1 million')
                """, [.text(donor), .text(recipient), .text(date)])
        }
        let every = (try knowledgeBase.aid(donor: "US").rows + knowledgeBase.aid(recipient: "US").rows.filter { $0.donor != "US" })
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        #expect(every.map(\.date) == ["2021-01-01", "2022-05-19", "2022-05-19", "2023-03-01", "2023-04-01", "2023-05-01"])
        let all = try knowledgeBase.profile(of: "Lloyd Austin", aidLimit: nil)
        #expect(all.aid == every)
        #expect(all.aidCommitments == 6)
        let latest = try knowledgeBase.profile(of: "Lloyd Austin", aidLimit: 2)
        #expect(latest.aid == Array(every.suffix(2)))
        #expect(latest.aidCommitments == 6)
        #expect(try knowledgeBase.profile(of: "Lloyd Austin").aid.count == 6)
        #expect(try knowledgeBase.profile(of: "Błaszczak", aidLimit: 0).aidCommitments == 3)
    }

    @Test("Without evidence, lists are the same rows with no sentence")
    func withoutEvidence() throws {
        let meetings = try knowledgeBase.meetings()
        #expect(meetings.allSatisfy { $0.evidence != nil })
        #expect(try knowledgeBase.meetings(evidence: false) == meetings.map { var row = $0; row.evidence = nil; return row })
        let aid = try knowledgeBase.aid()
        #expect(aid.rows.allSatisfy { $0.evidence != nil })
        #expect(try knowledgeBase.aid(evidence: false) == AidReport(rows: aid.rows.map { var row = $0; row.evidence = nil; return row }))
    }

    @Test("Rows encode with snake_case keys and null for missing values")
    func rowJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let row = AidRow(id: 7, date: "2022-05-19", donor: nil, recipient: "IL", amount: 4_800_000_000, currency: "USD",
                         kind: "military", cumulative: false, evidence: nil)
        #expect(String(decoding: try encoder.encode(row), as: UTF8.self) == """
            {"amount":4800000000,"cumulative":false,"currency":"USD","date":"2022-05-19","donor":null,"evidence":null,\
            "id":7,"kind":"military","recipient":"IL"}
            """)
        let meeting = try knowledgeBase.meetings(person: "Błaszczak")[0]
        let keys = try JSONSerialization.jsonObject(with: try encoder.encode(meeting)) as? [String: Any]
        #expect(keys.map { Set($0.keys) } == ["id", "date", "date_precision", "location", "mode", "status", "participants",
                                             "topics", "evidence"])
    }
}
