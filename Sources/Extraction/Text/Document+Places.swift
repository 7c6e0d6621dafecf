/// Where the text puts people: the words that send someone to a place ("visit to", "arrived in"),
/// and the places that set a scene (a dateline, an event's city) rather than say whom someone serves.
/// Read by coreference (a destination is not an affiliation) and by meetings (a destination is a place).
extension Document {
    /// A place the sentence puts someone in or sends them to ("in Singapore", "visit to Washington",
    /// "visits Ukraine"), which says nothing of whom they serve.
    func isDestination(_ k: Int) -> Bool {
        var b = k - 1
        if b > 0, tokens[b].isFolded("the") { b -= 1 }
        return Self.destinationWords.contains(tokens[b]) || isVisit(b)
    }

    private static let destinationWords: WordSet = ["to", "for", "against", "toward", "towards", "by"]

    /// A city that sets the scene rather than saying whom a person serves: a dateline ("BRUSSELS, 5 March —"),
    /// or the place of an event ("the COP29 summit in Baku").
    func isSetting(_ match: EntityMatch, sentence: Range<Int>) -> Bool {
        guard match.best.kind == .city || match.best.kind == .capital else { return false }
        let k = match.range.lowerBound
        if k == sentence.lowerBound, match.range.upperBound < tokens.count,
            [",", "(", "-", "–", "—", "/", ":"].contains(tokens[match.range.upperBound].text)
        {
            return true
        }
        // "… ahead of the COP29 summit in Baku": the place of an event, not of the person.
        var b = k - 1
        if b > sentence.lowerBound, ["a", "an", "the"].contains(tokens[b]) { b -= 1 }
        guard b - 1 >= sentence.lowerBound, tokens[b].isFolded("in") else { return false }
        return hasCue(.meet, in: max(sentence.lowerBound, b - 3)..<b) || ["conference", "forum", "dialogue", "assembly"].contains(tokens[b - 1])
    }

    /// The one state an article's opening sentences send someone to ("paid an official visit to Sri Lanka"), nil when
    /// they send people to two or none.
    var visitedState: String? {
        var state: String?
        for sentence in sentences.prefix(3) {
            for k in sentence.range where k > sentence.range.lowerBound {
                guard let match = entityAt[k], match.range.lowerBound == k, match.best.isPlace, isDestination(k),
                    isVisit(tokens[k - 1].isFolded("the") ? k - 2 : k - 1)
                else { continue }
                if let state, state != match.best.code { return nil }
                state = match.best.code
            }
        }
        return state
    }

    /// "visit to", "visits", "arrived in", "trip to": the token before a destination.
    func isVisit(_ k: Int) -> Bool {
        if cueAt[k]?.classes.contains(.visit) ?? false { return true }
        guard k > 0, tokens[k].isFolded("to") || tokens[k].isFolded("in") else { return false }
        if cueAt[k - 1]?.classes.contains(.visit) ?? false { return true }
        if tokens[k].isFolded("in") { return Self.arrivalVerbs.contains(tokens[k - 1]) }
        // "travels next to Kuala Lumpur", "then flew on to Hanoi": an adverb between the verb and "to".
        if k > 1, Self.travelAdverbs.contains(tokens[k - 1]) { return Self.travelWords.contains(tokens[k - 2]) }
        return Self.travelWords.contains(tokens[k - 1])
    }

    /// Words before "in" ("arrived in") and before "to" ("trip to") that send someone to a place.
    private static let arrivalVerbs: WordSet = ["arrived", "arrives", "is", "was", "landed", "lands"]
    private static let travelAdverbs: WordSet = ["next", "then", "later", "on", "onward", "onwards", "directly", "also"]
    private static let travelWords: WordSet = ["arrived", "trip", "travel", "travelled", "traveled", "travels", "journey", "tour", "flew",
                                               "flies", "headed", "heads", "travelling", "traveling", "goes", "went", "proceeds", "proceeded"]
}
