/// The names the finder has accepted so far, indexed so that "is this name a known one?" looks
/// only at the names that share a word with it (or an initial), never at every earlier mention.
///
/// Answers exactly as `known.contains { PersonEntity(name: "", keys: $0, firstSentence: 0).matches(keys) }`
/// over every name inserted, in time that grows with the names that could match, not with the
/// article: a text of 100,000 capitalised words names thousands of people.
struct KnownNames {
    /// Each distinct name inserted, in order.
    private var names: [[String]] = []
    private var seen: Set<[String]> = []
    /// Names by each lookup key of theirs (see `entryKeys`): one look-up per key, whether inserting or searching.
    private var byKey: [Key: Entry] = [:]

    /// "=word" (a name with that word) or "^letter" (a name with a longer word of that initial): the word or the letter
    /// and which of the two, hashed and compared without building the string "=" + word.
    struct Key: Hashable {
        let text: String
        let isInitial: Bool
    }

    /// The names filed under one key, in the order inserted (indices into `names`, ascending), each with its number
    /// of words: one array per key, where a list per number of words took an array each.
    private struct Entry {
        var names: [(name: Int, length: Int)] = []

        /// Each number of words present.
        var lengths: some Sequence<Int> { names.lazy.map(\.length) }
    }
    /// Past answers: a name once matched stays matched (names are only added); a name not matched
    /// was compared with the names before `checked` and needs comparing only with later ones.
    private var answers: [[String]: (found: Bool, checked: Int)] = [:]
    /// How many names were compared, for the tests that show the work grows linearly.
    private(set) var comparisons = 0

    mutating func insert(_ keys: [String]) {
        guard seen.insert(keys).inserted else { return }
        let core = PersonEntity.core(keys)
        // A name without words other than particles and suffixes matches nothing.
        guard !core.isEmpty else { return }
        names.append(keys)
        var entries: [Key] = []
        for word in core {
            for key in Self.entryKeys(word) where !entries.contains(key) { entries.append(key) }
        }
        for key in entries { byKey[key, default: Entry()].names.append((names.count - 1, core.count)) }
    }

    /// Whether a name inserted so far matches `keys` (`PersonEntity.matches`).
    ///
    /// Shorter names first: a short name is the likeliest to match ("Austin" matches any name with
    /// "Austin" in it), so a name made of known words is answered after a comparison or two,
    /// whatever the number of longer names that share its words.
    mutating func contains(matching keys: [String]) -> Bool {
        let earlier = answers[keys]
        if earlier?.found == true { return true }
        let checked = earlier?.checked ?? 0
        let core = PersonEntity.core(keys)
        var found = false
        if !core.isEmpty {
            var filed: [Key] = []
            var lookups: [Entry] = []
            for word in core {
                for key in Self.lookupKeys(word) where !filed.contains(key) {
                    guard let entry = byKey[key] else { continue }
                    filed.append(key)
                    lookups.append(entry)
                }
            }
            var counts: [Int] = []
            for entry in lookups { for length in entry.lengths where !counts.contains(length) { counts.append(length) } }
            search: for count in counts.sorted() {
                for entry in lookups {
                    // Newest first, down to the names already compared.
                    for (n, length) in entry.names.reversed() {
                        if n < checked { break }
                        guard length == count else { continue }
                        comparisons += 1
                        if PersonEntity(name: "", keys: names[n], firstSentence: 0).matches(keys) {
                            found = true
                            break search
                        }
                    }
                }
            }
        }
        answers[keys] = (found, names.count)
        return found
    }

    // MARK: - Keys

    // Two names can match only when a word of one is `PersonEntity.same` as a word of the other:
    // equal, or one a single letter that is the other's initial. A name is filed under "=word" for
    // each word and "^letter" for the initial of each longer word; a name is looked up under "=word"
    // for each word, and, for a single letter, "^letter" (longer words with that initial) or, for a
    // longer word, "=initial" (the single letter that may stand for it).

    static func entryKeys(_ word: String) -> [Key] {
        guard PersonEntity.isLonger(word), let initial = word.first else { return [Key(text: word, isInitial: false)] }
        return [Key(text: word, isInitial: false), Key(text: String(initial), isInitial: true)]
    }

    static func lookupKeys(_ word: String) -> [Key] {
        guard let initial = word.first else { return [Key(text: word, isInitial: false)] }
        return PersonEntity.isOneCharacter(word) ? [Key(text: word, isInitial: false), Key(text: word, isInitial: true)]
            : [Key(text: word, isInitial: false), Key(text: String(initial), isInitial: false)]
    }
}
