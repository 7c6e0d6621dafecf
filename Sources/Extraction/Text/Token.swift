/// A word, number or punctuation mark of an article's body, with its place in the text.
///
/// Offsets count Unicode scalars from the start of the body, half-open.
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
    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }

    /// Two or more letters, all capitals ("KISHIDA", "NATO").
    var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    var isWord: Bool { kind == .word }

    func `is`(_ text: String) -> Bool { self.text == text }
}
