import Extraction

/// A person's name split into the two parts resolution compares: the first given name and the
/// surname, both folded ("Joseph R. Biden, Jr." → joseph · biden; "Ursula von der Leyen" →
/// ursula · leyen; "Austin" → no given name · austin).
///
/// Middle names and initials, particles ("von", "bin", "al") and generational suffixes ("Jr.",
/// "III") are left out: two forms that differ only there are the same name.
public struct PersonName: Hashable, Sendable {
    /// The first given name, folded, without a final "."; an initial is one letter; empty when
    /// the name is a surname alone.
    public let given: String
    /// The last word that is not a suffix, folded.
    public let surname: String

    /// Splits `name`.
    public init(_ name: some StringProtocol) {
        var words = Folding.fold(name).split(separator: " ").map { Self.trimmingPunctuation($0) }
            .filter { !$0.isEmpty }
        while words.count > 1, let last = words.last, Self.suffixes.contains(last) { words.removeLast() }
        surname = words.last ?? ""
        given = words.dropLast().first { !Self.particles.contains($0) } ?? ""
    }

    /// Builds a name from parts already folded.
    public init(given: String, surname: String) {
        self.given = given
        self.surname = surname
    }

    /// True for a surname written alone ("Austin").
    public var isSurnameOnly: Bool { given.isEmpty }

    /// True when the given name is written as an initial ("J.").
    public var hasInitial: Bool { given.count == 1 }

    /// True when both names may belong to one person: the same surname and given names that are
    /// equal, an initial of one another, or a nickname and its formal name ("Benny" and
    /// "Benjamin"); a missing given name agrees with any. "Jake" and "Dan" do not agree.
    public func agrees(with other: PersonName) -> Bool {
        surname == other.surname && Self.givenNamesAgree(given, other.given)
    }

    /// True when `other` is this name with given name and surname swapped, both written out:
    /// "Kihara Minoru" and "Minoru Kihara", as East Asian names are written in either order.
    public func isReversal(of other: PersonName) -> Bool {
        given.count > 1 && given == other.surname && surname == other.given
    }

    /// Given names that may be one person's: equal, an initial of the other, or sharing a formal name.
    static func givenNamesAgree(_ a: String, _ b: String) -> Bool {
        if a.isEmpty || b.isEmpty || a == b { return true }
        if a.count == 1 || b.count == 1 { return a.first == b.first }
        return !Set(GivenNames.formalNames(of: a)).isDisjoint(with: GivenNames.formalNames(of: b))
    }

    /// `word` without leading and trailing punctuation ("Biden," → "Biden", "J." → "J").
    private static func trimmingPunctuation(_ word: Substring) -> String {
        var slice = word
        while let first = slice.first, punctuation.contains(first) { slice.removeFirst() }
        while let last = slice.last, punctuation.contains(last) { slice.removeLast() }
        return String(slice)
    }

    private static let punctuation: Set<Character> = [",", ".", ";", ":", "(", ")", "\"", "“", "”"]
    private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v"]
    /// Words that join a surname to what comes before it and are never a given name.
    private static let particles: Set<String> = [
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la", "al", "el",
        "bin", "ibn", "bint", "abu",
    ]
}
