import Testing
@testable import Extraction

/// `SentenceSplitter`: sentence boundaries that survive abbreviations, initials and dotted
/// names, with offsets into the original text.
@Suite("SentenceSplitter", .tags(.small))
struct SentenceSplitterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let sentences: [String]
        var knownIssue: String?
        var testDescription: String { text }
    }

    /// The sentences of `text` as the pipeline sees them (the body's own characters, by offset).
    static func split(_ text: String) -> [String] {
        let doc = Document(article: Article(source: "t", date: day("2024-03-14"), body: text))
        return doc.sentences.map { doc.evidence($0).text }
    }

    static let cases: [Case] = [
        Case(text: "Secretary of Defense Lloyd J. Austin III hosted Minister Kihara today. The two discussed deterrence.",
             sentences: ["Secretary of Defense Lloyd J. Austin III hosted Minister Kihara today.", "The two discussed deterrence."]),
        Case(text: "The U.S. delegation arrived in Tokyo. The talks began at noon.",
             sentences: ["The U.S. delegation arrived in Tokyo.", "The talks began at noon."]),
        Case(text: "Gen. Charles Q. Brown met his Japanese counterpart. The meeting lasted an hour.",
             sentences: ["Gen. Charles Q. Brown met his Japanese counterpart.", "The meeting lasted an hour."]),
        Case(text: "The talks were attended by Pol. Gen. Somchai Rattanakul, Minister of Interior. They lasted an hour.",
             sentences: ["The talks were attended by Pol. Gen. Somchai Rattanakul, Minister of Interior.", "They lasted an hour."]),
        Case(text: "Mr. Sunak welcomed Dr. Tedros to No. 10 on Tuesday. They discussed pandemic preparedness.",
             sentences: ["Mr. Sunak welcomed Dr. Tedros to No. 10 on Tuesday.", "They discussed pandemic preparedness."]),
        Case(text: "The two ministers first met on Sept. 28 in Canberra. They met again in Tokyo.",
             sentences: ["The two ministers first met on Sept. 28 in Canberra.", "They met again in Tokyo."]),
        Case(text: "Lt. Col. Sarah Mitchell, a spokesperson, said Washington approved $4.8 billion. The Senate agreed.",
             sentences: ["Lt. Col. Sarah Mitchell, a spokesperson, said Washington approved $4.8 billion.", "The Senate agreed."]),
        Case(text: "Gantz met Austin. The Israeli official thanked him. The meeting was attended by Herzog.",
             sentences: ["Gantz met Austin.", "The Israeli official thanked him.", "The meeting was attended by Herzog."]),
        Case(text: "Did the talks succeed? Officials said yes! The ministers will meet again.",
             sentences: ["Did the talks succeed?", "Officials said yes!", "The ministers will meet again."]),
        Case(text: "“We stand with Ukraine.” The minister said so twice.",
             sentences: ["“We stand with Ukraine.”", "The minister said so twice."]),
        Case(text: "Japan pledged $4.5 billion. 1.2 billion euros came from Germany.",
             sentences: ["Japan pledged $4.5 billion.", "1.2 billion euros came from Germany."]),
        Case(text: "A No. 10 spokesperson said the new rules take effect on Jan. 1 next year.",
             sentences: ["A No. 10 spokesperson said the new rules take effect on Jan. 1 next year."]),
        Case(text: "Readout of Secretary Blinken’s Call\nSecretary Blinken spoke with Foreign Minister Kuleba today.",
             sentences: ["Readout of Secretary Blinken’s Call", "Secretary Blinken spoke with Foreign Minister Kuleba today."]),
        Case(text: "Secretary Austin met President Ferdinand Marcos Jr. The two leaders discussed the South China Sea.",
             sentences: ["Secretary Austin met President Ferdinand Marcos Jr.", "The two leaders discussed the South China Sea."]),
        Case(text: "Japan remains the closest ally of the U.S. The two navies train together.",
             sentences: ["Japan remains the closest ally of the U.S.", "The two navies train together."]),
    ]

    @Test("Sentences split where they end, and nowhere else", arguments: cases)
    func splits(_ row: Case) {
        if let issue = row.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) { #expect(Self.split(row.text) == row.sentences) }
        } else {
            #expect(Self.split(row.text) == row.sentences)
        }
    }

    @Test("Offsets are Unicode scalar offsets into the original text, also after non-ASCII text",
          arguments: [
              "Władysław Kosiniak-Kamysz met Jana Černochová in Prague. The talks — “frank” — lasted two hours.",
              "Secretary of Defense Lloyd J. Austin III hosted Minister Kihara today.\n\nThe two discussed deterrence. 🇯🇵 Japan agreed.",
              "  Leading spaces are not part of a sentence.   Nor are trailing ones.   ",
          ])
    func offsets(_ text: String) {
        let doc = Document(article: Article(source: "t", date: day("2024-03-14"), body: text))
        let scalars = Array(text.unicodeScalars)
        #expect(!doc.sentences.isEmpty)
        var previousEnd = 0
        for sentence in doc.sentences {
            let evidence = doc.evidence(sentence)
            #expect(evidence.start == sentence.start && evidence.end == sentence.end)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[evidence.start..<evidence.end])
            #expect(String(view) == evidence.text)
            #expect(evidence.start >= previousEnd)
            #expect(evidence.text.first.map { !$0.isWhitespace } ?? false)
            #expect(evidence.text.last.map { !$0.isWhitespace } ?? false)
            previousEnd = evidence.end
        }
    }

    @Test("Sentences cover every token once, in order")
    func coverage() {
        let text = "Gantz met Austin on Thursday. The meeting was attended by Herzog, Shalom and Dolf. Gantz also met Sullivan."
        let doc = Document(article: Article(source: "t", date: day("2024-03-14"), body: text))
        #expect(doc.sentences.count == 3)
        #expect(doc.sentences.first?.range.lowerBound == 0)
        #expect(doc.sentences.last?.range.upperBound == doc.tokens.count)
        for (a, b) in zip(doc.sentences, doc.sentences.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
    }
}
