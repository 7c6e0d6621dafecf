import Foundation
import Testing

/// What the issue demands of the seed article (fixtures/seed-gantz-austin-pentagon.txt).
@Suite("The seed article, end to end", .tags(.large))
final class SeedArticleTests {
    let workspace = Workspace()

    init() throws {
        try workspace.copySeed()
        let run = try workspace.attache("ingest", "seed.txt")
        #expect(run.status == 0, "\(run)")
    }

    private func participants(_ meeting: [String: Any]) -> [String] { meeting["participants"] as? [String] ?? [] }

    @Test("meetings --person Gantz: the White House on 2022-05-18, then the Pentagon on 2022-05-19")
    func gantzMeetings() throws {
        let run = try workspace.attache("meetings", "--person", "Gantz", "--format", "json")
        #expect(run.status == 0, "\(run)")
        let meetings = try jsonArray(run.stdout)
        try #require(meetings.count == 2, "\(run)")
        let whiteHouse = meetings[0]
        #expect(whiteHouse["date"] as? String == "2022-05-18")
        #expect((whiteHouse["location"] as? String)?.contains("White House") == true)
        #expect(Set(participants(whiteHouse)) == ["Benny Gantz", "Jake Sullivan"])

        let pentagon = meetings[1]
        #expect(pentagon["date"] as? String == "2022-05-19")
        #expect((pentagon["location"] as? String)?.contains("Pentagon") == true)
        #expect(pentagon["mode"] as? String == "in_person")
        #expect(Set(participants(pentagon)) == ["Benny Gantz", "Lloyd J. Austin III", "Michael Herzog", "Dror Shalom", "Yaki Dolf"])
        #expect(Set(participants(pentagon).prefix(2)) == ["Benny Gantz", "Lloyd J. Austin III"])
    }

    @Test("meetings --person austin: the Pentagon meeting only")
    func austinMeetings() throws {
        let meetings = try jsonArray(try workspace.attache("meetings", "--person", "austin", "--format", "json").stdout)
        #expect(meetings.map { $0["date"] as? String } == ["2022-05-19"])
    }

    @Test("aid: 2022-05-19, US to IL, 4800000000 USD, military")
    func aid() throws {
        let run = try workspace.attache("aid", "--format", "jsonl")
        #expect(run.stdout.contains(#""amount":4800000000,"#))
        let rows = try jsonArray(try workspace.attache("aid", "--format", "json").stdout)
        let new = rows.filter { $0["cumulative"] as? Bool == false }
        try #require(new.count == 1, "\(rows)")
        #expect(new[0]["date"] as? String == "2022-05-19")
        #expect(new[0]["donor"] as? String == "US")
        #expect(new[0]["recipient"] as? String == "IL")
        #expect((new[0]["amount"] as? NSNumber)?.int64Value == 4_800_000_000)
        #expect(new[0]["currency"] as? String == "USD")
        #expect(new[0]["kind"] as? String == "military")
    }

    @Test("extract: the amount is the plain integer 4800000000")
    func extractAmount() throws {
        let run = try workspace.attache("extract", "seed.txt")
        #expect(run.stdout.contains(#""amount":4800000000,"#), "\(run)")
    }
}
