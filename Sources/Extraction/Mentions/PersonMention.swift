/// One place where a person is named in an article.
struct PersonMention: Sendable {
    let sentence: Int
    /// Token indices of the name itself (honorifics and titles excluded).
    let range: Range<Int>
    /// The name as it should be stored: honorifics dropped, capitals-only words recased ("KISHIDA" → "Kishida").
    let name: String
    /// Folded name words without suffixes, for matching ("lloyd", "j", "austin").
    let keys: [String]
    var title: String?
    /// The head noun of the title, folded ("minister", "secretary").
    var titleHead: String?
    var country: String?
    /// A country given only by "his US counterpart": used when nothing more direct is stated.
    var counterpartCountry: String?
    /// Other names given in brackets: "Joko Widodo (Jokowi)", "Seo Wuk (Xu Asahi)".
    var aliases: [String] = []
    /// Named in a byline or credit line ("By …", "Reporting by …"): a person, never a participant.
    var isCredit = false
    /// The person is quoted or cited here ("…, Kirby said"), which is not taking part in a meeting.
    var isSpeaker = false
    /// Token range of the whole mention including its title, to keep other detectors off it.
    var extent: Range<Int>
    /// The title was written in the plural ("Foreign Ministers A and B"): the next name after "and" holds it too.
    var pluralOffice = false
}

/// A person of the article: the mentions that name the same person, merged.
struct PersonEntity: Sendable {
    var name: String
    var keys: [String]
    var title: String?
    var titleHead: String?
    var country: String?
    var counterpartCountry: String?
    var aliases: [String] = []
    var firstSentence: Int
    var mentions: [Int] = []

    /// Whether `mention` may name this person: a single word matching one of the name's words,
    /// or every word of the shorter name in the longer (an initial matching its word).
    func matches(_ keys: [String]) -> Bool {
        Self.matches(core: Self.core(self.keys), Self.core(keys))
    }

    /// `matches` on names already reduced to their `core` words (`mine` this person's).
    static func matches(core mine: [String], _ theirs: [String]) -> Bool {
        guard !mine.isEmpty, !theirs.isEmpty else { return false }
        if theirs.count == 1 { return mine.contains(where: { Self.same($0, theirs[0]) && Self.isLonger($0) }) }
        if mine.count == 1 { return theirs.contains(where: { Self.same($0, mine[0]) && Self.isLonger($0) }) }
        let (short, long) = mine.count <= theirs.count ? (mine, theirs) : (theirs, mine)
        // Every word of the shorter in order in the longer; the last words (surnames) must agree.
        guard let lastShort = short.last, long.contains(where: { Self.same($0, lastShort) }) else { return false }
        var j = 0
        for word in short {
            while j < long.count, !Self.same(long[j], word) { j += 1 }
            if j == long.count { return false }
            j += 1
        }
        return true
    }

    /// The same number of words, the last one equal and every other one letter apart at most
    /// ("seo wuk" / "so wuk"), each at least two letters long; or, in a name of three words or more,
    /// one word of five letters or more a letter apart ("hassan ali kheyre" / "hassan ali khayre").
    func isSpellingVariant(of keys: [String]) -> Bool {
        Self.isSpellingVariant(core: Self.core(self.keys), Self.core(keys))
    }

    /// `isSpellingVariant` on names already reduced to their `core` words (`mine` this person's).
    static func isSpellingVariant(core mine: [String], _ theirs: [String]) -> Bool {
        guard mine.count >= 2, mine.count == theirs.count, mine != theirs else { return false }
        // "Hassan Ali Kheyre" and "Hassan Ali Khayre": in a name of three words or more, one long word a letter apart.
        if mine.last != theirs.last {
            let differing = zip(mine, theirs).filter { $0 != $1 }
            return mine.count >= 3 && differing.count == 1 && differing[0].0.count >= 5 && oneEditApart(differing[0].0, differing[0].1)
        }
        return zip(mine, theirs).allSatisfy { a, b in a.count >= 2 && b.count >= 2 && Self.oneEditApart(a, b) }
    }

    /// Equal, or one letter inserted, deleted or replaced.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count { return x[(i + 1)...] == y[(i + 1)...] }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }

    static let particles: WordSet = ["al", "el", "bin", "ibn", "bint", "abu", "ben", "van", "von", "de", "da", "di", "du", "del", "der", "la", "le", "dos", "das"]
    static let suffixes: WordSet = ["jr", "sr", "ii", "iii", "iv", "v"]

    static func core(_ keys: [String]) -> [String] {
        // No particle or suffix is longer than four bytes: longer words skip the lookups, and a name
        // without particles or suffixes (most) is returned as it is, without a new array.
        func kept(_ key: String) -> Bool { key.utf8.count > 4 || (!particles.contains(key) && !suffixes.contains(key)) }
        return keys.allSatisfy(kept) ? keys : keys.filter(kept)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if isOneCharacter(a) || isOneCharacter(b) { return a.first == b.first }
        return false
    }

    /// `word.count == 1`, without counting every character of a long word.
    static func isOneCharacter(_ word: String) -> Bool {
        switch word.utf8.count {
        case 0: return false
        case 1: return true
        default: return word.index(after: word.startIndex) == word.endIndex
        }
    }

    /// `word.count > 1`, without counting every character of a long word.
    static func isLonger(_ word: String) -> Bool { !word.isEmpty && !isOneCharacter(word) }
}
