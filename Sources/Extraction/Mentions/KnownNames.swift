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
    /// Names by each lookup key of theirs (see `entryKeys`), grouped by their number of words: one
    /// look-up per key, whether inserting or searching.
    private var byKey: [String: Entry] = [:]

    /// The names filed under one key: for each number of words present (ascending), the names
    /// (indices into `names`, ascending) with that many.
    private struct Entry {
        var lengths: [Int] = []
        var lists: [[Int]] = []

        mutating func add(_ name: Int, length: Int) {
            if let n = lengths.firstIndex(of: length) {
                lists[n].append(name)
                return
            }
            let n = lengths.firstIndex { $0 > length } ?? lengths.count
            lengths.insert(length, at: n)
            lists.insert([name], at: n)
        }

        func names(length: Int) -> [Int]? { lengths.firstIndex(of: length).map { lists[$0] } }
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
        var entries: [String] = []
        for word in core {
            for key in Self.entryKeys(word) where !entries.contains(key) { entries.append(key) }
        }
        for key in entries { byKey[key, default: Entry()].add(names.count - 1, length: core.count) }
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
            var filed: [String] = []
            var lookups: [Entry] = []
            for word in core {
                for key in Self.lookupKeys(word) where !filed.contains(key) {
                    guard let entry = byKey[key] else { continue }
                    filed.append(key)
                    lookups.append(entry)
                }
            }
            var counts = Set<Int>()
            for entry in lookups { counts.formUnion(entry.lengths) }
            search: for count in counts.sorted() {
                for entry in lookups {
                    guard let list = entry.names(length: count) else { continue }
                    // Newest first, down to the names already compared.
                    for n in list.reversed() {
                        if n < checked { break }
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

    static func entryKeys(_ word: String) -> [String] {
        guard PersonEntity.isLonger(word), let initial = word.first else { return ["=" + word] }
        return ["=" + word, "^" + String(initial)]
    }

    static func lookupKeys(_ word: String) -> [String] {
        guard let initial = word.first else { return ["=" + word] }
        return PersonEntity.isOneCharacter(word) ? ["=" + word, "^" + word] : ["=" + word, "=" + String(initial)]
    }
}
