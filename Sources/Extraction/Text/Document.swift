/// An article prepared for the extractors: its tokens, sentences, quoted stretches and the
/// gazetteer matches over them, computed once.
struct Document: Sendable {
    let article: Article
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    /// For each token, the entity match covering it (same value on every token of the match).
    let entityAt: [EntityMatch?]
    /// For each token, the classes of the title phrase covering it.
    let titleAt: [TitleMatch?]
    /// For each token, the cue classes of the cue phrase covering it.
    let cueAt: [CueMatch?]
    /// For each token, whether it stands inside double quotes.
    let quoted: [Bool]
    /// The day relative dates resolve against: a dateline's day where the body starts with one, else the article's.
    let anchor: Day
    let lexicon: Lexicon

    struct EntityMatch: Sendable {
        let range: Range<Int>
        let entities: [Entity]
        var best: Entity { entities[0] }
    }
    struct TitleMatch: Sendable {
        let range: Range<Int>
        let words: Set<TitleWord>
    }
    struct CueMatch: Sendable {
        let range: Range<Int>
        let classes: Set<String>
    }

    init(article: Article, lexicon: Lexicon = .shared) {
        self.article = article
        self.lexicon = lexicon
        scalars = Array(article.body.unicodeScalars)
        tokens = Tokenizer().tokens(of: scalars)
        sentences = SentenceSplitter(abbreviations: lexicon.abbreviations).sentences(of: tokens)

        var entityAt = [EntityMatch?](repeating: nil, count: tokens.count)
        var titleAt = [TitleMatch?](repeating: nil, count: tokens.count)
        var cueAt = [CueMatch?](repeating: nil, count: tokens.count)
        var quoted = [Bool](repeating: false, count: tokens.count)
        for sentence in sentences {
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                if tokens[i].isCapitalized || tokens[i].kind == .number,
                    let match = lexicon.entities.match(tokens, at: i, limit: sentence.range.upperBound)
                {
                    let m = EntityMatch(range: i..<i + match.length, entities: match.values)
                    for k in m.range { entityAt[k] = m }
                    i += match.length
                } else {
                    i += 1
                }
            }
            i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                if entityAt[i] == nil, let match = lexicon.titles.match(tokens, at: i, limit: sentence.range.upperBound),
                    !(i + match.length - 1 ..< i + match.length).contains(where: { entityAt[$0] != nil && match.length > 1 })
                {
                    let m = TitleMatch(range: i..<i + match.length, words: Set(match.values))
                    for k in m.range { titleAt[k] = m }
                    i += match.length
                } else {
                    i += 1
                }
            }
            i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                if let match = lexicon.cues.match(tokens, at: i, limit: sentence.range.upperBound) {
                    let m = CueMatch(range: i..<i + match.length, classes: Set(match.values))
                    for k in m.range { cueAt[k] = m }
                    i += match.length
                } else {
                    i += 1
                }
            }
            // Quotes: “…” and "…"; a quote left open closes with its paragraph.
            var open = false
            for k in sentence.range {
                let text = tokens[k].text
                if text == "“" { open = true } else if text == "”" { open = false } else if text == "\"" { open.toggle() }
                quoted[k] = open || text == "”"
            }
        }
        self.entityAt = entityAt
        self.titleAt = titleAt
        self.cueAt = cueAt
        self.quoted = quoted
        anchor = Self.dateline(tokens: tokens, sentences: sentences, article: article) ?? article.date
    }

    // MARK: - Text

    /// The text from the start of token `range.lowerBound` to the end of the last token, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
        return String(view)
    }

    func evidence(_ sentence: Sentence) -> Evidence {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[sentence.start..<sentence.end])
        return Evidence(start: sentence.start, end: sentence.end, text: String(view))
    }

    func hasCue(_ cueClass: String, in range: Range<Int>) -> Bool {
        range.contains { cueAt[$0]?.classes.contains(cueClass) ?? false }
    }

    func cueIndices(_ cueClass: String, in range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let cue = cueAt[i], cue.classes.contains(cueClass) {
                result.append(i)
                i = cue.range.upperBound
            } else {
                i += 1
            }
        }
        return result
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

    // MARK: - Dateline

    /// "BEIJING, May 11 (Xinhua) --", "Tokyo, Sept. 28 (Jiji Press)--", "July 29, 2024" on a line of its
    /// own: a date in the first two sentences, before any verb, within 60 days before the publication date.
    private static func dateline(tokens: [Token], sentences: [Sentence], article: Article) -> Day? {
        let resolver = DateResolver()
        for sentence in sentences.prefix(3) {
            let head = sentence.range.lowerBound..<min(sentence.range.upperBound, sentence.range.lowerBound + 12)
            for mention in resolver.dates(in: tokens, range: head, anchor: article.date, lean: .past) where mention.isAbsolute {
                let gap = article.date.ordinal - mention.day.ordinal
                if mention.precision == .day, (0...60).contains(gap) { return mention.day }
            }
        }
        return nil
    }
}
