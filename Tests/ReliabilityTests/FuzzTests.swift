import Extraction
import Foundation
import KnowledgeBase
import SQLite
import Testing

/// Mutations of an article's bytes: the damage scraped text suffers, and worse.
enum Mutator {
    /// Characters that trouble text processing: combining marks, zero-width and direction
    /// controls, astral and joined emoji, line and paragraph separators, a BOM, a NUL, quotes,
    /// sentence ends, currency signs and abbreviations.
    static let awkward: [String] = [
        "\u{0301}", "\u{200B}", "\u{200D}", "\u{202E}", "\u{FEFF}", "\u{00A0}", "\u{2028}", "\u{2029}", "\u{0000}",
        "😀", "👩‍👩‍👧", "🇺🇦", "\u{10FFFD}", "Ω", "İ", "ß", "ﬁ", "\r", "\r\n", "\n\n", "\t", "“", "”", "\"", "'",
        ".", "...", "?!", "$", "€", "¥", "%", "Mr.", "U.S.", "Gen.", " billion", " $4.8 billion", " met ", "Minister ",
        "President ", " on Thursday", " in Kyiv", "date 2022-02-30 ", "\ndate 2022-05-19\n", "title ", ";", "--",
    ]

    /// `bytes` after one to four random mutations; `others` are spliced from.
    static func mutate(_ bytes: [UInt8], others: [[UInt8]], using random: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = result.isEmpty ? 0 : Int.random(in: 0...result.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0:  // Flip a few bytes to random values.
                for _ in 0..<Int.random(in: 1...8, using: &random) where !result.isEmpty {
                    result[Int.random(in: 0..<result.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            case 1:  // Truncate.
                result.removeSubrange(at...)
            case 2:  // Splice: this article's start, another's end.
                let other = others.randomElement(using: &random) ?? []
                let from = other.isEmpty ? 0 : Int.random(in: 0...other.count, using: &random)
                result = Array(result[..<at]) + other[from...]
            case 3:  // Insert awkward characters, at a byte offset that may split a character.
                let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in awkward.randomElement(using: &random) ?? "" }
                result.insert(contentsOf: Array(text.joined().utf8), at: at)
            case 4:  // Insert random Unicode scalars at a character boundary.
                var text = String(decoding: result, as: UTF8.self)
                let scalars = (0..<Int.random(in: 1...12, using: &random)).compactMap { _ in
                    Unicode.Scalar(UInt32.random(in: 1...0x2FFFF, using: &random))
                }
                let offset = text.isEmpty ? 0 : Int.random(in: 0...text.count, using: &random)
                text.insert(contentsOf: String(String.UnicodeScalarView(scalars)), at: text.index(text.startIndex, offsetBy: offset))
                result = Array(text.utf8)
            case 5:  // Repeat a slice many times.
                let end = min(result.count, at + Int.random(in: 1...200, using: &random))
                let slice = result[at..<end]
                result.insert(contentsOf: Array(repeating: slice, count: Int.random(in: 2...30, using: &random)).joined(), at: at)
            default:  // Delete a slice.
                let end = min(result.count, at + Int.random(in: 1...400, using: &random))
                result.removeSubrange(at..<end)
            }
        }
        return result
    }
}

@Suite("Fuzzing extraction and ingest", .tags(.reliability))
struct FuzzTests {
    /// Cases per shard; the four shards run in parallel. 4 × 500 = 2,000 mutated articles, or
    /// more for a longer hunt: `ATTACHE_FUZZ_CASES=25000 swift test --filter FuzzTests`.
    static let casesPerShard = ProcessInfo.processInfo.environment["ATTACHE_FUZZ_CASES"].flatMap { Int($0) } ?? 500

    @Test("Mutated articles never crash or hang extraction or ingest; every stored fact points at its text",
          .timeLimit(.minutes(casesPerShard > 500 ? 60 : 1)), arguments: 0..<4)
    func mutatedArticles(shard: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.path("fuzz.sqlite")
        let knowledgeBase = try KnowledgeBase(path: path)
        // A failure names its shard and case; the same seed replays it. ATTACHE_FUZZ_SEED explores others.
        let seed = ProcessInfo.processInfo.environment["ATTACHE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0xA77A_C4E0
        var random = SeededGenerator(seed: seed &+ UInt64(shard))
        let seeds = [Corpus.seedFixture] + (0..<6).map { Array(Corpus.article(shard * 6 + $0).utf8) }
        // A mutation that repeats a slice can grow an article many times over: past 8 KB it is
        // refused as too large, which keeps the run quick (pathological sizes have their own test).
        let reader = ArticleReader(maxBytes: 8_000, fallbackDate: Day(iso: "2022-05-19"))
        let extractor = Extractor()
        var refused = 0
        var added = 0
        for n in 0..<Self.casesPerShard {
            let label = "shard \(shard), case \(n)"
            let original = seeds[n % seeds.count]
            var bytes = Mutator.mutate(original, others: seeds, using: &random)
            let article: Article
            do {
                if n % 5 == 4 {
                    // One case in five arrives as a JSON line: mutate the record's bytes, not the text's.
                    let record = try JSONSerialization.data(withJSONObject: ["text": String(decoding: original, as: UTF8.self),
                                                                             "date": "2022-05-19"])
                    bytes = Mutator.mutate(Array(record), others: seeds, using: &random)
                    guard let line = String(validating: bytes, as: UTF8.self) else {
                        refused += 1
                        continue
                    }
                    article = try reader.article(jsonLine: line, fallbackSource: label)
                } else {
                    article = try reader.article(bytes: bytes, source: label)
                }
            } catch {
                // Refusing is allowed; the reason must still be one line.
                #expect(!String(describing: error).contains("\n"), "\(label)")
                refused += 1
                continue
            }
            let facts = extractor.extract(article)
            let broken = Invariants.violations(in: facts, of: article)
            #expect(broken.isEmpty, "\(label): \(broken)")
            guard broken.isEmpty else { continue }
            do {
                if case .added = try knowledgeBase.ingest(article, facts: facts) { added += 1 }
            } catch {
                Issue.record("\(label): ingest failed: \(error)")
            }
        }
        #expect(try Invariants.violations(in: Database(path: path)) == [])
        // The mutations must leave enough readable articles for the test to mean something.
        #expect(added > Self.casesPerShard / 3, "only \(added) added, \(refused) refused")
        #expect(refused > 0)
    }

    /// Sentences in the shapes that have trapped extraction before (an appositive sharing words with the next title, a
    /// copula at a sentence's end, shares of a total), cut after every word and stripped of their punctuation: a
    /// clause may end anywhere in scraped text.
    static let cutSentences = [
        "On Tuesday, the minister also met the Chairman of the Senate of the Oliy Majlis, H.E. Mr. Bakhtiyor Saidov, in Tashkent.",
        "Deputy Prime Minister Ana Brnabic is in Brussels for talks with Commissioner for Enlargement Marta Kos on Thursday and is",
        "The European Union will provide €900m this year. Of this amount, €500m will go to Sudan, €250m to Chad. The remaining €150m is",
        "Minister of Planning, Investment and Economic Development of Somalia Abdiwali Farah and Mr. Ahmed, who is",
        "The agreements were signed at the fund's headquarters in Riyadh by Eng. Khalid Al-Marshad and Minister Samir Said, in the presence of",
    ]

    @Test("Readout sentences cut after any word, with or without punctuation, extract without trapping")
    func cutAnywhere() throws {
        let day = try #require(Day(iso: "2025-03-14"))
        var articles = 0
        for sentence in Self.cutSentences {
            let words = sentence.split(separator: " ")
            for n in 1...words.count {
                let cut = words.prefix(n).joined(separator: " ")
                for body in [cut, cut.filter { !",.".contains($0) }] {
                    let facts = Extractor().extract(Article(source: "cut.txt", date: day, body: body))
                    #expect(facts.meetings.allSatisfy { !$0.participants.isEmpty })
                    articles += 1
                }
            }
        }
        #expect(articles > 200)
    }
}

