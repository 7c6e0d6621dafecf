/// A sentence: a run of tokens and the span of text it covers.
struct Sentence: Sendable {
    /// Index of the first token and one past the last, in the article's token array.
    let range: Range<Int>
    let start: Int
    let end: Int
}

/// Splits tokens into sentences at ".", "!" and "?" followed by a capital, a digit or a quote,
/// and at line breaks; never after an abbreviation ("Gen.", "Mr.", "Sept."), an initial
/// ("Lloyd J. Austin") or inside a dotted abbreviation ("U.S.").
///
/// Offsets are never produced by rewriting the text (the fault of placeholder-based splitters).
///
/// A run of more than `longest` tokens without an end (a scraped page with no full stops, a
/// flattened table) is cut into clauses: after its last comma, semicolon, colon or dash in the
/// second half of the window, else at the window's end. Every pass that reads a sentence then
/// reads a bounded stretch, so extraction stays linear in the size of the text, and evidence stays
/// readable. Real sentences are far shorter (the longest of the evaluation sets is under 250 tokens).
struct SentenceSplitter: Sendable {
    let abbreviations: WordSet

    /// The most tokens a sentence may hold before it is cut into clauses.
    static let longest = 1_000

    func sentences(of tokens: Tokens) -> [Sentence] {
        var result: [Sentence] = []
        var first = 0
        func close(_ endIndex: Int) {
            guard endIndex > first else { return }
            result.append(Sentence(range: first..<endIndex, start: tokens[first].start, end: tokens[endIndex - 1].end))
            first = endIndex
        }
        var i = 0
        while i < tokens.count {
            if i > first, tokens[i].newlineBefore {
                close(i)
            }
            if i - first >= Self.longest {
                close(clauseEnd(tokens, from: first, to: i))
            }
            // Fields read in place: a copy of the token would retain and release its two strings.
            // "… ally of the U.S. The navies …": a dotted abbreviation that ends its sentence.
            // The cheap tests first: the text's last character is read only before a spaced capital.
            if tokens[i].kind == .word, i + 1 < tokens.count, tokens[i + 1].spaceBefore, tokens[i + 1].isCapitalized,
                tokens[i].text.hasSuffix("."), Self.sentenceOpeners.contains(tokens[i + 1])
            {
                close(i + 1)
                i += 1
                continue
            }
            if tokens[i].kind == .punctuation, tokens[i].single == "." || tokens[i].single == "!" || tokens[i].single == "?" {
                var j = i + 1
                // Closing quotes and brackets belong to the sentence they close.
                while j < tokens.count, !tokens[j].spaceBefore, Self.isCloser(tokens[j]) { j += 1 }
                if j >= tokens.count {
                    i = j
                    continue
                }
                if tokens[i].single == "." && i > 0 && isAbbreviation(tokens[i - 1], next: tokens[j]) {
                    i += 1
                    continue
                }
                let next = tokens[j]
                if next.isCapitalized || next.kind == .number || Self.isOpener(next) || next.newlineBefore {
                    close(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return result
    }

    /// Where to cut a sentence too long to be one (tokens `first..<end`): after its last clause mark
    /// in the second half, else at `end`.
    private func clauseEnd(_ tokens: Tokens, from first: Int, to end: Int) -> Int {
        var k = end
        while k > first + Self.longest / 2 {
            if tokens[k - 1].kind == .punctuation, Self.isClauseMark(tokens[k - 1]) { return k }
            k -= 1
        }
        return end
    }

    /// A comma, semicolon, colon or dash (a hyphen only when spaced, not "Vice-President"): where a clause may end.
    static func isClauseMark(_ token: Token) -> Bool {
        switch token.single {
        case ",", ";", ":", "–", "—": return true
        case "-": return token.spaceBefore
        default: return false
        }
    }

    private func isAbbreviation(_ token: Token, next: Token) -> Bool {
        guard token.kind == .word else { return false }
        // "… Marcos Jr. The two leaders", "… ally of the U.S. The navies": a word that only opens sentences.
        if next.isCapitalized, Self.sentenceOpeners.contains(next) { return false }
        if abbreviations.contains(token) { return true }
        // An initial: a single capital letter ("J." in "Lloyd J. Austin III").
        if token.single != nil, token.isCapitalized { return true }
        return false
    }

    /// Capitalised words that begin a sentence and never continue a name or an abbreviation.
    static let sentenceOpeners: WordSet = ["the", "a", "an", "he", "she", "they", "it", "we", "i", "this", "that", "these", "those",
                                               "their", "his", "her", "its", "both", "but", "meanwhile", "earlier", "later", "however"]
    static let closers: Set<String> = ["\"", "”", "’", "'", ")", "]", "»"]
    static let openers: Set<String> = ["\"", "“", "‘", "'", "(", "[", "«"]

    /// `closers.contains(token.text)`, without hashing the text.
    static func isCloser(_ token: Token) -> Bool {
        switch token.single {
        case "\"", "”", "’", "'", ")", "]", "»": return true
        default: return false
        }
    }

    /// `openers.contains(token.text)`, without hashing the text.
    static func isOpener(_ token: Token) -> Bool {
        switch token.single {
        case "\"", "“", "‘", "'", "(", "[", "«": return true
        default: return false
        }
    }
}
