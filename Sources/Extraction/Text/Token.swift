/// A word, number or punctuation mark of an article's body, with its place in the text.
///
/// Offsets count Unicode scalars from the start of the body, half-open. What the extractors ask
/// of a token again and again (its folded form, its capitals, its word id in the reference data)
/// is computed once, when the token is made.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    let start: Int
    let end: Int
    let text: String
    /// Lowercased, without diacritics: what gazetteers and cue lists are matched on.
    let folded: String
    let kind: Kind
    /// Whitespace stands between this token and the previous one.
    let spaceBefore: Bool
    /// A line break stands between this token and the previous one.
    let newlineBefore: Bool
    /// The first letter is a capital ("Gantz", "US", "Al-Attiyah").
    let isCapitalized: Bool
    /// Two or more letters, all capitals ("KISHIDA", "NATO").
    let isAllCaps: Bool
    /// The token's one scalar, when it is one scalar long (every punctuation mark is): compared
    /// without string comparison.
    let single: Unicode.Scalar?
    /// The id of `folded` in the reference data's vocabulary (`Vocabulary`), set by `Document`:
    /// `Vocabulary.unassigned` on tokens made outside a document, `Vocabulary.absent` for a word
    /// no phrase of the reference data holds.
    var word: Int32 = Vocabulary.unassigned
    /// One bit for each gazetteer of the lexicon with a phrase starting with this word (set with
    /// `word`), so that a gazetteer refuses the token without looking the word up;
    /// `unknownStarts` when not known.
    var starts = Token.unknownStarts
    static let unknownStarts: UInt8 = 0xFF
    /// `folded` is ASCII: `hash` is its FNV-1a hash (`Vocabulary.hash`), which `WordMap` looks it up by.
    let isASCII: Bool
    let hash: UInt64
    /// The first byte of `folded` (0 when empty): a prefix is refused without reading the string.
    let foldedFirst: UInt8
    /// `folded` holds a hyphen ("saudi-led", "al-anouni"), known without reading it.
    let hasHyphen: Bool

    init(start: Int, end: Int, text: String, folded: String, kind: Kind, spaceBefore: Bool, newlineBefore: Bool) {
        var scalars = text.unicodeScalars.makeIterator()
        let first = scalars.next()
        self.init(start: start, end: end, text: text, folded: folded, kind: kind, spaceBefore: spaceBefore,
                  newlineBefore: newlineBefore, isCapitalized: Self.capitalized(text), isAllCaps: Self.allCaps(text),
                  single: scalars.next() == nil ? first : nil, isASCII: folded.utf8.allSatisfy { $0 < 0x80 },
                  hash: Vocabulary.hash(folded), foldedFirst: folded.utf8.first ?? 0,
                  hasHyphen: folded.utf8.contains(UInt8(ascii: "-")))
    }

    init(start: Int, end: Int, text: String, folded: String, kind: Kind, spaceBefore: Bool, newlineBefore: Bool,
         isCapitalized: Bool, isAllCaps: Bool, single: Unicode.Scalar?, isASCII: Bool, hash: UInt64, foldedFirst: UInt8,
         hasHyphen: Bool) {
        self.isASCII = isASCII
        self.hasHyphen = hasHyphen
        self.hash = hash
        self.foldedFirst = foldedFirst
        self.start = start
        self.end = end
        self.text = text
        self.folded = folded
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.single = single
    }

    var isWord: Bool { kind == .word }

    /// `folded.hasPrefix(prefix)` for an ASCII `prefix`, refused from the first byte when it differs.
    func foldedHasPrefix(_ prefix: StaticString) -> Bool {
        guard prefix.utf8CodeUnitCount > 0 else { return true }
        guard foldedFirst == prefix.utf8Start.pointee else { return false }
        return folded.hasPrefix(prefix.description)
    }

    /// `folded == word` for an ASCII `word`: refused by the first byte or the length, as nearly every token is, else
    /// compared byte for byte, without a call into String's comparison. Folded text is decomposed (`fold`), so equal
    /// bytes and canonical equality agree.
    @inline(__always)
    func isFolded(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard foldedFirst == (count == 0 ? 0 : word.utf8Start.pointee), folded.utf8.count == count else { return false }
        return Self.sameBytes(folded, word)
    }

    /// `text`'s UTF-8 is `word`'s, of the same length: read in place, out of line so that the tests inlined at every
    /// rule stay small (a generic `elementsEqual` cost twice as much).
    @inline(never)
    private static func sameBytes(_ text: String, _ word: StaticString) -> Bool {
        var k = 0
        for byte in text.utf8 {
            guard byte == word.utf8Start[k] else { return false }
            k += 1
        }
        return true
    }

    func `is`(_ text: String) -> Bool { self.text == text }

    static func capitalized(_ text: String) -> Bool { text.unicodeScalars.first.map(isUppercase) ?? false }

    static func allCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where isAlphabetic(scalar) {
            if !isUppercase(scalar) { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// `properties.isUppercase`, without the table lookup for ASCII.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// `properties.isAlphabetic`, without the table lookup for ASCII.
    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        // In ASCII, setting bit 5 maps "A"…"Z" onto "a"…"z" and nothing else into that range.
        scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value | 0x20) : scalar.properties.isAlphabetic
    }
}

extension StringProtocol {
    /// `contains(where: \.isNumber)`, without a Character's property lookup when the text is ASCII
    /// (where only "0"…"9" are numbers).
    var containsNumber: Bool {
        var ascii = true
        for byte in utf8 {
            if (0x30...0x39).contains(byte) { return true }
            if byte >= 0x80 { ascii = false }
        }
        return ascii ? false : contains(where: \.isNumber)
    }
}

extension StringProtocol {
    /// The first place `needle`'s UTF-8 stands in the text's, compared byte for byte (no Foundation,
    /// no generic search).
    func firstUTF8Range(of needle: String) -> Range<Index>? {
        guard let first = needle.utf8.first else { return startIndex..<startIndex }
        let bytes = utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            if bytes[i] == first {
                var j = i
                var k = needle.utf8.startIndex
                while k != needle.utf8.endIndex, j != bytes.endIndex, bytes[j] == needle.utf8[k] {
                    j = bytes.index(after: j)
                    k = needle.utf8.index(after: k)
                }
                if k == needle.utf8.endIndex { return i..<j }
            }
            i = bytes.index(after: i)
        }
        return nil
    }
}

extension Array where Element == StaticString {
    /// Whether one of these words is the token's folded form, as `WordSet.contains(_:)` asks it: a list written in place
    /// (`["was", "is", "were"].contains(doc.tokens[k])`) is compared byte for byte (`Token.isFolded`), where a list of
    /// `String`s compared each word through String's comparison and released its elements at every asking.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        for word in self where token.isFolded(word) { return true }
        return false
    }
}
