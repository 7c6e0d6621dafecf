import Extraction
import Foundation
import Testing

/// Texts built to make a careless extractor slow: `Scripts/pathological` runs the same shapes at
/// megabyte sizes on the release binary; here they are small enough for the suite.
enum Pathology: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// One paragraph of lower-case words with no punctuation at all: one endless sentence.
    case unpunctuated
    /// Capitalised words only, offices among them: every word may start a name.
    case capitalised
    /// The same long title over and over, then one meeting.
    case repeatedTitles

    var testDescription: String { rawValue }

    /// The smaller of the two sizes the suite compares: large enough to time, small enough to be quick.
    var suiteSize: Int { self == .unpunctuated ? 25_000 : 6_000 }

    /// Where extraction is known to do more than linear work on this shape (see the README).
    var knownSuperlinear: String? {
        switch self {
        case .unpunctuated: return nil
        case .capitalised:
            return "Coreference.resolve compares each mention with every person; assignCountries looks people up by scanning"
        case .repeatedTitles:
            return "MeetingExtractor.meetings asks Coreference.referent, which scans every person, for each definite description"
        }
    }

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
    /// The least CPU time, over `runs` runs, that extracting `text` takes.
    private func cpuSeconds(_ text: String, runs: Int = 2) -> Double {
        let article = Article(source: "pathological", date: Day(iso: "2022-05-19") ?? Day(iso: "2000-01-01")!, body: text)
        var best = Double.infinity
        for _ in 0..<runs {
            let start = threadCPUSeconds()
            _ = Extractor().extract(article)
            best = min(best, threadCPUSeconds() - start)
        }
        return best
    }

    @Test("Extraction time grows linearly with the size of pathological text (4× the text, under 10× the time)",
          .timeLimit(.minutes(1)), arguments: Pathology.allCases)
    func linearTime(_ pathology: Pathology) {
        let size = pathology.suiteSize
        let small = cpuSeconds(pathology.text(bytes: size))
        let large = cpuSeconds(pathology.text(bytes: 4 * size), runs: 1)
        // Linear work gives 4; quadratic 16. CPU time, not wall time, so other processes do not count.
        let ratio = large / max(small, 0.001)
        let expectLinear = { #expect(ratio < 10, "\(pathology): \(size) bytes took \(small) s, \(4 * size) bytes \(large) s") }
        if let known = pathology.knownSuperlinear {
            withKnownIssue(Comment(rawValue: known), isIntermittent: true, expectLinear)
        } else {
            expectLinear()
        }
    }
}
