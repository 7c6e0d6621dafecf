/// Splits a body into tokens: words (with inner hyphens and apostrophes, and dotted
/// abbreviations such as "U.S."), numbers (with inner commas and decimal points), and single
/// punctuation marks. A possessive "’s" is a token of its own; "63m" is "63" and "m".
///
/// Linear in the length of the text; offsets are Unicode scalar offsets into it. ASCII, most of
/// any English text, is classified and folded without Unicode property lookups, and a token's
/// text is written straight from its scalars.
struct Tokenizer: Sendable {
    /// When given, each token's `word` is its id in this vocabulary.
    var vocabulary: Vocabulary?

    init(vocabulary: Vocabulary? = nil) {
        self.vocabulary = vocabulary
    }

    func tokens(of scalars: [Unicode.Scalar]) -> Tokens {
        Tokens(scalars.withUnsafeBufferPointer { tokens(of: $0) })
    }

    private func tokens(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var space = false
        var newline = false
        let n = scalars.count

        @inline(__always) func isLetter(_ k: Int) -> Bool {
            guard k < n else { return false }
            let s = scalars[k]
            if s.value < 0x80 { return (0x61...0x7A).contains(s.value | 0x20) }
            return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
        }
        func isDigit(_ k: Int) -> Bool { k < n && (0x30...0x39).contains(scalars[k].value) }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }
        func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? s.value == 0x20 || (0x09...0x0D).contains(s.value) : s.properties.isWhitespace
        }

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            tokens.append(token(scalars, start, end, kind, spaceBefore: space, newlineBefore: newline))
            space = false
            newline = false
        }

        while i < n {
            let s = scalars[i]
            if isWhitespace(s) {
                if s == "\n" || s == "\u{2029}" || s == "\u{2028}" { newline = true }
                space = true
                i += 1
                continue
            }
            let start = i
            if isDigit(i) {
                // 4.8 · 850,000 · 15.10.2022 · 06/02/2021 stays split at "/".
                i += 1
                while i < n {
                    if isDigit(i) { i += 1; continue }
                    if (scalars[i] == "." || scalars[i] == ","), isDigit(i + 1) { i += 2; continue }
                    break
                }
                emit(start, i, .number)
                continue
            }
            if isLetter(i) {
                // Dotted abbreviation: U.S. · U.K. · U.N. (single letters joined by dots).
                if i + 3 < n, scalars[i + 1] == ".", isLetter(i + 2), scalars[i + 3] == ".",
                    !isLetter(i + 4) || (i + 5 < n && scalars[i + 5] == ".")
                {
                    var k = i
                    while k + 1 < n, isLetter(k), !isLetter(k + 1), scalars[k + 1] == "." { k += 2 }
                    if k - i >= 4 {
                        i = k
                        emit(start, i, .word)
                        continue
                    }
                }
                i += 1
                while i < n {
                    if isLetter(i) || isDigit(i) {
                        i += 1
                        continue
                    }
                    // A decimal point or thousands comma inside a symbol's glued amount: "Rp18.6", "Rs1,200".
                    if scalars[i] == "." || scalars[i] == ",", isDigit(i - 1), isDigit(i + 1) {
                        i += 2
                        continue
                    }
                    // Inner hyphen: Political-Military, Won-sik, al-Anouni, AT-4.
                    if (scalars[i] == "-" || scalars[i] == "‐" || scalars[i] == "‑"), isLetter(i + 1) || isDigit(i + 1) {
                        i += 1
                        continue
                    }
                    // Inner apostrophe, but not a possessive 's: O'Brien, d'Orsay.
                    if isApostrophe(scalars[i]), isLetter(i + 1),
                        !((scalars[i + 1] == "s" || scalars[i + 1] == "S") && !isLetter(i + 2))
                    {
                        i += 1
                        continue
                    }
                    break
                }
                emit(start, i, .word)
                continue
            }
            // Possessive 's / ’s after a word.
            if isApostrophe(s), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S", !isLetter(i + 2),
                let last = tokens.last, last.end == i, last.kind == .word
            {
                i += 2
                emit(start, i, .word)
                continue
            }
            i += 1
            emit(start, i, .punctuation)
        }
        return tokens
    }

    /// The token of `scalars[start..<end]`: its text, folded form and capitals, written from the
    /// scalars directly when they are ASCII.
    private func token(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ kind: Token.Kind,
                              spaceBefore: Bool, newlineBefore: Bool) -> Token {
        let count = end - start
        var ascii = true
        var capitals = 0
        var letters = 0
        var hyphen = false
        // FNV-1a of the folded (lowercased) bytes, for the vocabulary and `WordMap`s.
        var hash = Vocabulary.hashSeed
        for k in start..<end {
            let v = scalars[k].value
            if v >= 0x80 {
                ascii = false
                break
            }
            if (0x41...0x5A).contains(v) {
                capitals += 1
                letters += 1
                hash = Vocabulary.hash(hash, UInt8(truncatingIfNeeded: v) + 0x20)
            } else {
                if (0x61...0x7A).contains(v) { letters += 1 }
                if v == 0x2D { hyphen = true }
                hash = Vocabulary.hash(hash, UInt8(truncatingIfNeeded: v))
            }
        }
        guard ascii else {
            // Of its exact length, so that a short word fits in the string itself rather than a heap buffer.
            var length = 0
            for k in start..<end { length += UTF8.width(scalars[k]) }
            let text = String(unsafeUninitializedCapacity: length) { buffer in
                var length = 0
                for k in start..<end {
                    UTF8.encode(scalars[k]) { byte in
                        buffer[length] = byte
                        length += 1
                    }
                }
                return length
            }
            var token = Token(start: start, end: end, text: text, folded: fold(text), kind: kind,
                              spaceBefore: spaceBefore, newlineBefore: newlineBefore)
            if let vocabulary {
                token.word = vocabulary.id(token.folded, hash: token.hash)
                token.starts = vocabulary.starts(of: token.word)
            }
            return token
        }
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
            return count
        }
        let folded = capitals == 0 ? text : String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                let byte = UInt8(truncatingIfNeeded: scalars[start + k].value)
                buffer[k] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            }
            return count
        }
        let first = scalars[start].value
        var token = Token(start: start, end: end, text: text, folded: folded, kind: kind, spaceBefore: spaceBefore,
                          newlineBefore: newlineBefore, isCapitalized: (0x41...0x5A).contains(first),
                          isAllCaps: letters >= 2 && capitals == letters, single: count == 1 ? scalars[start] : nil,
                          isASCII: true, hash: hash, foldedFirst: (0x41...0x5A).contains(first) ? UInt8(first) + 0x20 : UInt8(first),
                          hasHyphen: hyphen)
        if let vocabulary {
            token.word = vocabulary.id(folded, hash: hash)
            token.starts = vocabulary.starts(of: token.word)
        }
        return token
    }
}
