/// A dictionary of phrases matched on token sequences: the longest phrase starting at a token
/// wins (then the first listed), case- and diacritic-insensitively, except phrases written in
/// capitals ("US", "U.S.", "ROK"), which must match as written so that "us" is never the US.
struct Gazetteer<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var values: [(value: Value, exact: [String]?)] = []
    }

    private var nodes = [Node()]
    private(set) var maxLength = 0

    /// Adds `phrase`, tokenized like article text.
    mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer().tokens(of: Array(phrase.unicodeScalars))
        guard !tokens.isEmpty else { return }
        let exact = Self.isCapitals(phrase) ? tokens.map(\.text) : nil
        var node = 0
        for token in tokens {
            if let next = nodes[node].children[token.folded] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[token.folded] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].values.append((value, exact))
        maxLength = max(maxLength, tokens.count)
    }

    /// The longest phrase starting at `start` (and ending before `limit`): its length in tokens and values.
    func match(_ tokens: [Token], at start: Int, limit: Int? = nil) -> (length: Int, values: [Value])? {
        let end = min(limit ?? tokens.count, tokens.count)
        var node = 0
        var best: (Int, [Value])?
        var i = start
        while i < end, let next = nodes[node].children[tokens[i].folded] {
            node = next
            i += 1
            let length = i - start
            let values = nodes[node].values.compactMap { entry -> Value? in
                guard let exact = entry.exact else { return entry.value }
                for (offset, text) in exact.enumerated() where tokens[start + offset].text != text { return nil }
                return entry.value
            }
            if !values.isEmpty { best = (length, values) }
        }
        return best
    }

    /// Whether a phrase is written in capitals (with optional dots and spaces): "US", "U.S.", "DPRK".
    static func isCapitals(_ phrase: String) -> Bool {
        var letters = 0
        for scalar in phrase.unicodeScalars {
            if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            } else if scalar != "." && scalar != " " && scalar != "$" {
                return false
            }
        }
        return letters > 0
    }
}
