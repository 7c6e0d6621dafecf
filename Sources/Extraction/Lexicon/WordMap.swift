/// A dictionary keyed by folded words that a token is looked up in by the hash its tokenizer
/// already computed (`Token.hash`): no `Hasher`, no string hashing, one comparison on a hit.
///
/// Words in ASCII, nearly all of them, sit in an open-addressing table hashed with FNV-1a over
/// UTF-8 (`Vocabulary.hash`); every word is also kept in a plain `Dictionary`, which answers for
/// text outside ASCII with Swift's own (canonical) string equality. An ASCII string equals only
/// the same bytes, so both paths answer as `Dictionary<String, Value>` would.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The tables, in one object: a copy of the map (a rule's static set, a lexicon's field) is one
    /// retain, not one for each array.
    private final class Storage: Sendable {
        /// Every entry: the answer for keys outside ASCII, and the keys to list.
        let exact: [String: Value]
        /// ASCII entries, by index.
        let words: [String]
        let values: [Value]
        /// For each slot, the hash and index of the entry hashed there, or index -1.
        let slots: [(hash: UInt64, index: Int32)]
        let mask: Int

        init(exact: [String: Value], words: [String], values: [Value], slots: [(hash: UInt64, index: Int32)], mask: Int) {
            self.exact = exact
            self.words = words
            self.values = values
            self.slots = slots
            self.mask = mask
        }
    }

    private let storage: Storage
    /// One bit for the hash of each ASCII word (`filterBit`), kept beside the storage: most words asked of a map are not
    /// in it, and one whose bit is clear is refused without a look into the table.
    private let filter: (UInt64, UInt64)

    init(_ entries: some Sequence<(String, Value)>) {
        var exact: [String: Value] = [:]
        for (word, value) in entries where exact[word] == nil { exact[word] = value }
        let ascii = exact.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.sorted { $0.key < $1.key }
        let words = ascii.map(\.key)
        let values = ascii.map(\.value)
        var capacity = 8
        while capacity < words.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [(hash: UInt64, index: Int32)](repeating: (0, -1), count: capacity)
        for (index, word) in words.enumerated() {
            let hash = Vocabulary.hash(word)
            var slot = Self.slot(hash) & mask
            while slots[slot].index >= 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash, Int32(index))
        }
        storage = Storage(exact: exact, words: words, values: values, slots: slots, mask: mask)
        var filter: (UInt64, UInt64) = (0, 0)
        for word in words {
            let (high, bit) = Self.filterBit(Vocabulary.hash(word))
            if high { filter.1 |= bit } else { filter.0 |= bit }
        }
        self.filter = filter
    }

    /// A hash's bit in `filter`: its top bit picks the half, the six below pick the bit (the slot reads the low bits).
    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> (high: Bool, bit: UInt64) {
        (hash >> 63 != 0, 1 << ((hash >> 57) & 63))
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// The value of the token's folded form.
    @inline(__always)
    subscript(token: Token) -> Value? {
        token.isASCII ? value(token.folded, hash: token.hash) : storage.exact[token.folded]
    }

    /// The value of `word`, as a `Dictionary` would give it.
    subscript(word: String) -> Value? {
        // Hashed over the string's bytes in place (a literal's, a small string's): iterating `utf8` costs an index
        // check per byte, and rules ask a cue class by name thousands of times an article.
        let hash = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash = Vocabulary.hashSeed
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = Vocabulary.hash(hash, byte)
            }
            return hash
        } ?? Self.asciiHash(word)
        guard let hash else { return storage.exact[word] }
        return value(word, hash: hash)
    }

    /// FNV-1a of an ASCII word's bytes (`Vocabulary.hash`), nil when it is not ASCII.
    private static func asciiHash(_ word: String) -> UInt64? {
        var hash = Vocabulary.hashSeed
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            hash = Vocabulary.hash(hash, byte)
        }
        return hash
    }

    var keys: Dictionary<String, Value>.Keys { storage.exact.keys }

    @inline(__always)
    private func value(_ word: String, hash: UInt64) -> Value? {
        let (high, bit) = Self.filterBit(hash)
        guard (high ? filter.1 : filter.0) & bit != 0 else { return nil }
        let storage = storage
        let mask = storage.mask
        var slot = Self.slot(hash) & mask
        return storage.slots.withUnsafeBufferPointer { slots in
            while true {
                let (stored, index) = slots[slot]
                if index < 0 { return nil }
                if stored == hash, storage.words[Int(index)] == word { return storage.values[Int(index)] }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }
}

/// A set of folded words that tokens are tested against without hashing them again (see `WordMap`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let map: WordMap<Bool>

    init(_ words: some Sequence<String>) {
        map = WordMap(words.map { ($0, true) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the token's folded form is one of the words.
    @inline(__always)
    func contains(_ token: Token) -> Bool { map[token] != nil }

    func contains(_ word: String) -> Bool { map[word] != nil }

    var words: Dictionary<String, Bool>.Keys { map.keys }
}
