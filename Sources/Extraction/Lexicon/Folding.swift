import Foundation

/// Case- and diacritic-insensitive form of a word: "Błaszczak" → "blaszczak", "Lenarčič" → "lenarcic".
///
/// ASCII, the common case, is lowercased without Foundation; other text is decomposed (NFD)
/// and its combining marks dropped.
public func fold(_ text: some StringProtocol) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
        return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if let special = foldSpecial[scalar] {
            scalars.append(contentsOf: special.unicodeScalars)
            continue
        }
        for piece in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars where !piece.properties.isDiacriticMark {
            scalars.append(piece)
        }
    }
    return String(scalars)
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
