import Testing
@testable import Extraction

/// `DateResolver`: date expressions resolved against an explicit anchor, leaning to the past
/// unless told the sentence is about the future.
///
/// Every row is anchored on Thursday 2022-05-19.
@Suite("DateResolver", .tags(.small))
struct DateResolverTests {
    static let anchor = day("2022-05-19")

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let lean: DateResolver.Lean
        let day: String
        let precision: DatePrecision
        var knownIssue: String?
        var testDescription: String { "\"\(text)\" (\(lean)) → \(day) \(precision)" }

        init(_ text: String, _ day: String, _ precision: DatePrecision = .day) {
            self.init(text, .past, day, precision)
        }

        init(_ text: String, _ lean: DateResolver.Lean, _ day: String, _ precision: DatePrecision = .day) {
            self.text = text
            self.lean = lean
            self.day = day
            self.precision = precision
        }

        func known(_ issue: String) -> Case {
            var copy = self
            copy.knownIssue = issue
            return copy
        }
    }

    /// The date mentions of `text`, anchored on `anchor`.
    static func dates(_ text: String, lean: DateResolver.Lean = .past, anchor: Day = DateResolverTests.anchor) -> [DateMention] {
        let tokens = Tokenizer().tokens(of: Array(text.unicodeScalars))
        return DateResolver().dates(in: tokens, range: tokens.indices, anchor: anchor, lean: lean)
    }

    static let positive: [Case] = [
        // Weekdays: past-leaning by default, the anchor itself included.
        Case("Gantz met Austin at the Pentagon on Thursday.", "2022-05-19"),
        // "in May" capitalised after "in" is the month, never the verb.
        Case("The two leaders recalled their previous meeting in Jakarta in May.", "2022-05-01", .month),
        Case("Gantz arrived in Washington on Wednesday night.", "2022-05-18"),
        Case("The two ministers spoke on Monday.", "2022-05-16"),
        Case("Kishida held talks with Albanese on Sunday.", "2022-05-15"),
        Case("The envoy had landed in Doha on Friday.", "2022-05-13"),
        Case("The President said on Friday morning that talks had stalled.", "2022-05-13"),
        // Future-leaning when the sentence looks ahead.
        Case("Xi will meet Biden on Friday.", .future, "2022-05-20"),
        Case("The leaders are set to meet on Monday.", .future, "2022-05-23"),
        Case("Lavrov will travel to Beijing on Thursday.", .future, "2022-05-19"),
        Case("The summit will open next Tuesday.", .future, "2022-05-24"),
        Case("The ministers met last Tuesday.", .future, "2022-05-17"),
        // Relative days.
        Case("The Prime Minister spoke to President Zelenskyy today.", "2022-05-19"),
        Case("The Foreign Secretary spoke to her counterpart this morning.", "2022-05-19"),
        Case("The two leaders spoke by phone yesterday.", "2022-05-18"),
        Case("Blinken will fly to Berlin tomorrow.", .future, "2022-05-20"),
        Case("He had arrived in Seoul the day before.", "2022-05-18"),
        Case("He had met the Emir the previous day.", "2022-05-18"),
        // Weeks and months.
        Case("The two ministers met last week.", "2022-05-12", .week),
        Case("Wong visited Wellington last November.", "2021-11-01", .month),
        Case("Wong will visit Wellington next month.", .future, "2022-06-01", .month),
        Case("The ministers met in January this year.", "2022-01-01", .month),
        Case("She recalled her visit to Hanoi in May last year.", "2021-05-01", .month),
        Case("The commission will meet in March next year.", .future, "2023-03-01", .month),
        Case("Scholz hosted Tusk in Berlin earlier this month.", "2022-05-01", .month),
        Case("The agreement was signed in March.", "2022-03-01", .month),
        Case("The pact was signed in October 2021.", "2021-10-01", .month),
        // Calendar days.
        Case("The two ministers met on May 3.", "2022-05-03"),
        Case("The talks were held on 3 May 2022.", "2022-05-03"),
        Case("The agreement was signed on May 18, 2016.", "2016-05-18"),
        Case("Tokyo, Sept. 28 (Kyodo) -- Japan and Australia agreed.", "2021-09-28"),
        Case("They met on Sept. 28, 2021 in Canberra.", "2021-09-28"),
        Case("The ministers met on the 14th.", "2022-05-14"),
        Case("The ministers met on the 2nd of April.", "2022-04-02"),
        Case("Esper met in Washington on the 14th with South Korean Defense Minister Suh Wook.", "2022-05-14"),
        Case("Talks were held on Thursday, May 12.", "2022-05-12"),
        Case("The summit ran from 28-29 March.", "2022-03-28"),
        Case("The forum ran from March 28-31.", "2022-03-28"),
        Case("The visit is planned for June 2.", .future, "2022-06-02"),
        // Numeric.
        Case("The memorandum was signed on 05/02/2021.", "2021-05-02"),
        Case("The memorandum was signed on 15.10.2021.", "2021-10-15")
            .known("a dotted date is one number token that fails the 1...31 day check before the numeric forms are tried"),
        Case("The memorandum was signed on 2021-10-15.", "2021-10-15")
            .known("an ISO date starts with a four-digit year that fails the 1...31 day check before the numeric forms are tried"),
        Case("The agreement was signed on 25/04/2022.", "2022-04-25"),
    ]

    @Test("A date expression resolves to its day and precision", arguments: positive)
    func resolves(_ row: Case) {
        let check = {
            guard let first = Self.dates(row.text, lean: row.lean).first else {
                Issue.record("no date found in \"\(row.text)\"")
                return
            }
            #expect(first.day == day(row.day))
            #expect(first.precision == row.precision)
        }
        if let issue = row.knownIssue { withKnownIssue(Comment(rawValue: issue)) { check() } } else { check() }
    }

    @Test("Text with no date expression yields none",
          arguments: ["Officials may meet again soon.", "The 2015 nuclear deal remains stalled.",
                      "The terror wave has claimed the lives of 20 people.", "Congress approved $4.8 billion in aid.",
                      "Secretary General Jens Stoltenberg met Polish officials.", "The march to the embassy was peaceful.",
                      "He spoke on the record.", "Resolution 2231 was adopted.",
                      "Theresa May met Emmanuel Macron in Paris."])
    func noDate(_ text: String) {
        #expect(Self.dates(text).isEmpty, "\(Self.dates(text).map { "\($0.day)" })")
    }

    @Test("A relative expression moves with the anchor; an absolute one does not")
    func anchorMatters() {
        let otherAnchor = day("2024-03-14")  // also a Thursday
        #expect(Self.dates("They met on Monday.", anchor: otherAnchor).first?.day == day("2024-03-11"))
        #expect(Self.dates("They met on Monday.", anchor: otherAnchor).first?.isAbsolute == false)
        #expect(Self.dates("They met on May 18, 2016.", anchor: otherAnchor).first?.day == day("2016-05-18"))
        #expect(Self.dates("They met on May 18, 2016.", anchor: otherAnchor).first?.isAbsolute == true)
    }

    @Test("Two expressions in one sentence are both found, left to right")
    func several() {
        let found = Self.dates("Gantz arrived on Wednesday night and met Austin on Thursday.")
        #expect(found.map(\.day) == [day("2022-05-18"), day("2022-05-19")])
    }

    @Test("A mention covers exactly the tokens of its expression")
    func range() throws {
        let text = "They met on May 18, 2016 in Washington."
        let tokens = Tokenizer().tokens(of: Array(text.unicodeScalars))
        let mention = try #require(DateResolver().dates(in: tokens, range: tokens.indices, anchor: Self.anchor, lean: .past).first)
        let covered = tokens[mention.range].map(\.text).joined(separator: " ")
        #expect(covered == "May 18 , 2016")
    }
}
