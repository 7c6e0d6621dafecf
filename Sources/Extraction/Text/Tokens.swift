/// A run of tokens (a document's, a phrase's), read in place.
///
/// `tokens[k].isCapitalized` loads one flag from the token where it stands. Read through an array's
/// subscript, which the optimizer leaves as a call in a long rule (`MeetingExtractor.meetings`,
/// `PersonFinder.mention`), the same test copied the whole token out, retaining its two strings, and
/// released them again: a fifth of the extraction's time went to such copies.
struct Tokens: RandomAccessCollection, Sendable {
    typealias Indices = Range<Int>

    private let array: [Token]

    init(_ array: [Token]) {
        self.array = array
    }

    var startIndex: Int { 0 }
    var endIndex: Int { array.count }

    subscript(k: Int) -> Token {
        _read {
            precondition(k >= 0 && k < array.count, "Index out of range")
            // The array is never mutated, so its buffer stays where it is for as long as `self` holds it.
            yield array.withUnsafeBufferPointer { $0.baseAddress! + k }.pointee
        }
    }
}
