/// The people of an article from the one named last to the one named longest ago: a list in
/// which naming a person moves it to the front, in constant time.
///
/// Coreference reads it from the front to find the latest person a mention may name, which is
/// most often among the last few named, without comparing the mention with everyone.
struct Recency {
    /// For each person, the next more recently named one and the next less recently named one (-1: none).
    private var newer: [Int] = []
    private var older: [Int] = []
    /// The person named last (-1 before anyone is named).
    private(set) var newest = -1

    /// Person `p` (an existing one, or the next new one, `p == count`) is named now.
    mutating func touch(_ p: Int) {
        if p == newer.count {
            newer.append(-1)
            older.append(-1)
        } else {
            guard p != newest else { return }
            let (n, o) = (newer[p], older[p])
            if n >= 0 { older[n] = o }
            if o >= 0 { newer[o] = n }
        }
        older[p] = newest
        newer[p] = -1
        if newest >= 0 { newer[newest] = p }
        newest = p
    }

    /// The person named before `p` was last named (-1: none).
    func older(than p: Int) -> Int { older[p] }
}
