import Extraction
import Foundation
import SQLite
import Testing

@testable import KnowledgeBase

@Suite("Report data", .tags(.medium))
final class ReportDataTests {
    let directory = TemporaryDirectory()
    let knowledgeBase: KnowledgeBase

    /// The sample article (Gantz, Austin and Herzog at the Pentagon; US aid to Israel and a
    /// running total), and a second in which Błaszczak meets Austin in Warsaw, with EU aid to
    /// Poland and a namesake of Gantz, so that a surname can fit two people.
    init() throws {
        knowledgeBase = try KnowledgeBase.open(path: directory.path("kb.sqlite"))
        _ = try knowledgeBase.ingest(Sample.article, facts: Sample.facts)

        let meeting = "Polish Defence Minister Mariusz Błaszczak met Lloyd Austin and Ruth Gantz in Warsaw on Monday."
        let money = "Poland will receive €500 million from the EU."
        let body = meeting + " " + money
        let article = Article(source: "warsaw.txt", date: day("2023-02-20"), title: "Austin in Warsaw", body: body)
        let facts = Facts(source: "warsaw.txt", date: article.date, title: article.title, people: [
            PersonFact(name: "Mariusz Błaszczak", title: "Defence Minister", country: "PL", evidence: evidence(meeting, in: body)),
            PersonFact(name: "Lloyd Austin", country: "US", aliases: ["Austin"], evidence: evidence(meeting, in: body)),
            PersonFact(name: "Ruth Gantz", country: "PL", aliases: ["Gantz"], evidence: evidence(meeting, in: body)),
        ], meetings: [MeetingFact(date: day("2023-02-20"), location: "Warsaw", locationCountry: "PL", mode: .video,
                                  participants: ["Mariusz Błaszczak", "Lloyd Austin", "Ruth Gantz"], topics: ["air defence"],
                                  evidence: [evidence(meeting, in: body)])],
        aid: [AidFact(donor: "EU", recipient: "PL", amount: 500_000_000, currency: "EUR", amountText: "€500 million",
                      kind: .economic, date: day("2023-02-01"), datePrecision: .month, evidence: evidence(money, in: body))],
        topics: ["air defence"])
        _ = try knowledgeBase.ingest(article, facts: facts)
    }

    @Test("Without filters, every meeting and commitment, oldest first, with people, topics and first report")
    func everything() throws {
        let data = try knowledgeBase.reportData(ReportSelection())
        #expect(data.meetings.map(\.date.description) == ["2022-05-19", "2023-02-20"])
        #expect(data.commitments.map(\.aid.amount) == [4_800_000_000, 38_000_000_000, 500_000_000])
        #expect(data.articles == 2)
        #expect(data.profile == nil)
        let pentagon = try #require(data.meetings.first)
        #expect(pentagon.participants.map(\.name) == ["Benny Gantz", "Lloyd J. Austin III", "Michael Herzog"])
        #expect(pentagon.participants.map(\.country) == ["IL", "US", "IL"])
        #expect(pentagon.participants.map(\.role) == ["principal", "principal", "attendee"])
        #expect(pentagon.topics == ["Iran nuclear program"])
        #expect(pentagon.mode == .inPerson && pentagon.status == .held && pentagon.datePrecision == .day)
        #expect(pentagon.source?.title == "Gantz at the Pentagon")
        #expect(pentagon.source?.publishedOn == "2022-05-19")
        #expect(pentagon.source?.evidence.hasPrefix("Israeli Defense Minister Benny Gantz met") == true)
        #expect(pentagon.reports == 2)
        let warsaw = try #require(data.meetings.last)
        #expect(warsaw.mode == .video)
        #expect(warsaw.location == "Warsaw" && warsaw.locationCountry == "PL")
        let euro = try #require(data.commitments.last)
        #expect(euro.amountText == "€500 million")
        #expect(euro.aid.datePrecision == "month")
        #expect(euro.source?.title == "Austin in Warsaw")
        #expect(data.commitments.map(\.aid.cumulative) == [false, true, false])
    }

    @Test("A person's dossier: their meetings, their country's aid, their profile")
    func person() throws {
        let data = try knowledgeBase.reportData(ReportSelection(person: "Błaszczak"))
        #expect(data.profile?.person.name == "Mariusz Błaszczak")
        #expect(data.meetings.map(\.location) == ["Warsaw"])
        #expect(data.commitments.map(\.aid.recipient) == ["PL"])
        #expect(data.articles == 1)
        let austin = try knowledgeBase.reportData(ReportSelection(person: "Lloyd Austin", since: day("2023-01-01")))
        #expect(austin.meetings.count == 1)
        #expect(austin.commitments.isEmpty)  // US aid is dated 2022
    }

    @Test("A name that fits several people is refused with them listed; one that fits nobody too")
    func ambiguous() throws {
        let error = try #require(throws: KnowledgeBaseError.self) { try self.knowledgeBase.reportData(ReportSelection(person: "Gantz")) }
        guard case .ambiguousPerson(_, let candidates) = error else { Issue.record("\(error)"); return }
        #expect(candidates.count == 2)
        #expect(throws: KnowledgeBaseError.unknownPerson(name: "Nobody")) { try self.knowledgeBase.reportData(ReportSelection(person: "Nobody")) }
    }

    @Test("Country, topic and dates narrow meetings and aid alike")
    func filters() throws {
        let poland = try knowledgeBase.reportData(ReportSelection(country: "pl"))
        #expect(poland.meetings.map(\.location) == ["Warsaw"])
        #expect(poland.commitments.map(\.aid.donor) == ["EU"])
        let israel = try knowledgeBase.reportData(ReportSelection(country: "IL"))
        #expect(israel.meetings.map(\.location) == ["Pentagon"])
        #expect(israel.commitments.count == 2)
        let topic = try knowledgeBase.reportData(ReportSelection(topic: "AIR DEFENCE"))
        #expect(topic.meetings.map(\.location) == ["Warsaw"])
        #expect(topic.commitments.map(\.aid.currency) == ["EUR"])
        let dated = try knowledgeBase.reportData(ReportSelection(since: day("2022-01-01"), until: day("2022-12-31")))
        #expect(dated.meetings.count == 1)
        #expect(dated.commitments.count == 2)
        let none = try knowledgeBase.reportData(ReportSelection(country: "FR"))
        #expect(none.meetings.isEmpty && none.commitments.isEmpty && none.articles == 0)
    }

    @Test("A person's dossier and a span of dates search indexes: neither reads every meeting, participant or report")
    func plans() throws {
        let database = try Database(path: directory.path("kb.sqlite"))
        func plan(_ sql: String) throws -> [String] {
            try database.prepare("EXPLAIN QUERY PLAN " + sql).rows(nil) { $0.text(at: 3) ?? "" }
        }
        for selection in [ReportSelection(person: "x"), ReportSelection(since: day("2022-01-01"), until: day("2022-12-31"))] {
            let filter = KnowledgeBase.reportMeetingFilter(selection, person: selection.person != nil)
            let selected = "SELECT m.id FROM meetings AS m WHERE \(filter)"
            for sql in [selected, KnowledgeBase.reportParticipantsSQL(selected), KnowledgeBase.reportTopicsSQL(selected),
                        KnowledgeBase.reportSourcesSQL(selected, table: "meeting_sources", key: "meeting_id")] {
                let steps = try plan(sql)
                #expect(!steps.contains { $0.hasPrefix("SCAN") }, "\(steps)")
            }
        }
    }
}
