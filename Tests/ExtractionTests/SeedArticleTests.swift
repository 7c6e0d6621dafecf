import Foundation
import Testing
@testable import Extraction

/// The seed article (fixtures/seed-gantz-austin-pentagon.txt), fact by fact, as issue 2 demands.
@Suite("The seed article", .tags(.small))
struct SeedArticleTests {
    let article: Article
    let facts: Facts

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("fixtures/seed-gantz-austin-pentagon.txt"))
        article = try ArticleReader().article(bytes: Array(data), source: "seed-gantz-austin-pentagon.txt")
        facts = Extractor().extract(article)
    }

    @Test("The inline header gives the date, and the body starts after it")
    func header() {
        #expect(article.date == day("2022-05-19"))
        #expect(article.title == nil)
        #expect(article.body.hasPrefix("Israeli Defense Minister Benny Gantz met"))
        #expect(facts.date == day("2022-05-19"))
        #expect(facts.source == "seed-gantz-austin-pentagon.txt")
    }

    @Test("People, each once, with title and country",
          arguments: [("Benny Gantz", "Defense Minister", "IL"), ("Lloyd J. Austin III", "Secretary of Defense", "US"),
                      ("Naftali Bennett", "Prime Minister", "IL"), ("Michael Herzog", nil, "IL"),
                      ("Dror Shalom", nil, "IL"), ("Yaki Dolf", "Military Secretary", "IL"),
                      ("Jake Sullivan", "National Security Adviser", "US")] as [(String, String?, String)])
    func person(_ name: String, _ title: String?, _ country: String) throws {
        let person = try #require(facts.person(name), "\(facts.summary)")
        #expect(person.country == country)
        if let title { #expect(person.title == title) }
    }

    @Test("Seven people, no more: short forms and descriptions are not extra people")
    func peopleCount() {
        #expect(Set(facts.people.map(\.name)) == ["Benny Gantz", "Lloyd J. Austin III", "Naftali Bennett", "Michael Herzog",
                                                   "Dror Shalom", "Yaki Dolf", "Jake Sullivan"], "\(facts.summary)")
        #expect(facts.person("Benny Gantz")?.aliases.contains("Gantz") == true)
        #expect(facts.person("Lloyd J. Austin III")?.aliases.contains("Austin") == true)
    }

    @Test("Herzog is an ambassador and Shalom a director")
    func delegationTitles() {
        #expect(facts.person("Michael Herzog")?.title?.hasPrefix("Ambassador") == true)
        #expect(facts.person("Dror Shalom")?.title?.hasPrefix("Director") == true)
    }

    @Test("Two meetings: the Pentagon on 2022-05-19, the White House on 2022-05-18")
    func meetings() throws {
        try #require(facts.meetings.count == 2, "\(facts.summary)")
        let pentagon = try #require(facts.meetings.first { $0.participants.contains("Lloyd J. Austin III") })
        let whiteHouse = try #require(facts.meetings.first { $0.participants.contains("Jake Sullivan") })

        #expect(pentagon.date == day("2022-05-19"))
        #expect(pentagon.datePrecision == .day)
        #expect(pentagon.location == "Pentagon")
        #expect(pentagon.locationCountry == "US")
        #expect(pentagon.mode == .inPerson)
        #expect(pentagon.status == .held)
        #expect(Set(pentagon.participants) == ["Benny Gantz", "Lloyd J. Austin III", "Michael Herzog", "Dror Shalom", "Yaki Dolf"])
        #expect(Set(pentagon.participants.prefix(2)) == ["Benny Gantz", "Lloyd J. Austin III"])

        #expect(whiteHouse.date == day("2022-05-18"))
        #expect(whiteHouse.location == "White House")
        #expect(whiteHouse.mode == .inPerson)
        #expect(whiteHouse.status == .held)
        #expect(Set(whiteHouse.participants) == ["Benny Gantz", "Jake Sullivan"])
    }

    @Test("The Pentagon meeting is about Iran")
    func topics() throws {
        let pentagon = try #require(facts.meetings.first { $0.participants.contains("Lloyd J. Austin III") })
        #expect(pentagon.topics.contains("Iran nuclear program"), "\(pentagon.topics)")
    }

    @Test("One aid row: US to IL, 4800000000 USD, military, 2022-05-19, not cumulative")
    func aid() throws {
        try #require(facts.aid.count == 1, "\(facts.summary)")
        let row = facts.aid[0]
        #expect(row.donor == "US")
        #expect(row.recipient == "IL")
        #expect(row.amount == 4_800_000_000)
        #expect(row.currency == "USD")
        #expect(row.kind == .military)
        #expect(row.date == day("2022-05-19"))
        #expect(row.datePrecision == .day)
        #expect(row.cumulative == false)
        #expect(row.amountText == "$4.8 billion")
    }

    @Test("Every evidence span's offsets point at its text inside the body")
    func evidenceOffsets() {
        let scalars = Array(article.body.unicodeScalars)
        var spans = facts.people.map(\.evidence) + facts.aid.map(\.evidence)
        for meeting in facts.meetings { spans += meeting.evidence }
        #expect(spans.count >= 10)
        for span in spans {
            #expect(0 <= span.start && span.start < span.end && span.end <= scalars.count, "\(span)")
            guard 0 <= span.start, span.start <= span.end, span.end <= scalars.count else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(String(view) == span.text)
        }
    }

    @Test("The aid evidence is the sentence that states it")
    func aidEvidence() throws {
        let row = try #require(facts.aid.first)
        #expect(row.evidence.text.hasPrefix("The Israeli official expressed his gratitude"))
        #expect(row.evidence.text.contains("$4.8 billion in military aid for Israel"))
    }

    @Test("The facts round-trip through their JSON contract")
    func json() throws {
        let data = try JSONEncoder().encode(facts)
        #expect(try JSONDecoder().decode(Facts.self, from: data) == facts)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""amount":4800000000"#))
        #expect(text.contains(#""date_precision":"day""#))
        #expect(text.contains(#""mode":"in_person""#))
    }

    @Test("Extraction is deterministic")
    func deterministic() {
        #expect(Extractor().extract(article) == facts)
    }
}
