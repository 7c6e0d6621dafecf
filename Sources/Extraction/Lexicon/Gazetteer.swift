/// A dictionary of phrases matched on token sequences: the longest phrase starting at a token
/// wins (then the first listed), case- and diacritic-insensitively, except phrases written in
/// capitals ("US", "U.S.", "ROK"), which must match as written so that "us" is never the US.
///
/// Phrases are added as folded words; `compile(_:)` then numbers the words with the lexicon's
/// `Vocabulary`, so that matching a document's tokens (which carry their word ids) indexes arrays
/// instead of hashing strings.
struct Gazetteer<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var values: [(value: Value, exact: [String]?)] = []
        /// The values when none must match as written: returned without filtering.
        var plainValues: [Value]?
    }

    /// A node's child by a folded word: the trie's links, all in one table, where a table in each node was made and
    /// grown for each of some 12,000 nodes at every start-up.
    private struct Edge: Hashable, Sendable {
        let node: Int32
        let word: String
    }

    private var nodes = [Node()]
    private var edges: [Edge: Int32] = [:]
    /// The word of each link, in the order the links were made (`words`).
    private var linkWords: [String] = []
    /// The ids of the words that start a phrase, ascending (set by `compile`).
    private(set) var firstWords: [Int32] = []
    /// What a walk reads of the nodes, in flat arrays (set by `compile`): nodes lie scattered in
    /// memory, and a walk that visits one should not wait for its cache lines. For node `n`,
    /// `hasValues[n]` is `!values.isEmpty`, and its children's word ids (sorted) and nodes are
    /// `childWords[firstChild[n]..<firstChild[n + 1]]` and the same range of `childTargets`.
    private var hasValues: [Bool] = []
    /// `nodes[n].plainValues != nil`, read without reaching into the node (and retaining its containers).
    private var hasPlainValues: [Bool] = []
    /// `nodes[n].plainValues`, read without copying the node (a copy retains its five containers).
    private var plainValues: [[Value]?] = []
    private var firstChild: [Int32] = []
    private var childWords: [Int32] = []
    private var childTargets: [Int32] = []
    private(set) var maxLength = 0
    /// The node after the root for each word id, or -1 (set by `compile`).
    private var rootByWord: [Int32] = []
    /// Set by `compile`; kept out of an Optional so that matching never copies it.
    private var vocabulary = Vocabulary([])
    private var compiled = false
    /// This gazetteer's bit in `Token.starts`, once the lexicon has marked its first words in the
    /// vocabulary (`Vocabulary.markStarts`); `Token.unknownStarts` until then.
    private(set) var startBit = Token.unknownStarts

    /// Adds `phrase`, tokenized like article text.
    mutating func add(_ phrase: String, _ value: Value) {
        let words = Self.plainWords(phrase) ?? Tokenizer().tokens(of: Array(phrase.unicodeScalars)).map { ($0.text, $0.folded) }
        guard !words.isEmpty else { return }
        let exact = Self.isCapitals(phrase) ? words.map(\.text) : nil
        var node = 0
        for word in words {
            let edge = Edge(node: Int32(node), word: word.folded)
            if let next = edges[edge] {
                node = Int(next)
            } else {
                nodes.append(Node())
                edges[edge] = Int32(nodes.count - 1)
                linkWords.append(word.folded)
                node = nodes.count - 1
            }
        }
        nodes[node].values.append((value, exact))
        maxLength = max(maxLength, words.count)
        compiled = false
    }

    /// The words of a phrase of ASCII letters and spaces only ("Marsabit County", most of the reference data's), as
    /// the tokenizer makes them (each run of letters a word, written as is and folded to lower case), split here
    /// without making tokens: nil for any other phrase, which the tokenizer reads.
    static func plainWords(_ phrase: String) -> [(text: String, folded: String)]? {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            var words: [(text: String, folded: String)] = []
            var start = -1
            for i in 0...bytes.count {
                let byte = i < bytes.count ? bytes[i] : 0x20
                if byte == 0x20 {
                    guard start >= 0 else { continue }
                    let letters = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    let folded = String(unsafeUninitializedCapacity: letters.count) { buffer in
                        for k in letters.indices { buffer[k] = letters[k] | 0x20 }
                        return letters.count
                    }
                    words.append((String(decoding: letters, as: UTF8.self), folded))
                    start = -1
                } else if (0x61...0x7A).contains(byte | 0x20) {
                    if start < 0 { start = i }
                } else {
                    return nil
                }
            }
            return words
        }
    }

    /// Every folded word of every phrase, once for each node it leads to (`Vocabulary` keeps each word once), in the
    /// order the phrases were added: a list, where a set hashed every word again at each gazetteer and at each union.
    var words: [String] { linkWords }

    /// Numbers the phrases' words as `compile(_:)` does, and takes `bit` of `Token.starts` as the
    /// mark of its first words, which `vocabulary.markStarts(_:bit:)` must then set.
    mutating func compile(_ vocabulary: Vocabulary, startBit bit: UInt8) {
        compile(vocabulary)
        startBit = bit
    }

    /// Numbers the phrases' words with `vocabulary`, which must hold every one of them; phrases
    /// added afterwards undo it.
    mutating func compile(_ vocabulary: Vocabulary) {
        rootByWord = [Int32](repeating: -1, count: vocabulary.count)
        for n in nodes.indices {
            nodes[n].plainValues = nodes[n].values.contains { $0.exact != nil } ? nil : nodes[n].values.map(\.value)
        }
        hasValues = nodes.map { !$0.values.isEmpty }
        hasPlainValues = nodes.map { $0.plainValues != nil }
        plainValues = nodes.map(\.plainValues)
        // Every link as (node, word id, child), in order of node and then of word id: each node's children's words
        // are then a sorted slice of `childWords`.
        var links: [(node: Int32, word: Int32, target: Int32)] = []
        links.reserveCapacity(edges.count)
        for (edge, target) in edges {
            let word = vocabulary.id(edge.word)
            precondition(word >= 0, "the vocabulary lacks a word of the gazetteer")
            links.append((edge.node, word, target))
        }
        links.sort { ($0.node, $0.word) < ($1.node, $1.word) }
        childWords = links.map(\.word)
        childTargets = links.map(\.target)
        firstChild = [Int32](repeating: 0, count: nodes.count + 1)
        var k = 0
        for n in 0...nodes.count {
            while k < links.count, links[k].node < n { k += 1 }
            firstChild[n] = Int32(k)
        }
        firstWords = Array(childWords[0..<Int(firstChild[1])])
        for k in 0..<Int(firstChild[1]) { rootByWord[Int(childWords[k])] = childTargets[k] }
        self.vocabulary = vocabulary
        compiled = true
    }

    /// The longest phrase starting at `start` (and ending before `limit`): its length in tokens and values.
    @inline(__always)
    func match(_ tokens: Tokens, at start: Int, limit: Int? = nil) -> (length: Int, values: [Value])? {
        // Most tokens start no phrase: a document's token says so by its marks or word id, without a call.
        if compiled, start < tokens.count {
            let starts = tokens[start].starts
            if startBit != Token.unknownStarts, starts != Token.unknownStarts { return starts & startBit == 0 ? nil : walk(tokens, at: start, limit: limit) }
            let word = tokens[start].word
            if word == Vocabulary.absent || (word >= 0 && rootByWord[Int(word)] < 0) { return nil }
        }
        return walk(tokens, at: start, limit: limit)
    }

    private func walk(_ tokens: Tokens, at start: Int, limit: Int?) -> (length: Int, values: [Value])? {
        let end = min(limit ?? tokens.count, tokens.count)
        guard compiled else { return matchByText(tokens, at: start, end: end) }
        var node = 0
        // The values' node and length, read once the walk ends: the longest match only is built.
        var bestNode = -1
        var bestLength = 0
        var i = start
        while i < end {
            var word = tokens[i].word
            if word == Vocabulary.unassigned { word = vocabulary.id(tokens[i].folded) }
            guard word >= 0 else { break }
            let next: Int
            if node == 0 {
                next = Int(rootByWord[Int(word)])
            } else {
                next = child(node, word)
            }
            guard next >= 0 else { break }
            node = next
            i += 1
            if !hasValues[node] { continue }
            if hasPlainValues[node] || !values(of: node, tokens, start).isEmpty {
                bestNode = node
                bestLength = i - start
            }
        }
        guard bestNode >= 0 else { return nil }
        return (bestLength, plainValues[bestNode] ?? values(of: bestNode, tokens, start))
    }

    /// The child of node `node` by word id `word`, or -1 (binary search of its slice of `childWords`).
    private func child(_ node: Int, _ word: Int32) -> Int {
        var low = Int(firstChild[node])
        let end = Int(firstChild[node + 1])
        var high = end
        while low < high {
            let mid = (low + high) / 2
            if childWords[mid] < word { low = mid + 1 } else { high = mid }
        }
        return low < end && childWords[low] == word ? Int(childTargets[low]) : -1
    }

    /// The values of node `node` whose phrase matches the tokens from `start` (read in place, not through a copy of the node).
    private func values(of node: Int, _ tokens: Tokens, _ start: Int) -> [Value] {
        nodes[node].values.compactMap { entry -> Value? in
            guard let exact = entry.exact else { return entry.value }
            for (offset, text) in exact.enumerated() where tokens[start + offset].text != text { return nil }
            return entry.value
        }
    }

    /// `match` before `compile`: by folded text.
    private func matchByText(_ tokens: Tokens, at start: Int, end: Int) -> (length: Int, values: [Value])? {
        var node = 0
        var best: (Int, [Value])?
        var i = start
        while i < end, let next = edges[Edge(node: Int32(node), word: tokens[i].folded)] {
            node = Int(next)
            i += 1
            let values = self.values(of: node, tokens, start)
            if !values.isEmpty { best = (i - start, values) }
        }
        return best
    }

    /// Whether a phrase is written in capitals (with optional dots and spaces): "US", "U.S.", "DPRK".
    static func isCapitals(_ phrase: String) -> Bool {
        var letters = 0
        // ASCII tested without the properties' table lookups (`Token`): the lexicon asks of every phrase it loads.
        for scalar in phrase.unicodeScalars {
            if Token.isAlphabetic(scalar) {
                guard Token.isUppercase(scalar) else { return false }
                letters += 1
            } else if scalar != "." && scalar != " " && scalar != "$" {
                return false
            }
        }
        return letters > 0
    }
}

/// The folded words of the reference data's phrases, numbered 0, 1, 2…: a document looks each of
/// its tokens up once, and gazetteers then match on the numbers.
///
/// An open-addressing table hashed with FNV-1a over UTF-8: for the short words of a text, a
/// lookup costs a fraction of a `Dictionary<String, _>` lookup with its seeded SipHash.
struct Vocabulary: Sendable {
    /// The id of a token no document has looked up.
    static let unassigned: Int32 = -2
    /// The id of a word no phrase holds.
    static let absent: Int32 = -1

    /// The words, by id.
    private let words: [String]
    /// For each slot, the high half of the hash and the id of the word hashed there, or id -1: a miss
    /// costs one cache line, and a hit compares words only when their hashes agree.
    private let slots: [(check: UInt32, id: Int32)]
    private let mask: Int
    /// For each id, the bits of the gazetteers with a phrase starting with the word (`Token.starts`);
    /// empty until `markStarts`.
    private var starts: [UInt8] = []

    /// Numbers each of `words` once, in the order first given (the gazetteers' phrases' order): deduplicated with a
    /// table like the vocabulary's own, where a `Set` hashed each word with SipHash and the words were then sorted.
    init(_ words: some Sequence<String>) {
        let given = Array(words)
        var size = 16
        while size < given.count * 2 { size *= 2 }
        var table = [Int32](repeating: -1, count: size)
        var unique: [String] = []
        var hashes: [UInt64] = []
        for word in given {
            let hash = Self.hash(word)
            var slot = Self.slot(hash) & (size - 1)
            var seen = false
            while table[slot] >= 0 {
                let id = Int(table[slot])
                if hashes[id] == hash, unique[id] == word {
                    seen = true
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            guard !seen else { continue }
            table[slot] = Int32(unique.count)
            unique.append(word)
            hashes.append(hash)
        }
        self.words = unique
        var capacity = 16
        while capacity < self.words.count * 2 { capacity *= 2 }
        mask = capacity - 1
        var slots = [(check: UInt32, id: Int32)](repeating: (0, -1), count: capacity)
        for (id, hash) in hashes.enumerated() {
            var slot = Self.slot(hash) & mask
            while slots[slot].id >= 0 { slot = (slot + 1) & mask }
            slots[slot] = (Self.check(hash), Int32(id))
        }
        self.slots = slots
    }

    var count: Int { words.count }

    /// Marks the words of `ids` as starting a phrase of the gazetteer with bit `bit`.
    mutating func markStarts(_ ids: [Int32], bit: UInt8) {
        if starts.isEmpty { starts = [UInt8](repeating: 0, count: words.count) }
        for id in ids { starts[Int(id)] |= bit }
    }

    /// The gazetteers' bits of word `id` (`Token.starts`), or `Token.unknownStarts` when none are marked.
    func starts(of id: Int32) -> UInt8 {
        guard id >= 0 else { return id == Self.absent && !starts.isEmpty ? 0 : Token.unknownStarts }
        return starts.isEmpty ? Token.unknownStarts : starts[Int(id)]
    }

    /// The id of folded word `word`, or `absent`.
    func id(_ word: String) -> Int32 { id(word, hash: Self.hash(word)) }

    /// The id of folded word `word` whose UTF-8 hashes (`hash(_:_:)` from `hashSeed`) to `hash`.
    func id(_ word: String, hash: UInt64) -> Int32 {
        var slot = Self.slot(hash) & mask
        while true {
            let (check, id) = slots[slot]
            if id < 0 { return Self.absent }
            if check == Self.check(hash), words[Int(id)] == word { return id }
            slot = (slot + 1) & mask
        }
    }

    // MARK: - FNV-1a

    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }

    static func hash(_ word: String) -> UInt64 {
        var hash = hashSeed
        for byte in word.utf8 { hash = Self.hash(hash, byte) }
        return hash
    }

    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 32)) }

    /// The bits of a hash that the slot index leaves out, compared before the words.
    private static func check(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }
}
