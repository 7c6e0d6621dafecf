import Foundation

/// Case- and diacritic-insensitive form of a word: "Błaszczak" → "blaszczak", "Lenarčič" → "lenarcic".
///
/// ASCII, the common case, is lowercased without Foundation; other text is decomposed (NFD)
/// and its combining marks dropped.
public func fold(_ text: some StringProtocol) -> String {
    // Read in place where the text lies in memory (any native string does): a byte loop, not a view's generic one.
    if let folded = text.utf8.withContiguousStorageIfAvailable(foldedASCII), let folded { return folded }
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
        // Written straight into the new string: no array of bytes between.
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var length = 0
            for byte in text.utf8 {
                buffer[length] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                length += 1
            }
            return length
        }
    }
    // A mark of its own (“, ’, —), which most words outside ASCII are: its folded form as the table holds it.
    var marks = text.unicodeScalars.makeIterator()
    if let only = marks.next(), marks.next() == nil, let folded = FoldTable.folded(only) { return folded }
    // Letters and marks the table holds ("Błaszczak", "’s"), the most of the rest: their folded forms' bytes, written
    // one after another, are the string the scalars below would make.
    if text.unicodeScalars.allSatisfy({ $0.value < 0x80 || FoldTable.folded($0) != nil }) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append((0x41...0x5A).contains(scalar.value) ? UInt8(scalar.value) + 0x20 : UInt8(scalar.value))
            } else if let folded = FoldTable.folded(scalar) {
                bytes.append(contentsOf: folded.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if scalar.value < 0x80 {
            scalars.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) + 0x20) : scalar)
        } else if let folded = FoldTable.folded(scalar) {
            scalars.append(contentsOf: folded.unicodeScalars)
        } else {
            appendFolded(scalar, to: &scalars)
        }
    }
    return String(scalars)
}

/// `bytes` lowercased, when they are all ASCII; nil otherwise.
private func foldedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    for byte in bytes where byte >= 0x80 { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for k in bytes.indices { buffer[k] = (0x41...0x5A).contains(bytes[k]) ? bytes[k] + 0x20 : bytes[k] }
        return bytes.count
    }
}

/// The folded form of one scalar, the slow way: lowercased, decomposed (NFD), marks dropped.
func appendFolded(_ scalar: Unicode.Scalar, to scalars: inout String.UnicodeScalarView) {
    if let special = foldSpecial[scalar] {
        scalars.append(contentsOf: special.unicodeScalars)
        return
    }
    for piece in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars where !piece.properties.isDiacriticMark {
        scalars.append(piece)
    }
}

/// The folded forms of the non-ASCII scalars news text is made of (Latin letters with accents,
/// punctuation, currency signs), worked out once the slow way: Foundation's decomposition costs
/// microseconds a call.
private enum FoldTable {
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x2000...0x20CF]
    static let tables: [[String]] = ranges.map { range in
        range.map { value in
            var folded = String.UnicodeScalarView()
            if let scalar = Unicode.Scalar(value) { appendFolded(scalar, to: &folded) }
            return String(folded)
        }
    }

    static func folded(_ scalar: Unicode.Scalar) -> String? {
        for (n, range) in ranges.enumerated() where range.contains(scalar.value) {
            return tables[n][Int(scalar.value - range.lowerBound)]
        }
        return nil
    }
}

/// Letters that do not decompose into a base letter and a mark.
private let foldSpecial: [Unicode.Scalar: String] = [
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "ð": "d", "ħ": "h", "ŧ": "t", "ŀ": "l", "þ": "th", "Þ": "th", "\u{02BC}": "'", "’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-",
]

extension Unicode.Scalar.Properties {
    fileprivate var isDiacriticMark: Bool {
        switch generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
