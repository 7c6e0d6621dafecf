import Foundation
import Testing

@testable import Extraction

/// Texts built to make a careless extractor slow: `Scripts/pathological` times the same shapes at
/// megabyte sizes on the release binary; here the suite counts the work instead, at sizes small
/// enough to be quick.
enum Pathology: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// One paragraph of lower-case words with no punctuation at all: one endless sentence.
    case unpunctuated
    /// Capitalised words only, offices among them: every word may start a name.
    case capitalised
    /// The same long title over and over, then one meeting.
    case repeatedTitles

    var testDescription: String { rawValue }

    /// The smaller of the two sizes the suite compares: past several of the longest sentences the
    /// splitter keeps (a thousand tokens), small enough to be quick in a debug build.
    static let suiteSize = 20_000

    /// The article's text, about `bytes` long.
    func text(bytes: Int) -> String {
        let words: [String]
        switch self {
        case .unpunctuated:
            words = ["the", "minister", "said", "talks", "would", "continue", "and", "security", "aid", "of", "in",
                     "with", "government", "met", "counterpart", "on", "thursday"]
        case .capitalised:
            words = ["Alpha", "Bravo", "Charlie", "Minister", "Secretary", "General", "Defense", "Foreign", "President",
                     "Ingrid", "Solberg", "Met", "Norwegian"]
        case .repeatedTitles:
            words = ["Deputy Assistant Secretary of Defense for the Foreign Minister of"]
        }
        var random = SeededGenerator(seed: 7)
        var text = ""
        while text.utf8.count < bytes {
            text += (words.randomElement(using: &random) ?? "") + " "
        }
        return self == .repeatedTitles ? text + "Norway Ingrid Solberg met Tomasz Nowicki in Oslo on Tuesday." : text
    }
}

@Suite("Pathological text", .tags(.reliability))
struct PathologicalTextTests {
    /// What extracting a text cost, counted rather than timed, so that the answer is the same on
    /// any machine under any load.
    struct Work {
        /// Comparisons of names with earlier names and people with earlier people (`WorkMeter`).
        let comparisons: [String: Int]
        /// Characters of evidence in the facts: a sentence copied once per fact that cites it.
        let evidence: Int
        /// Tokens of the longest sentence: every per-sentence pass reads at most this many.
        let longestSentence: Int
    }

    private func work(_ text: String) -> Work {
        let article = Article(source: "pathological", date: Day(iso: "2022-05-19") ?? Day(iso: "2000-01-01")!, body: text)
        let meter = WorkMeter()
        let facts = WorkMeter.$current.withValue(meter) { Extractor().extract(article) }
        let spans = facts.people.map(\.evidence) + facts.meetings.flatMap(\.evidence) + facts.aid.map(\.evidence)
        let longest = Document(article: article).sentences.map(\.range.count).max() ?? 0
        return Work(comparisons: meter.byPass, evidence: spans.reduce(0) { $0 + $1.text.count }, longestSentence: longest)
    }

    @Test("Extraction work grows linearly with the size of pathological text (4× the text, under 8× the work)",
          arguments: Pathology.allCases)
    func linearWork(_ pathology: Pathology) {
        let size = Pathology.suiteSize
        let small = work(pathology.text(bytes: size))
        let large = work(pathology.text(bytes: 4 * size))
        // Linear work gives about 4, quadratic 16. Coreference compares each new person with the people who share its
        // words, which grows a little faster than the text (about 5.6 here): the bound is halfway, in powers.
        let passes = Set(small.comparisons.keys).union(large.comparisons.keys).sorted()
        for pass in passes {
            let (a, b) = (small.comparisons[pass] ?? 0, large.comparisons[pass] ?? 0)
            #expect(b <= 8 * max(a, 1), "\(pathology): \(pass) made \(a) comparisons on \(size) bytes, \(b) on \(4 * size)")
        }
        #expect(large.evidence <= 8 * max(small.evidence, 1),
                "\(pathology): \(small.evidence) characters of evidence from \(size) bytes, \(large.evidence) from \(4 * size)")
        #expect(large.longestSentence <= SentenceSplitter.longest)
    }

    @Test("The shapes do the work the test measures: names compared, people compared, sentences cut")
    func shapesExerciseThePasses() {
        let capitalised = work(Pathology.capitalised.text(bytes: Pathology.suiteSize))
        #expect((capitalised.comparisons["names"] ?? 0) > 10)
        #expect((capitalised.comparisons["coreference"] ?? 0) > 1_000)
        let titles = work(Pathology.repeatedTitles.text(bytes: Pathology.suiteSize))
        #expect((titles.comparisons["referents"] ?? 0) > 0)
        for pathology in Pathology.allCases {
            let text = pathology.text(bytes: Pathology.suiteSize)
            let doc = Document(article: Article(source: "p", date: Day(iso: "2022-05-19")!, body: text))
            #expect(doc.sentences.count > 1, "\(pathology): one sentence of \(doc.tokens.count) tokens")
        }
    }

    @Test("A run-on sentence is cut after its last clause mark before the limit, never inside a hyphenated word")
    func longSentencesAreCutIntoClauses() {
        // 1,500 words without a full stop: one comma (word 550, past half the limit), and "Vice-President" every
        // 10th word, whose unspaced hyphen comes after the comma but is no clause mark.
        var words: [String] = []
        for n in 0..<1_500 { words.append(n == 550 ? "talks," : n % 10 == 9 ? "Vice-President" : "talks") }
        let doc = Document(article: Article(source: "p", date: Day(iso: "2022-05-19")!, body: words.joined(separator: " ")))
        let first = doc.sentences[0]
        #expect(first.range.count <= SentenceSplitter.longest && first.range.count > SentenceSplitter.longest / 2)
        #expect(doc.tokens[first.range.upperBound - 1].text == ",")
        // The sentences tile the text: nothing lost, nothing repeated, none longer than the limit.
        for (a, b) in zip(doc.sentences, doc.sentences.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
        #expect(doc.sentences.last?.range.upperBound == doc.tokens.count)
        #expect(doc.sentences.allSatisfy { $0.range.count <= SentenceSplitter.longest })
    }

    @Test("A run-on sentence without any clause mark is cut at the limit")
    func longSentencesWithoutMarksAreCutAtTheLimit() {
        let doc = Document(article: Article(source: "p", date: Day(iso: "2022-05-19")!,
                                            body: String(repeating: "talks ", count: 2_500)))
        #expect(doc.sentences.map(\.range.count) == [SentenceSplitter.longest, SentenceSplitter.longest, 500])
    }

    @Test("Real sentences are never cut: a long one under the limit stays whole")
    func realSentencesStayWhole() {
        // About 300 tokens: longer than any sentence of the evaluation sets, far under the limit.
        let names = String(repeating: "Minister Alpha, ", count: 100)
        let text = "The meeting was attended by \(names)and Ambassador Bravo Charlie."
        let doc = Document(article: Article(source: "p", date: Day(iso: "2022-05-19")!, body: text))
        #expect(doc.sentences.count == 1)
    }
}
