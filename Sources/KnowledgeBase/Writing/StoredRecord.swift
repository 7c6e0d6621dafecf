/// A stored meeting or commitment as resolution compares it with a new report of one.
protocol StoredRecord {
    /// The row id; 0 for a report not stored yet.
    var id: Int64 { get }
    /// True when `other` may be an account of the same event.
    func matches(_ other: Self) -> Bool
    /// This record with what `other` adds, chosen on content so that order does not matter.
    func combined(with other: Self) -> Self
}

extension Array where Element: StoredRecord {
    /// The stored record a report that `self` (in id order) all match is about, or nil when none.
    ///
    /// When several match and agree with one another, the report shows them to be one: each
    /// later one is combined into the first and handed to `merge(other, into:)`, and the result
    /// to `save`. When they contradict one another, the report goes to the first by `isCloser`,
    /// and nothing is merged.
    func resolved(merge: (Element, Element) throws -> Void, save: (Element) throws -> Void,
                  isCloser: (Element, Element) -> Bool) throws -> Element? {
        guard var chosen = first else { return nil }
        guard count > 1 else { return chosen }
        let agree = indices.allSatisfy { i in indices.allSatisfy { j in i == j || self[i].matches(self[j]) } }
        guard agree else { return self.min(by: isCloser) }
        for other in dropFirst() {
            chosen = chosen.combined(with: other)
            try merge(other, chosen)
        }
        try save(chosen)
        return chosen
    }
}
