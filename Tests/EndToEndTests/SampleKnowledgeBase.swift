import Extraction
import Foundation
import KnowledgeBase

/// A knowledge base of two articles written with hand-made facts, so that the outputs of the
/// query commands can be checked exactly, whatever the extractor finds.
///
/// - rome.txt (2022-06-10): Çavuşoğlu meets Blinken in Rome on 2022-06-08 (meeting 1, with an
///   aide); a call planned for August 2022 (meeting 2, month precision); Turkish aid to Ukraine
///   (1: $1.5 billion; 2: a running total of $9 billion) and EU military aid dated June 2022
///   (3: €500 million, month precision).
/// - call.txt (2022-07-02): the two speak by video on 2022-07-01 (meeting 3), the Rome meeting
///   is reported again (a second source of meeting 1), and the US commits $2 billion (4).
enum SampleKnowledgeBase {
    static let rome = """
        Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides. They will speak again in August. \
        Ankara pledged $1.5 billion, "urgently". Turkey's aid now totals $9 billion. \
        The EU will send €500 million in military aid this month.
        """
    static let call = "Blinken and Çavuşoğlu spoke by video on Friday. They had met in Rome last month. Washington committed $2 billion."

    /// Writes the knowledge base at `path`.
    static func write(to path: String) throws {
        let knowledgeBase = try KnowledgeBase.open(path: path)
        let first = Day(iso: "2022-06-10")!
        func span(_ sentence: String, in body: String) -> Evidence {
            let range = body.range(of: sentence)!
            let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: range.lowerBound)
            return Evidence(start: start, end: start + sentence.unicodeScalars.count, text: sentence)
        }
        let met = span("Mevlüt Çavuşoğlu met Antony Blinken in Rome, with aides.", in: rome)
        let again = span("They will speak again in August.", in: rome)
        let people = [
            PersonFact(name: "Mevlüt Çavuşoğlu", title: "Foreign Minister", country: "TR", evidence: met),
            PersonFact(name: "Antony Blinken", title: "Secretary of State", country: "US", evidence: met),
        ]
        let romeFacts = Facts(source: "rome.txt", date: first, title: "Çavuşoğlu and Blinken meet in Rome",
                              people: people + [PersonFact(name: "Sam Aide", evidence: met)], meetings: [
            MeetingFact(date: Day(iso: "2022-06-08")!, location: "Rome", locationCountry: "IT",
                        participants: ["Mevlüt Çavuşoğlu", "Antony Blinken", "Sam Aide"],
                        topics: ["NATO enlargement"], evidence: [met]),
            MeetingFact(date: Day(iso: "2022-08-01")!, datePrecision: .month, mode: .call, status: .planned,
                        participants: ["Mevlüt Çavuşoğlu", "Antony Blinken"], evidence: [again]),
        ], aid: [
            AidFact(donor: "TR", recipient: "UA", amount: 1_500_000_000, currency: "USD", amountText: "$1.5 billion",
                    kind: .humanitarian, date: Day(iso: "2022-06-08")!,
                    evidence: span(#"Ankara pledged $1.5 billion, "urgently"."#, in: rome)),
            AidFact(donor: "TR", recipient: "UA", amount: 9_000_000_000, currency: "USD", amountText: "$9 billion",
                    kind: .humanitarian, date: Day(iso: "2022-06-09")!, cumulative: true,
                    evidence: span("Turkey's aid now totals $9 billion.", in: rome)),
            AidFact(donor: "EU", recipient: "UA", amount: 500_000_000, currency: "EUR", amountText: "€500 million",
                    kind: .military, date: Day(iso: "2022-06-01")!, datePrecision: .month,
                    evidence: span("The EU will send €500 million in military aid this month.", in: rome)),
        ], topics: ["NATO enlargement", "humanitarian aid"])
        _ = try knowledgeBase.ingest(Article(source: "rome.txt", date: first, title: romeFacts.title, body: rome), facts: romeFacts)

        let second = Day(iso: "2022-07-02")!
        let video = span("Blinken and Çavuşoğlu spoke by video on Friday.", in: call)
        let rome = span("They had met in Rome last month.", in: call)
        let callFacts = Facts(source: "call.txt", date: second, title: nil, people: [
            PersonFact(name: "Antony Blinken", country: "US", evidence: video),
            PersonFact(name: "Mevlüt Çavuşoğlu", country: "TR", evidence: video),
        ], meetings: [
            MeetingFact(date: Day(iso: "2022-07-01")!, mode: .video, participants: ["Antony Blinken", "Mevlüt Çavuşoğlu"],
                        topics: ["military aid"], evidence: [video]),
            MeetingFact(date: Day(iso: "2022-06-08")!, location: "Rome", locationCountry: "IT",
                        participants: ["Mevlüt Çavuşoğlu", "Antony Blinken"], evidence: [rome]),
        ], aid: [
            AidFact(donor: "US", recipient: "UA", amount: 2_000_000_000, currency: "USD", amountText: "$2 billion",
                    kind: .military, date: Day(iso: "2022-07-01")!,
                    evidence: span("Washington committed $2 billion.", in: call)),
        ], topics: ["military aid"])
        _ = try knowledgeBase.ingest(Article(source: "call.txt", date: second, body: call), facts: callFacts)
    }
}
