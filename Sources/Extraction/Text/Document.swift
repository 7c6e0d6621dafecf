/// An article prepared for the extractors: its tokens, sentences, quoted stretches and the
/// gazetteer matches over them, computed once.
///
/// A class, though immutable: the extractors hand it to closures and keep it in lazy values, and a
/// reference is copied with one retain where a struct of a dozen arrays took a dozen.
final class Document: Sendable {
    let article: Article
    let scalars: [Unicode.Scalar]
    let tokens: Tokens
    let sentences: [Sentence]
    /// For each token, the entity match covering it (same value on every token of the match).
    let entityAt: EntityMatches
    /// For each token, whether it is a word of a world region's name ("Latin America"), which names no state.
    let inRegion: [Bool]
    /// For each token, the classes of the title phrase covering it.
    let titleAt: [TitleMatch?]
    /// For each token, the cue classes of the cue phrase covering it.
    let cueAt: [CueMatch?]
    /// For each token, whether it stands inside double quotes.
    let quoted: [Bool]
    /// For each sentence, the topics its topic cues (topics.tsv) name, one per cue, in order.
    let topics: [[Topic]]
    /// For each token, the cue classes covering it as bits of `lexicon.cueClassBits`.
    private let cueBits: [UInt64]
    /// For each sentence, the union of its tokens' `cueBits`.
    private let sentenceCueBits: [UInt64]
    /// The day relative dates resolve against: a dateline's day where the body starts with one, else the writer's
    /// day when the opening tells it (`writersDay`), else the article's.
    let anchor: Day
    /// The tokens of the dateline's date ("Oct. 24" in "SEOUL, Oct. 24 (Yonhap) --"), which dates the story, not its events.
    let datelineDate: Range<Int>?
    /// The state of the outlet that published the article (`Coreference.publisherCountry` of its origin or source),
    /// read once: coreference, meetings and aid each ask it.
    let publisher: String?
    let lexicon: Lexicon

    struct EntityMatch: Sendable {
        let range: Range<Int>
        let entities: [Entity]
        var best: Entity { entities[0] }
    }
    /// The entity match covering each token, read as an array of optional matches: each token holds the number of
    /// its match, not a copy, so that making and freeing a document retains and releases a match's entities once
    /// rather than at every token it covers.
    struct EntityMatches: RandomAccessCollection, Sendable {
        fileprivate let matches: [EntityMatch]
        /// For each token, the index of its match in `matches`, or -1.
        fileprivate let numbers: [Int32]

        var startIndex: Int { 0 }
        var endIndex: Int { numbers.count }

        @inline(__always)
        subscript(k: Int) -> EntityMatch? {
            let n = numbers[k]
            return n < 0 ? nil : matches[Int(n)]
        }
    }
    struct TitleMatch: Sendable {
        let range: Range<Int>
        let words: TitleWords
    }
    struct CueMatch: Sendable {
        let range: Range<Int>
        let classes: CueClasses
    }

    init(article: Article, lexicon: Lexicon = .shared) {
        self.article = article
        self.lexicon = lexicon
        scalars = Self.scalars(of: article.body)
        tokens = Tokenizer(vocabulary: lexicon.vocabulary).tokens(of: scalars)
        sentences = SentenceSplitter(abbreviations: lexicon.abbreviations).sentences(of: tokens)

        var entityMatches: [EntityMatch] = []
        var entityNumbers = [Int32](repeating: -1, count: tokens.count)
        var inRegion = [Bool](repeating: false, count: tokens.count)
        var titleAt = [TitleMatch?](repeating: nil, count: tokens.count)
        var cueAt = [CueMatch?](repeating: nil, count: tokens.count)
        var quoted = [Bool](repeating: false, count: tokens.count)
        var cueBits = [UInt64](repeating: 0, count: tokens.count)
        var topics: [[Topic]] = []
        topics.reserveCapacity(sentences.count)
        var sentenceCueBits: [UInt64] = []
        sentenceCueBits.reserveCapacity(sentences.count)
        // Each gazetteer taken out of the lexicon once, not copied (its arrays retained) at every token.
        let entities = lexicon.entities
        let titles = lexicon.titles
        let cues = lexicon.cues
        let topicCues = lexicon.topicCues
        let cueClassBits = lexicon.cueClassBits
        // A quote opened by “ and not yet closed, and the sentences it has run over.
        var open = false
        var curlyOpenFor = 0
        for sentence in sentences {
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                if tokens[i].isCapitalized || tokens[i].kind == .number,
                    let match = entities.match(tokens, at: i, limit: sentence.range.upperBound)
                {
                    if match.values[0].kind == .region {
                        for k in i..<i + match.length { inRegion[k] = true }
                    } else {
                        let m = EntityMatch(range: i..<i + match.length, entities: match.values)
                        for k in m.range { entityNumbers[k] = Int32(entityMatches.count) }
                        entityMatches.append(m)
                    }
                    i += match.length
                } else {
                    i += 1
                }
            }
            i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                if entityNumbers[i] < 0, let match = titles.match(tokens, at: i, limit: sentence.range.upperBound),
                    !(i + match.length - 1 ..< i + match.length).contains(where: { entityNumbers[$0] >= 0 && match.length > 1 })
                {
                    let m = TitleMatch(range: i..<i + match.length, words: TitleWords(match.values))
                    for k in m.range { titleAt[k] = m }
                    i += match.length
                } else {
                    i += 1
                }
            }
            i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                if let match = cues.match(tokens, at: i, limit: sentence.range.upperBound) {
                    let bits = match.values.reduce(UInt64(0)) { $0 | (cueClassBits[$1] ?? 0) }
                    let m = CueMatch(range: i..<i + match.length, classes: CueClasses(bits: bits))
                    for k in m.range {
                        cueAt[k] = m
                        cueBits[k] = bits
                    }
                    i += match.length
                } else {
                    i += 1
                }
            }
            sentenceCueBits.append(cueBits[sentence.range].reduce(0, |))
            var named: [Topic] = []
            i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                if let match = topicCues.match(tokens, at: i, limit: sentence.range.upperBound) {
                    named.append(contentsOf: match.values)
                    i += match.length
                } else {
                    i += 1
                }
            }
            topics.append(named)
            // Quotes: “…” and "…". A quote opened by “, or by a straight mark that opens its paragraph, runs over the next
            // sentences of its paragraph, three at most (a stray mark must not hide the rest of a body without breaks); one
            // opened by a straight mark elsewhere, which cannot tell opening from closing, ends with its sentence.
            curlyOpenFor += 1
            if let first = sentence.range.first, tokens[first].newlineBefore || curlyOpenFor > 3 { open = false }
            if !open { curlyOpenFor = 0 }
            var straight = false
            for k in sentence.range {
                let mark = tokens[k].single
                if mark == "“" || (mark == "\"" && !open && tokens[k].newlineBefore) {
                    open = true
                    curlyOpenFor = 0
                } else if mark == "”" || (mark == "\"" && open && !straight) {
                    open = false
                    if mark == "\"" { quoted[k] = true; continue }
                } else if mark == "\"" {
                    straight.toggle()
                }
                quoted[k] = open || straight || mark == "”"
            }
        }
        entityAt = EntityMatches(matches: entityMatches, numbers: entityNumbers)
        self.inRegion = inRegion
        self.titleAt = titleAt
        self.cueAt = cueAt
        self.quoted = quoted
        self.cueBits = cueBits
        self.topics = topics
        self.sentenceCueBits = sentenceCueBits
        publisher = Coreference.publisherCountry(article.origin ?? article.source, lexicon)
        let dateline = Self.dateline(tokens: tokens, sentences: sentences, article: article)
        datelineDate = dateline?.range
        let plannedBit = lexicon.cueClassBits["planned"] ?? 0
        anchor = dateline?.day
            ?? Self.writersDay(tokens: tokens, sentences: sentences, article: article,
                               planned: sentenceCueBits.map { $0 & plannedBit != 0 })
            ?? article.date
    }

    // MARK: - Text

    /// `Array(text.unicodeScalars)`, decoded from UTF-8 in one pass, ASCII byte for byte.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            // Written in place (no capacity check per scalar): there are never more scalars than bytes.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { result, count in
                var i = 0
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    if lead < 0x80 {
                        result[count] = Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
                        count += 1
                        i += 1
                        continue
                    }
                    // A String's UTF-8 is always valid: the lead byte says how many continuation bytes follow.
                    let (length, bits): (Int, UInt32) = lead < 0xE0 ? (2, lead & 0x1F) : lead < 0xF0 ? (3, lead & 0x0F) : (4, lead & 0x07)
                    var value = bits
                    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    result[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    count += 1
                    i += length
                }
            }
        }
    }

    /// The text from the start of token `range.lowerBound` to the end of the last token, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    func evidence(_ sentence: Sentence) -> Evidence {
        Evidence(start: sentence.start, end: sentence.end, text: string(sentence.start..<sentence.end))
    }

    /// The text of scalars `range`, encoded straight into a new string. A string made with room to spare (four bytes
    /// a scalar) is allocated on the heap however short, where 15 bytes or fewer fit in the string itself: a short
    /// stretch (a name, a place) is measured first. A longer one cannot fit, and is not.
    private func string(_ range: Range<Int>) -> String {
        scalars.withUnsafeBufferPointer { scalars in
            var length = range.count * 4
            if range.count <= 15 {
                length = 0
                for k in range { length += UTF8.width(scalars[k]) }
            }
            return String(unsafeUninitializedCapacity: length) { buffer in
                var written = 0
                for k in range {
                    UTF8.encode(scalars[k]) { byte in
                        buffer[written] = byte
                        written += 1
                    }
                }
                return written
            }
        }
    }

    func hasCue(_ cueClass: String, in range: Range<Int>) -> Bool { hasCue(bit: CueClass.bit(named: cueClass), in: range) }

    func hasCue(_ cueClass: CueClass, in range: Range<Int>) -> Bool { hasCue(bit: cueClass.bit, in: range) }

    private func hasCue(bit: UInt64, in range: Range<Int>) -> Bool {
        guard bit != 0 else { return false }
        // A long range within one sentence that has no such cue needs no scan.
        if range.count > 8 {
            let s = sentenceIndex(of: range.lowerBound)
            if range.upperBound <= sentences[s].range.upperBound, sentenceCueBits[s] & bit == 0 { return false }
        }
        return range.contains { cueBits[$0] & bit != 0 }
    }

    func cueIndices(_ cueClass: String, in range: Range<Int>) -> [Int] { cueIndices(bit: CueClass.bit(named: cueClass), in: range) }

    func cueIndices(_ cueClass: CueClass, in range: Range<Int>) -> [Int] { cueIndices(bit: cueClass.bit, in: range) }

    private func cueIndices(bit: UInt64, in range: Range<Int>) -> [Int] {
        guard bit != 0 else { return [] }
        var result: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if cueBits[i] & bit != 0, let cue = cueAt[i] {
                result.append(i)
                i = cue.range.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether sentence `s` opens a paragraph (its first word starts a line).
    func opensParagraph(_ s: Int) -> Bool {
        sentences[s].range.first.map { tokens[$0].newlineBefore } ?? false
    }

    /// The sentences of the paragraph that holds sentence `s`.
    func paragraph(of s: Int) -> ClosedRange<Int> {
        var first = s
        while first > 0, !opensParagraph(first) { first -= 1 }
        var last = s
        while last + 1 < sentences.count, !opensParagraph(last + 1) { last += 1 }
        return first...last
    }

    /// The sentence holding token `index`.
    func sentenceIndex(of index: Int) -> Int {
        var low = 0
        var high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].range.lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The sentence that starts at scalar offset `start`, if one does (starts only grow: a binary search).
    func sentenceIndex(startingAt start: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].start < start { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].start == start ? low : nil
    }

    // MARK: - Dateline

    /// "In the meeting held at the hotel Saturday morning" in a story dated Friday, with no dateline: the story was
    /// written on Saturday where it happened, and its date lags by the time zones between. A report gives the hour
    /// of the day of a fresh event, not of one six days old, so a weekday with its part of the day, in the opening
    /// sentences, that falls the day after the article's date moves the anchor to that day. A plan's day ("will
    /// meet on Saturday morning") says nothing of when the story was written.
    private static func writersDay(tokens: Tokens, sentences: [Sentence], article: Article, planned: [Bool]) -> Day? {
        let next = article.date.adding(days: 1)
        for (s, sentence) in sentences.prefix(4).enumerated() where !planned[s] {
            for k in sentence.range.dropLast() where DateResolver.weekdays[tokens[k]] == next.weekday
                && DateResolver.partsOfDay.contains(tokens[k + 1]) && tokens[k].isCapitalized
                && (k == sentence.range.lowerBound || !["last", "past", "next", "coming"].contains(tokens[k - 1]))
            {
                return next
            }
        }
        return nil
    }

    /// Words before a date that make it a day of the story, not a dateline ("Dar es Salaam, 12 March 2024 –" is one).
    private static let storyOpeners: WordSet = ["on", "in", "by", "since", "from", "until", "during", "after", "before", "last", "next",
                                                "this", "early", "late", "earlier", "later", "week", "month", "year", "ago"]

    /// "BEIJING, May 11 (Xinhua) --", "Tokyo, Sept. 28 (Jiji Press)--", "July 29, 2024" on a line of its
    /// own: a date in the first three sentences, within their first 12 words and after no word of a story's time ("On Monday
    /// last week, 3 February, I stood …"), within 60 days before the publication date.
    private static func dateline(tokens: Tokens, sentences: [Sentence], article: Article) -> DateMention? {
        let resolver = DateResolver()
        for sentence in sentences.prefix(3) {
            let head = sentence.range.lowerBound..<min(sentence.range.upperBound, sentence.range.lowerBound + 12)
            for mention in resolver.dates(in: tokens, range: head, anchor: article.date, lean: .past) where mention.isAbsolute {
                // A dateline is a place and a date; "On Monday last week, 3 February, I stood …" tells of a day in the story.
                let lead = sentence.range.lowerBound..<mention.range.lowerBound
                if lead.contains(where: { tokens[$0].kind == .word && Self.storyOpeners.contains(tokens[$0]) }) {
                    continue
                }
                let gap = article.date.ordinal - mention.day.ordinal
                if mention.precision == .day, (0...60).contains(gap) { return mention }
            }
        }
        return nil
    }
}
