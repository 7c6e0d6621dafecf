/// A run of tokens (a document's, a phrase's), read in place.
///
/// `tokens[k].isCapitalized` loads one flag from the token where it stands. Read through an array's
/// subscript, which the optimizer leaves as a call in a long rule (`MeetingExtractor.meetings`,
/// `PersonFinder.mention`), the same test copied the whole token out, retaining its two strings, and
/// released them again: a tenth of the extraction's time went to such copies.
struct Tokens: RandomAccessCollection, @unchecked Sendable {
    typealias Indices = Range<Int>

    /// Owns the tokens; never mutated, so that its buffer stays at `base` for as long as `self` holds it.
    private let array: [Token]
    /// The array's first token, taken once: reading through the array's own `withUnsafeBufferPointer` at every
    /// access cost as much again as the access. Unchecked `Sendable` for this pointer into `array`, which is.
    private let base: UnsafePointer<Token>?
    /// The array's count, stored: read at every access, and an array's `count`, like its subscript, is left a call in
    /// a long rule.
    let count: Int

    init(_ array: [Token]) {
        self.array = array
        base = array.withUnsafeBufferPointer { $0.baseAddress }
        count = array.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(k: Int) -> Token {
        _read {
            // One unsigned comparison checks both bounds.
            precondition(UInt(bitPattern: k) < UInt(bitPattern: count), "Index out of range")
            // `base` does not tell the optimizer that the token lives in `array`: without this, the array of a run no
            // longer used after this access (a phrase's, tokenized on the spot) could be freed before its token is read.
            defer { withExtendedLifetime(array) {} }
            yield base.unsafelyUnwrapped[k]
        }
    }
}
