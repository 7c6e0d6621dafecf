import Foundation
import Testing

@testable import Extraction

/// The JSON written by hand for the extraction contract is `JSONEncoder`'s, byte for byte.
@Suite("Facts as JSON", .tags(.small))
struct FactsJSONTests {
    /// What `attache extract` printed before `sortedJSON`: the encoder with sorted keys.
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static let awkward = "quote \" backslash \\ slash / tab \t line\nfeed \r bell \u{7} nul-ish \u{1} \u{1F} \u{8}\u{C} del \u{7F} "
        + "é ü 中文 😀 \u{2028}\u{2029} \u{FEFF}"

    @Test("The seed article's facts, with and without its body")
    func seed() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("fixtures/seed-gantz-austin-pentagon.txt"))
        let article = try ArticleReader().article(bytes: Array(data), source: "seed.txt")
        let facts = Extractor().extract(article)
        #expect(!facts.meetings.isEmpty && !facts.aid.isEmpty && !facts.people.isEmpty)
        #expect(facts.sortedJSON == (try Self.encoded(facts)))
        let extracted = ExtractedArticle(article: article, facts: facts)
        #expect(extracted.sortedJSON == (try Self.encoded(extracted)))
    }

    @Test("Every optional field absent, and every escape of a string")
    func fields() throws {
        let evidence = Evidence(start: 0, end: 12_345, text: Self.awkward)
        var facts = Facts(source: "a/b \"c\".txt", date: Day(year: 987, month: 3, day: 4) ?? day("2024-01-01"), title: nil)
        #expect(facts.sortedJSON == (try Self.encoded(facts)))
        facts.title = Self.awkward
        facts.topics = ["security", Self.awkward]
        facts.people = [
            PersonFact(name: Self.awkward, evidence: evidence),
            PersonFact(name: "A", title: "T", country: "US", aliases: ["B", "C"], evidence: evidence),
        ]
        facts.meetings = [
            MeetingFact(date: day("2024-02-29"), participants: [], evidence: []),
            MeetingFact(date: day("2024-02-29"), datePrecision: .month, location: "X", locationCountry: "FR", mode: .video,
                        status: .cancelled, participants: ["A", Self.awkward], topics: ["t"], evidence: [evidence, evidence]),
        ]
        facts.aid = [
            AidFact(donor: nil, recipient: nil, amount: -1, currency: "EUR", amountText: "x", kind: .other, date: day("2024-01-01"),
                    evidence: evidence),
            AidFact(donor: "US", recipient: "UA", amount: Int64.max, currency: "USD", amountText: Self.awkward, kind: .military,
                    date: day("2024-01-01"), datePrecision: .year, cumulative: true, evidence: evidence),
        ]
        #expect(facts.sortedJSON == (try Self.encoded(facts)))
        for origin in [nil, Self.awkward] {
            let article = Article(source: "s", date: facts.date, body: Self.awkward, origin: origin)
            let extracted = ExtractedArticle(article: article, facts: facts)
            #expect(extracted.sortedJSON == (try Self.encoded(extracted)))
        }
    }
}
