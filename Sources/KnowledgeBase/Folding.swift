import Extraction
import Foundation

/// The form names are compared in: lowercased, without diacritics, with runs of white space as one
/// space, so that "blaszczak", "BŁASZCZAK" and "Błaszczak" are one key.
public enum Folding {
    /// The folded form of `text`: extraction's `fold` (the one definition of a name key), with
    /// runs of white space as one space.
    public static func fold(_ text: some StringProtocol) -> String {
        Extraction.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The folded surname of a full name: its last word, leaving out generational suffixes and
    /// punctuation ("Lloyd J. Austin III" → "austin", "Joseph R. Biden, Jr." → "biden").
    public static func surname(of name: some StringProtocol) -> String {
        PersonName(name).surname
    }
}
