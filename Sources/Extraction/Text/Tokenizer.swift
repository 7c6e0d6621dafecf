/// Splits a body into tokens: words (with inner hyphens and apostrophes, and dotted
/// abbreviations such as "U.S."), numbers (with inner commas and decimal points), and single
/// punctuation marks. A possessive "’s" is a token of its own; "63m" is "63" and "m".
///
/// Linear in the length of the text; offsets are Unicode scalar offsets into it.
struct Tokenizer: Sendable {
    func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var space = false
        var newline = false
        let n = scalars.count

        func isLetter(_ k: Int) -> Bool { k < n && (scalars[k].properties.isAlphabetic || scalars[k].properties.generalCategory == .nonspacingMark) }
        func isDigit(_ k: Int) -> Bool { k < n && ("0"..."9").contains(scalars[k]) }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            let string = String(text)
            tokens.append(Token(start: start, end: end, text: string, folded: fold(string), kind: kind,
                                spaceBefore: space, newlineBefore: newline))
            space = false
            newline = false
        }

        while i < n {
            let s = scalars[i]
            if s.properties.isWhitespace {
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
}
